#pragma once

#include <QJsonValue>
#include <QString>

namespace brickdesk {

// One layout for every payload Brickdesk shows: two-space indents, one
// member or element per line, "key": value.
class JsonFormatter
{
public:
    // Re-indents valid JSON text, keeping its keys in the order written and
    // its numbers and strings exactly as typed. Text that is not valid JSON
    // comes back unchanged.
    static QString reformat(const QString &text);
    // The value in the same layout with keys sorted, so that two payloads
    // with the same content give the same text whatever order they had (the
    // form a diff compares).
    static QString normalised(const QJsonValue &value);
};

} // namespace brickdesk
