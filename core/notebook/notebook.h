#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace brickdesk {

// The four languages a Databricks notebook can have as its default language.
enum class NotebookLanguage { Python, Scala, Sql, R };

// Wire names ("PYTHON", ...) as used by the Workspace API's `language` field.
QString notebookLanguageName(NotebookLanguage language);
std::optional<NotebookLanguage> notebookLanguageFromName(const QString &name);
// Lower-case names used inside DBC archives and Jupyter metadata ("python", ...).
QString notebookLanguageKey(NotebookLanguage language);
std::optional<NotebookLanguage> notebookLanguageFromKey(const QString &key);
// Extension of a SOURCE export without the dot ("py", "scala", "sql", "r").
QString notebookSourceExtension(NotebookLanguage language);
std::optional<NotebookLanguage> notebookLanguageFromExtension(const QString &extension);
// Line comment prefix ("#", "//", "--") that the SOURCE format is built on.
QString notebookCommentPrefix(NotebookLanguage language);

// One cell as the Databricks editor shows it: a cell in another language or
// markdown starts with its magic line ("%md", "%sql", ...).
struct NotebookCell
{
    QString source;
    QString title;          // empty: no title
    bool titleShown = true; // DBTITLE 1 (shown) or 0 (hidden)

    // "%md", "%sql", ... or empty for a cell in the notebook's language.
    QString magic() const;
    bool isMarkdown() const;
    // The source without its first (magic) line, for markdown rendering.
    QString bodyWithoutMagic() const;

    friend bool operator==(const NotebookCell &, const NotebookCell &) = default;
};

struct Notebook
{
    NotebookLanguage language = NotebookLanguage::Python;
    QList<NotebookCell> cells;

    friend bool operator==(const Notebook &, const Notebook &) = default;
};

} // namespace brickdesk
