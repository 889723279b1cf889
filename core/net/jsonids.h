#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace brickdesk {

// 64-bit ids (job_id, run_id, object_id, handle, spark_context_id) exceed
// 2^53, so they must never pass through a double. Qt 6 keeps integers exact
// when they are read with toInteger() and written from qint64; these helpers
// are the one place ids are read, and also accept the string form some APIs
// use (resource_id, "12345").
qint64 jsonId(const QJsonValue &value, qint64 fallback = 0);
inline qint64 jsonId(const QJsonObject &object, QLatin1StringView key, qint64 fallback = 0)
{
    return jsonId(object.value(key), fallback);
}

} // namespace brickdesk
