#include "core/net/apireply.h"

namespace brickdesk {

ApiReply ApiReply::success(int status, QByteArray body, QJsonObject json)
{
    ApiReply reply;
    reply.m_status = status;
    reply.m_body = std::move(body);
    reply.m_json = std::move(json);
    return reply;
}

ApiReply ApiReply::failure(ApiError error)
{
    ApiReply reply;
    reply.m_status = error.httpStatus;
    reply.m_error = std::move(error);
    return reply;
}

} // namespace brickdesk
