#pragma once

#include <QList>
#include <QString>

namespace brickdesk {

// Where a value sits inside a JSON document: the keys and array indexes from
// the top, shown the way people write them in Python or JavaScript,
// `tasks[2].notebook_task.notebook_path`. Issues, text positions and diffs
// all name values by this path.
class JsonPath
{
public:
    struct Segment
    {
        QString key;
        qsizetype index = -1; // an array element when >= 0, else the object member `key`

        bool isIndex() const { return index >= 0; }
        friend bool operator==(const Segment &, const Segment &) = default;
    };

    JsonPath() = default;

    JsonPath member(const QString &key) const;
    JsonPath element(qsizetype index) const;
    JsonPath parent() const;

    const QList<Segment> &segments() const { return m_segments; }
    bool isRoot() const { return m_segments.isEmpty(); }
    // The top-level key this path starts with; empty for the root or an index.
    QString topLevelKey() const;

    // `tasks[2].notebook_task`; keys that are not identifiers are quoted,
    // `tags["cost center"]`. Empty for the root.
    QString toString() const;
    // The name a message uses for the value: its key, or `tasks[2]` for an
    // array element.
    QString leafName() const;

    friend bool operator==(const JsonPath &, const JsonPath &) = default;

private:
    QList<Segment> m_segments;
};

} // namespace brickdesk
