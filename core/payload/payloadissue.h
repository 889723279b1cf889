#pragma once

#include "core/payload/jsonparser.h"
#include "core/payload/jsonpath.h"

#include <QList>
#include <QString>

namespace brickdesk {

// One thing to tell the user about a payload. Errors block sending it;
// warnings are shown but the user may know better than the schema (a field
// newer than Brickdesk's schema, say).
struct PayloadIssue
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    JsonPath path;   // the value the issue is about; the root for the whole payload
    QString message; // in plain words, translated

    // Where `path` is written in the text, when the issue was located in it.
    qsizetype offset = -1;
    qsizetype length = 0;
    TextPosition position;

    bool isError() const { return severity == Severity::Error; }
};

using PayloadIssues = QList<PayloadIssue>;

inline bool hasErrors(const PayloadIssues &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const PayloadIssue &issue) { return issue.isError(); });
}

} // namespace brickdesk
