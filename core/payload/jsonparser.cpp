#include "core/payload/jsonparser.h"

#include "core/payload/jsontokenizer.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace brickdesk {

JsonParseResult JsonParser::parseObject(const QString &text)
{
    JsonParseResult result;
    if (text.trimmed().isEmpty()) {
        result.error =
            JsonSyntaxError{tr("the payload is empty; it must be a JSON object"), 0, {1, 1}};
        return result;
    }
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset =
            errorTokenStart(text, offsetOfUtf8(utf8, parseError.offset), parseError.error);
        const bool atEnd = offset >= text.size();
        QString message = describe(parseError.error);
        // Qt calls a missing comma between members an unterminated object.
        if (!atEnd && parseError.error == QJsonParseError::UnterminatedObject)
            message = tr("missing comma (or “}”) before this");
        else if (!atEnd && parseError.error == QJsonParseError::UnterminatedArray)
            message = tr("missing comma (or “]”) before this");
        else if (parseError.error == QJsonParseError::IllegalNumber && !atEnd &&
                 text.at(offset).isLetter())
            message = describe(QJsonParseError::IllegalValue);
        result.error = JsonSyntaxError{message, offset, positionAt(text, offset)};
        return result;
    }
    if (!document.isObject()) {
        qsizetype offset = 0;
        while (offset < text.size() && text.at(offset).isSpace())
            ++offset;
        result.error = JsonSyntaxError{tr("the payload must be a JSON object, in { }"), offset,
                                       positionAt(text, offset)};
        return result;
    }
    result.object = document.object();
    return result;
}

qsizetype JsonParser::errorTokenStart(const QString &text, qsizetype offset,
                                      QJsonParseError::ParseError error)
{
    // Qt reports where it stopped reading: mostly one character into the
    // token at fault or just past it, but at the start of trailing text. The
    // token's start is where a person looks.
    const QList<JsonTokenizer::Token> tokens = JsonTokenizer::tokenize(text);
    const bool atToken = error == QJsonParseError::GarbageAtEnd;
    for (const qsizetype at : {atToken ? offset : offset - 1, atToken ? offset - 1 : offset}) {
        for (const auto &token : tokens) {
            if (token.start <= at && at < token.start + token.length)
                return token.start;
        }
    }
    return offset;
}

qsizetype JsonParser::offsetOfUtf8(const QByteArray &utf8, qsizetype byteOffset)
{
    byteOffset = std::clamp<qsizetype>(byteOffset, 0, utf8.size());
    // An offset inside a multi-byte sequence belongs to its character.
    while (byteOffset > 0 && byteOffset < utf8.size() &&
           (static_cast<uchar>(utf8.at(byteOffset)) & 0xC0) == 0x80)
        --byteOffset;
    return QString::fromUtf8(utf8.constData(), byteOffset).size();
}

TextPosition JsonParser::positionAt(const QString &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    TextPosition position{1, 1};
    for (qsizetype i = 0; i < offset; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            ++position.line;
            position.column = 1;
        } else if (!c.isLowSurrogate()) {
            ++position.column;
        }
    }
    return position;
}

QString JsonParser::describe(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::NoError:
        return {};
    case QJsonParseError::UnterminatedObject:
        return tr("unterminated object: a “}” is missing");
    case QJsonParseError::MissingNameSeparator:
        return tr("missing colon after the key");
    case QJsonParseError::UnterminatedArray:
        return tr("unterminated list: a “]” is missing");
    case QJsonParseError::MissingValueSeparator:
        return tr("missing comma");
    case QJsonParseError::IllegalValue:
        return tr("not a JSON value (strings need double quotes; true, false and null are "
                  "lower case)");
    case QJsonParseError::TerminationByNumber:
        return tr("the text ends inside a number");
    case QJsonParseError::IllegalNumber:
        return tr("not a valid number");
    case QJsonParseError::IllegalEscapeSequence:
        return tr("invalid escape sequence in a string");
    case QJsonParseError::IllegalUTF8String:
        return tr("invalid character in a string");
    case QJsonParseError::UnterminatedString:
        return tr("unterminated string: a closing “\"” is missing");
    case QJsonParseError::MissingObject:
        return tr("the payload must be a JSON object, in { }");
    case QJsonParseError::DeepNesting:
        return tr("nested too deeply");
    case QJsonParseError::DocumentTooLarge:
        return tr("the payload is too large");
    case QJsonParseError::GarbageAtEnd:
        return tr("unexpected text after the end of the object");
    }
    return tr("invalid JSON");
}

} // namespace brickdesk
