#include "core/secrets/secretreference.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

const QRegularExpression &referencePattern()
{
    // Spaces inside the braces are tolerated, as the platform does.
    static const QRegularExpression pattern(
        u"\\{\\{\\s*secrets/([A-Za-z0-9_.@-]+)/([A-Za-z0-9_.-]+)\\s*\\}\\}"_s);
    return pattern;
}

QString itemName(const QJsonValue &item, qsizetype index)
{
    const QJsonObject object = item.toObject();
    for (const auto field : {"task_key"_L1, "job_cluster_key"_L1, "label"_L1, "name"_L1})
        if (const QString name = object.value(field).toString(); !name.isEmpty())
            return name;
    return QString::number(index);
}

void collect(const QJsonValue &value, const QString &field, QList<SecretReferenceSite> &out)
{
    if (value.isString()) {
        auto matches = referencePattern().globalMatch(value.toString());
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            out.append({field, {match.captured(1), match.captured(2)}});
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collect(it.value(), field.isEmpty() ? it.key() : field + u'.' + it.key(), out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collect(array.at(i), u"%1[%2]"_s.arg(field, itemName(array.at(i), i)), out);
    }
}

} // namespace

QString SecretReference::toString() const
{
    return u"{{secrets/%1/%2}}"_s.arg(scope, key);
}

QList<SecretReferenceSite> findSecretReferences(const QJsonValue &settings)
{
    QList<SecretReferenceSite> sites;
    collect(settings, QString(), sites);
    return sites;
}

} // namespace brickdesk
