#include "core/secrets/secretnames.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace brickdesk::SecretNames {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("brickdesk::SecretNames", text);
}

bool isNameCharacter(QChar c, bool allowAt)
{
    if (c.unicode() > 0x7f)
        return false; // the rule is ASCII: "é" is no letter here
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' || (allowAt && c == u'@');
}

QString problem(const QString &name, bool allowAt, const char *allowed)
{
    if (name.isEmpty())
        return tr("Enter a name.");
    if (name.size() > kMaxLength)
        return tr("The name is %1 characters long; at most %2 are allowed.")
            .arg(name.size())
            .arg(kMaxLength);
    for (const QChar c : name) {
        if (!isNameCharacter(c, allowAt)) {
            const QString shown = c.isSpace() ? tr("a space") : u"“%1”"_s.arg(c);
            return tr("The name cannot contain %1. %2").arg(shown, tr(allowed));
        }
    }
    return {};
}

} // namespace

QString scopeNameProblem(const QString &name)
{
    return problem(
        name, true,
        QT_TRANSLATE_NOOP("brickdesk::SecretNames", "Use letters, digits, “-”, “_”, “.” and “@”."));
}

QString keyNameProblem(const QString &name)
{
    return problem(
        name, false,
        QT_TRANSLATE_NOOP("brickdesk::SecretNames", "Use letters, digits, “-”, “_” and “.”."));
}

} // namespace brickdesk::SecretNames
