#include "core/notebook/notebook.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

struct LanguageInfo
{
    NotebookLanguage language;
    QLatin1StringView name;
    QLatin1StringView key;
    QLatin1StringView extension;
    QLatin1StringView comment;
};

constexpr LanguageInfo kLanguages[] = {
    {NotebookLanguage::Python, "PYTHON"_L1, "python"_L1, "py"_L1, "#"_L1},
    {NotebookLanguage::Scala, "SCALA"_L1, "scala"_L1, "scala"_L1, "//"_L1},
    {NotebookLanguage::Sql, "SQL"_L1, "sql"_L1, "sql"_L1, "--"_L1},
    {NotebookLanguage::R, "R"_L1, "r"_L1, "r"_L1, "#"_L1},
};

const LanguageInfo &info(NotebookLanguage language)
{
    for (const auto &entry : kLanguages)
        if (entry.language == language)
            return entry;
    return kLanguages[0];
}

} // namespace

QString notebookLanguageName(NotebookLanguage language)
{
    return info(language).name;
}

std::optional<NotebookLanguage> notebookLanguageFromName(const QString &name)
{
    for (const auto &entry : kLanguages)
        if (name == entry.name)
            return entry.language;
    return std::nullopt;
}

QString notebookLanguageKey(NotebookLanguage language)
{
    return info(language).key;
}

std::optional<NotebookLanguage> notebookLanguageFromKey(const QString &key)
{
    for (const auto &entry : kLanguages)
        if (key.compare(entry.key, Qt::CaseInsensitive) == 0)
            return entry.language;
    return std::nullopt;
}

QString notebookSourceExtension(NotebookLanguage language)
{
    return info(language).extension;
}

std::optional<NotebookLanguage> notebookLanguageFromExtension(const QString &extension)
{
    // The CLI accepts both ".r" and ".R" for R notebooks; the others are exact.
    if (extension == "R"_L1)
        return NotebookLanguage::R;
    for (const auto &entry : kLanguages)
        if (extension == entry.extension)
            return entry.language;
    return std::nullopt;
}

QString notebookCommentPrefix(NotebookLanguage language)
{
    return info(language).comment;
}

QString NotebookCell::magic() const
{
    if (!source.startsWith(u'%'))
        return {};
    const qsizetype end = source.indexOf(QRegularExpression(u"\\s"_s));
    return end < 0 ? source : source.left(end);
}

bool NotebookCell::isMarkdown() const
{
    const QString m = magic();
    return m == "%md"_L1 || m == "%md-sandbox"_L1;
}

QString NotebookCell::bodyWithoutMagic() const
{
    if (magic().isEmpty())
        return source;
    const qsizetype newline = source.indexOf(u'\n');
    return newline < 0 ? QString() : source.mid(newline + 1);
}

} // namespace brickdesk
