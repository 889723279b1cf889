#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonParseError>
#include <QString>

#include <optional>

namespace brickdesk {

// A place in a text as an editor shows it: 1-based line and column, the
// column counting characters (an emoji or a CJK ideograph is one), not bytes
// or UTF-16 units.
struct TextPosition
{
    int line = 0;
    int column = 0;

    friend bool operator==(const TextPosition &, const TextPosition &) = default;
};

struct JsonSyntaxError
{
    QString message;       // "missing comma", translated
    qsizetype offset = 0;  // in the text, in UTF-16 units (a QTextCursor position)
    TextPosition position; // the same place as line and column
};

struct JsonParseResult
{
    QJsonObject object;
    std::optional<JsonSyntaxError> error;

    bool ok() const { return !error.has_value(); }
};

// Parses the text of a payload, which must be one JSON object. A failure
// says where, in the editor's terms: QJsonParseError::offset counts bytes
// of the UTF-8 the text was encoded to, so it is mapped back to the text.
class JsonParser
{
    Q_DECLARE_TR_FUNCTIONS(JsonParser)

public:
    static JsonParseResult parseObject(const QString &text);

    // Line and column of the UTF-16 `offset` in `text`.
    static TextPosition positionAt(const QString &text, qsizetype offset);
    // The UTF-16 offset in `text` of the UTF-8 `byteOffset` into text.toUtf8().
    static qsizetype offsetOfUtf8(const QByteArray &utf8, qsizetype byteOffset);
    // The start of the token at fault, from where Qt stopped parsing.
    static qsizetype errorTokenStart(const QString &text, qsizetype offset,
                                     QJsonParseError::ParseError error);
    // What went wrong, in words.
    static QString describe(QJsonParseError::ParseError error);
};

} // namespace brickdesk
