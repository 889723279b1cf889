#include "core/emulator/apierrors.h"

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

HttpResponse apiError(int status, const QString &errorCode, const QString &message)
{
    return HttpResponse::error(status, errorCode, message);
}

HttpResponse invalidParameter(const QString &message)
{
    return apiError(400, u"INVALID_PARAMETER_VALUE"_s, message);
}

HttpResponse malformedRequest(const QString &message)
{
    return apiError(400, u"MALFORMED_REQUEST"_s,
                    message.isEmpty()
                        ? u"Invalid JSON given in the body of the request - expected a map"_s
                        : message);
}

HttpResponse notFound(const QString &message)
{
    return apiError(404, u"RESOURCE_DOES_NOT_EXIST"_s, message);
}

HttpResponse invalidState(const QString &message)
{
    return apiError(400, u"INVALID_STATE"_s, message);
}

HttpResponse resourceAlreadyExists(const QString &message)
{
    return apiError(400, u"RESOURCE_ALREADY_EXISTS"_s, message);
}

HttpResponse alreadyExists(const QString &message)
{
    return apiError(409, u"ALREADY_EXISTS"_s, message);
}

HttpResponse permissionDenied(const QString &message)
{
    return apiError(403, u"PERMISSION_DENIED"_s, message);
}

HttpResponse badRequest(const QString &message)
{
    return apiError(400, u"BAD_REQUEST"_s, message);
}

HttpResponse resourceLimitExceeded(const QString &message)
{
    return apiError(400, u"RESOURCE_LIMIT_EXCEEDED"_s, message);
}

HttpResponse internalError(const QString &message)
{
    return apiError(500, u"INTERNAL_ERROR"_s, message);
}

} // namespace brickdesk::emulator
