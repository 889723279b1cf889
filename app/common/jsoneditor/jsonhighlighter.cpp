#include "app/common/jsoneditor/jsonhighlighter.h"

#include "core/payload/jsontokenizer.h"

#include <QGuiApplication>
#include <QPalette>

namespace brickdesk {

namespace {

using Kind = JsonTokenizer::Kind;

QTextCharFormat coloured(const QColor &colour, bool bold = false)
{
    QTextCharFormat format;
    format.setForeground(colour);
    if (bold)
        format.setFontWeight(QFont::DemiBold);
    return format;
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    // Each colour has a version for light and one for dark backgrounds with
    // enough contrast on either (roughly WCAG AA on white and on #1e1e1e).
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    m_key = coloured(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x00, 0x45, 0x8b), true);
    m_string = coloured(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    m_number = coloured(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    m_literal = coloured(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xc0), true);
    QColor punctuation = palette.color(QPalette::Text);
    punctuation.setAlphaF(0.7f);
    m_punctuation = coloured(punctuation);
    m_invalid = coloured(dark ? QColor(0xff, 0x80, 0x80) : QColor(0xc0, 0x00, 0x00));
    m_invalid.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    m_invalid.setUnderlineColor(m_invalid.foreground().color());
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    // JSON strings cannot span lines, so each line is tokenised on its own.
    const QList<JsonTokenizer::Token> tokens = JsonTokenizer::tokenize(text);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const auto &token = tokens.at(i);
        const int start = int(token.start);
        const int length = int(token.length);
        switch (token.kind) {
        case Kind::String: {
            const bool isKey = i + 1 < tokens.size() && tokens.at(i + 1).kind == Kind::Colon;
            setFormat(start, length, !token.terminated ? m_invalid : isKey ? m_key : m_string);
            break;
        }
        case Kind::Number:
            setFormat(start, length, m_number);
            break;
        case Kind::Literal:
            setFormat(start, length, m_literal);
            break;
        case Kind::Invalid:
            setFormat(start, length, m_invalid);
            break;
        default:
            setFormat(start, length, m_punctuation);
            break;
        }
    }
}

} // namespace brickdesk
