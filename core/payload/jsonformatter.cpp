#include "core/payload/jsonformatter.h"

#include "core/payload/jsontokenizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

using Kind = JsonTokenizer::Kind;

bool isValidJson(const QString &text)
{
    QJsonParseError error;
    QJsonDocument::fromJson(text.toUtf8(), &error);
    return error.error == QJsonParseError::NoError;
}

} // namespace

QString JsonFormatter::reformat(const QString &text)
{
    if (!isValidJson(text))
        return text;
    const QList<JsonTokenizer::Token> tokens = JsonTokenizer::tokenize(text);
    QString out;
    int depth = 0;
    const auto newLine = [&] { out += u'\n' + QString(depth * 2, u' '); };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const auto &token = tokens.at(i);
        const QStringView tokenText = QStringView(text).sliced(token.start, token.length);
        switch (token.kind) {
        case Kind::BeginObject:
        case Kind::BeginArray: {
            out += tokenText;
            const Kind closing = token.kind == Kind::BeginObject ? Kind::EndObject : Kind::EndArray;
            if (i + 1 < tokens.size() && tokens.at(i + 1).kind == closing) {
                out += QStringView(text).sliced(tokens.at(i + 1).start, 1); // {} and [] stay whole
                ++i;
                break;
            }
            ++depth;
            newLine();
            break;
        }
        case Kind::EndObject:
        case Kind::EndArray:
            --depth;
            newLine();
            out += tokenText;
            break;
        case Kind::Colon:
            out += ": "_L1;
            break;
        case Kind::Comma:
            out += u',';
            newLine();
            break;
        default:
            out += tokenText;
            break;
        }
    }
    return out + u'\n';
}

QString JsonFormatter::normalised(const QJsonValue &value)
{
    // QJsonObject keeps its keys sorted, so the compact document is already
    // in a stable order; wrapping lets scalars through the same path.
    const QByteArray compact = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    QString text = reformat(QString::fromUtf8(compact.sliced(1, compact.size() - 2)));
    return text;
}

} // namespace brickdesk
