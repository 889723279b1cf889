#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace brickdesk::emulator {

// The page tokens of the pipelines and pipeline-events lists. Unlike the
// offset tokens of PageToken, they carry the listing's filter and order: the
// events endpoint refuses a page_token sent with a filter or an order_by, so
// a later page is asked for with the token alone and must continue the same
// filtered, ordered listing. Base64url like every emulator token, so clients
// keep treating them as opaque.
class PipelinesPageToken
{
public:
    static QString encode(const QJsonObject &state);
    // nullopt for anything encode() did not produce.
    static std::optional<QJsonObject> decode(const QString &token);
};

} // namespace brickdesk::emulator
