#include "core/net/jsonids.h"

namespace brickdesk {

qint64 jsonId(const QJsonValue &value, qint64 fallback)
{
    if (value.isDouble())
        return value.toInteger(fallback);
    if (value.isString()) {
        bool ok = false;
        const qint64 id = value.toString().toLongLong(&ok);
        return ok ? id : fallback;
    }
    return fallback;
}

} // namespace brickdesk
