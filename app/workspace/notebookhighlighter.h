#pragma once

#include "core/notebook/notebook.h"

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace brickdesk {

// Colours code in a notebook preview: keywords, strings, comments and
// numbers for Python, Scala, SQL and R. One document holds cells of several
// languages, so each block says its own: blocks tagged with setLanguage()
// are highlighted in that language, all others (markdown, headers, shell)
// are left alone.
class NotebookHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Kind { Keyword, String, Comment, Number };

    explicit NotebookHighlighter(QTextDocument *document);

    // Tags `block` as code in `language`.
    static void setLanguage(QTextBlock block, NotebookLanguage language);
    static std::optional<NotebookLanguage> language(const QTextBlock &block);
    // The format used for `kind` (tests compare against it).
    static QTextCharFormat format(Kind kind);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rules
    {
        QRegularExpression keywords;
        QString lineComment;
        bool blockComments = false;   // /* */ (Scala, SQL)
        bool tripleQuotes = false;    // """ """ (Python, Scala)
        bool caseInsensitive = false; // SQL keywords
    };
    static const Rules &rules(NotebookLanguage language);
};

} // namespace brickdesk
