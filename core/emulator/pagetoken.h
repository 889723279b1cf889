#pragma once

#include "core/emulator/httpmessage.h"

#include <QString>

#include <optional>
#include <variant>

namespace brickdesk::emulator {

// The one next_page_token / prev_page_token codec of every paged emulator
// list. Clients treat tokens as opaque; inside they are an offset into the
// list, Base64url-encoded so they look like the service's and are not
// mistaken for a number a client could compute.
class PageToken
{
public:
    static constexpr auto kQueryKey = "page_token";

    static QString encode(qint64 offset);
    // nullopt for anything encode() did not produce.
    static std::optional<qint64> decode(const QString &token);

    // Whether the request carries a non-empty page_token query parameter.
    static bool isSent(const HttpRequest &request);
    // The offset the request's page_token names: 0 without one, a 400
    // INVALID_PARAMETER_VALUE for a token this emulator never issued.
    static std::variant<qint64, HttpResponse> offset(const HttpRequest &request);
    // Where a list that takes both starts: the page_token's offset, else
    // the deprecated `offset` query (a 400 when it is not a non-negative
    // number, in the Jobs API's words), else 0.
    static std::variant<qint64, HttpResponse> offsetOrLegacy(const HttpRequest &request);
    static HttpResponse invalid(const QString &token);
};

} // namespace brickdesk::emulator
