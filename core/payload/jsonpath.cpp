#include "core/payload/jsonpath.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

bool isIdentifier(const QString &key)
{
    static const QRegularExpression identifier(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    return identifier.match(key).hasMatch();
}

QString segmentText(const JsonPath::Segment &segment, bool first)
{
    if (segment.isIndex())
        return u'[' + QString::number(segment.index) + u']';
    if (isIdentifier(segment.key))
        return first ? segment.key : u'.' + segment.key;
    QString quoted = segment.key;
    quoted.replace(u'\\', "\\\\"_L1).replace(u'"', "\\\""_L1);
    return u"[\""_s + quoted + u"\"]"_s;
}

} // namespace

JsonPath JsonPath::member(const QString &key) const
{
    JsonPath path = *this;
    path.m_segments.append({key, -1});
    return path;
}

JsonPath JsonPath::element(qsizetype index) const
{
    JsonPath path = *this;
    path.m_segments.append({QString(), index});
    return path;
}

JsonPath JsonPath::parent() const
{
    JsonPath path = *this;
    if (!path.m_segments.isEmpty())
        path.m_segments.removeLast();
    return path;
}

QString JsonPath::topLevelKey() const
{
    return m_segments.isEmpty() || m_segments.first().isIndex() ? QString()
                                                                : m_segments.first().key;
}

QString JsonPath::toString() const
{
    QString text;
    for (qsizetype i = 0; i < m_segments.size(); ++i)
        text += segmentText(m_segments.at(i), i == 0);
    return text;
}

QString JsonPath::leafName() const
{
    if (m_segments.isEmpty())
        return {};
    if (!m_segments.last().isIndex())
        return m_segments.last().key;
    // `tasks[2]` says more than `[2]`.
    qsizetype start = m_segments.size() - 1;
    while (start > 0 && m_segments.at(start).isIndex())
        --start;
    QString text;
    for (qsizetype i = start; i < m_segments.size(); ++i)
        text += segmentText(m_segments.at(i), i == start);
    return text;
}

} // namespace brickdesk
