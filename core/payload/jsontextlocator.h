#pragma once

#include "core/payload/jsonpath.h"

#include <QHash>
#include <QString>

namespace brickdesk {

// Where each value of a JSON text is written, to put the cursor on the value
// an issue names. Built from the text (a QJsonDocument forgets positions);
// meant for text that parses, though it reads what it can of any text.
class JsonTextLocator
{
public:
    struct Span
    {
        qsizetype start = -1;
        qsizetype length = 0;

        bool isValid() const { return start >= 0; }
    };

    explicit JsonTextLocator(const QString &text);

    // The key of an object member ("notebook_path" with its quotes), or the
    // first character of an array element or of the root. A path that is
    // not written in the text (a missing field) gives its nearest ancestor
    // that is.
    Span find(const JsonPath &path) const;

private:
    QHash<QString, Span> m_spans;
};

} // namespace brickdesk
