#include "core/payload/jsontextlocator.h"

#include "core/payload/jsontokenizer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace brickdesk {

namespace {

using Kind = JsonTokenizer::Kind;
using Token = JsonTokenizer::Token;

// A recursive descent over the tokens that records, for every value, where
// its path is written.
class SpanCollector
{
public:
    SpanCollector(const QString &text, QHash<QString, JsonTextLocator::Span> &spans)
        : m_text(text)
        , m_tokens(JsonTokenizer::tokenize(text))
        , m_spans(spans)
    {}

    void collect()
    {
        if (m_tokens.isEmpty())
            return;
        m_spans.insert(QString(), {m_tokens.first().start, 1});
        value(JsonPath());
    }

private:
    bool atEnd() const { return m_next >= m_tokens.size(); }
    const Token &peek() const { return m_tokens.at(m_next); }

    void value(const JsonPath &path)
    {
        if (atEnd())
            return;
        const Token token = m_tokens.at(m_next++);
        if (token.kind == Kind::BeginObject)
            object(path);
        else if (token.kind == Kind::BeginArray)
            array(path);
    }

    void object(const JsonPath &path)
    {
        while (!atEnd()) {
            const Token token = m_tokens.at(m_next++);
            if (token.kind == Kind::EndObject)
                return;
            if (token.kind != Kind::String)
                continue; // a comma, or something a parse error reports anyway
            const QString key = unquoted(token);
            const JsonPath member = path.member(key);
            m_spans.insert(member.toString(), {token.start, token.length});
            if (!atEnd() && peek().kind == Kind::Colon) {
                ++m_next;
                value(member);
            }
        }
    }

    void array(const JsonPath &path)
    {
        qsizetype index = 0;
        bool expectValue = true;
        while (!atEnd()) {
            const Token &token = peek();
            if (token.kind == Kind::EndArray) {
                ++m_next;
                return;
            }
            if (token.kind == Kind::Comma) {
                ++m_next;
                expectValue = true;
                continue;
            }
            if (!expectValue) {
                ++m_next;
                continue;
            }
            const JsonPath element = path.element(index++);
            m_spans.insert(element.toString(), {token.start, token.length});
            expectValue = false;
            value(element);
        }
    }

    QString unquoted(const Token &token) const
    {
        const QStringView raw = QStringView(m_text).sliced(token.start, token.length);
        if (!raw.contains(u'\\'))
            return raw.sliced(1, raw.size() - (token.terminated ? 2 : 1)).toString();
        // Escapes (\u00e9, \"): the JSON parser decodes them as the payload has them.
        const QByteArray wrapped = '[' + raw.toUtf8() + ']';
        return QJsonDocument::fromJson(wrapped).array().at(0).toString();
    }

    const QString &m_text;
    const QList<Token> m_tokens;
    QHash<QString, JsonTextLocator::Span> &m_spans;
    qsizetype m_next = 0;
};

} // namespace

JsonTextLocator::JsonTextLocator(const QString &text)
{
    SpanCollector(text, m_spans).collect();
}

JsonTextLocator::Span JsonTextLocator::find(const JsonPath &path) const
{
    for (JsonPath at = path;; at = at.parent()) {
        const auto found = m_spans.constFind(at.toString());
        if (found != m_spans.cend())
            return *found;
        if (at.isRoot())
            return {};
    }
}

} // namespace brickdesk
