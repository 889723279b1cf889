#pragma once

#include <QDateTime>
#include <QString>

namespace brickdesk {

// One API call as the activity panel shows it. Holds no header and no body,
// so a credential cannot reach the panel through it.
struct ActivityRecord
{
    quint64 id = 0; // unique per client, in send order
    QDateTime started;
    QString method;         // "GET"
    QString path;           // path and query, never headers
    int httpStatus = 0;     // 0 while in flight or without an HTTP answer
    qint64 durationMs = -1; // -1 while in flight
    int retries = 0;        // attempts - 1
    bool finished = false;
    QString error; // empty on success; redacted text otherwise
};

} // namespace brickdesk
