#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPalette;

namespace brickdesk {

// Colours JSON: keys, strings, numbers, true/false/null, punctuation, and
// what is no JSON at all. The colours follow the editor's palette: a dark
// theme gets light colours, so they read on both.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);

    // Picks colours that read on `palette`'s base colour and highlights again.
    void setPalette(const QPalette &palette);

    // The formats, for tests and for a legend.
    QTextCharFormat keyFormat() const { return m_key; }
    QTextCharFormat stringFormat() const { return m_string; }
    QTextCharFormat numberFormat() const { return m_number; }
    QTextCharFormat literalFormat() const { return m_literal; }
    QTextCharFormat punctuationFormat() const { return m_punctuation; }
    QTextCharFormat invalidFormat() const { return m_invalid; }

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_punctuation;
    QTextCharFormat m_invalid;
};

} // namespace brickdesk
