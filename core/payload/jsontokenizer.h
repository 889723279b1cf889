#pragma once

#include <QList>
#include <QStringView>

namespace brickdesk {

// Splits JSON text into tokens without judging it: what does not belong is
// an Invalid token and the scan goes on. Shared by what needs JSON's shape in
// the text itself (where a key is, the original key order), which a
// QJsonDocument does not keep: the highlighter, the formatter, the locator.
class JsonTokenizer
{
public:
    enum class Kind {
        BeginObject,
        EndObject,
        BeginArray,
        EndArray,
        Colon,
        Comma,
        String,
        Number,
        Literal,
        Invalid
    };
    struct Token
    {
        Kind kind;
        qsizetype start;
        qsizetype length;
        bool terminated = true; // false for a string that runs to the end of the text
    };

    static QList<Token> tokenize(QStringView text);
};

} // namespace brickdesk
