#include "core/emulator/pagetoken.h"

#include "core/emulator/apierrors.h"

using namespace Qt::StringLiterals;

namespace brickdesk::emulator {

namespace {

constexpr QByteArrayView kPrefix = "offset:";

QString queryKey()
{
    return QString::fromLatin1(PageToken::kQueryKey);
}

} // namespace

QString PageToken::encode(qint64 offset)
{
    return QString::fromLatin1((kPrefix.toByteArray() + QByteArray::number(offset))
                                   .toBase64(QByteArray::Base64UrlEncoding));
}

std::optional<qint64> PageToken::decode(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith(kPrefix))
        return std::nullopt;
    bool ok = false;
    const qint64 offset = decoded.decoded.mid(kPrefix.size()).toLongLong(&ok);
    if (!ok || offset < 0)
        return std::nullopt;
    return offset;
}

bool PageToken::isSent(const HttpRequest &request)
{
    return request.hasQuery(queryKey()) && !request.queryValue(queryKey()).isEmpty();
}

std::variant<qint64, HttpResponse> PageToken::offset(const HttpRequest &request)
{
    if (!isSent(request))
        return qint64(0);
    const QString token = request.queryValue(queryKey());
    if (const auto decoded = decode(token))
        return *decoded;
    return invalid(token);
}

std::variant<qint64, HttpResponse> PageToken::offsetOrLegacy(const HttpRequest &request)
{
    if (isSent(request) || !request.hasQuery(u"offset"_s))
        return offset(request);
    bool ok = false;
    const qint64 legacy = request.queryValue(u"offset"_s).toLongLong(&ok);
    if (!ok || legacy < 0)
        return invalidParameter(u"Invalid offset %1 - it has to be non-negative."_s.arg(
            request.queryValue(u"offset"_s)));
    return legacy;
}

HttpResponse PageToken::invalid(const QString &token)
{
    return invalidParameter(
        u"Invalid page token: %1. Pass the next_page_token or prev_page_token of an earlier "
        "answer unchanged."_s.arg(token));
}

} // namespace brickdesk::emulator
