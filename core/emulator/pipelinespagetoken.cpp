#include "core/emulator/pipelinespagetoken.h"

#include <QJsonDocument>

namespace brickdesk::emulator {

namespace {

constexpr QByteArrayView kPrefix = "pipelines:";

} // namespace

QString PipelinesPageToken::encode(const QJsonObject &state)
{
    return QString::fromLatin1(
        (kPrefix.toByteArray() + QJsonDocument(state).toJson(QJsonDocument::Compact))
            .toBase64(QByteArray::Base64UrlEncoding));
}

std::optional<QJsonObject> PipelinesPageToken::decode(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith(kPrefix))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(decoded.decoded.mid(kPrefix.size()), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace brickdesk::emulator
