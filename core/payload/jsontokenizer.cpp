#include "core/payload/jsontokenizer.h"

namespace brickdesk {

namespace {

bool isNumberChar(QChar c)
{
    return (c >= u'0' && c <= u'9') || c == u'-' || c == u'+' || c == u'.' || c == u'e' ||
           c == u'E';
}

} // namespace

QList<JsonTokenizer::Token> JsonTokenizer::tokenize(QStringView text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        switch (c.unicode()) {
        case u'{':
            tokens.append({Kind::BeginObject, i++, 1});
            continue;
        case u'}':
            tokens.append({Kind::EndObject, i++, 1});
            continue;
        case u'[':
            tokens.append({Kind::BeginArray, i++, 1});
            continue;
        case u']':
            tokens.append({Kind::EndArray, i++, 1});
            continue;
        case u':':
            tokens.append({Kind::Colon, i++, 1});
            continue;
        case u',':
            tokens.append({Kind::Comma, i++, 1});
            continue;
        case u'"': {
            ++i;
            bool terminated = false;
            // JSON strings cannot hold a raw line break: one ends the string.
            while (i < size && text.at(i) != u'\n') {
                if (text.at(i) == u'\\') {
                    i += 2;
                    continue;
                }
                if (text.at(i++) == u'"') {
                    terminated = true;
                    break;
                }
            }
            i = std::min(i, size);
            tokens.append({Kind::String, start, i - start, terminated});
            continue;
        }
        default:
            break;
        }
        if (isNumberChar(c)) {
            while (i < size && isNumberChar(text.at(i)))
                ++i;
            tokens.append({Kind::Number, start, i - start});
        } else if (c.isLetter()) {
            while (i < size && text.at(i).isLetterOrNumber())
                ++i;
            const QStringView word = text.sliced(start, i - start);
            const bool literal = word == u"true" || word == u"false" || word == u"null";
            tokens.append({literal ? Kind::Literal : Kind::Invalid, start, i - start});
        } else {
            tokens.append({Kind::Invalid, i++, 1});
        }
    }
    return tokens;
}

} // namespace brickdesk
