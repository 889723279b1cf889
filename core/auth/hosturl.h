#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace brickdesk {

// A workspace address as users paste it ("adb-1.azuredatabricks.net/?o=1",
// "https://dbc-x.cloud.databricks.com/browse/folders/2") turned into the
// scheme://host[:port] the API lives at. Plain http is only allowed for
// loopback hosts (the emulator): a token must never cross a network in clear.
class HostUrl
{
    Q_DECLARE_TR_FUNCTIONS(HostUrl)

public:
    struct Normalised
    {
        QUrl url;            // "https://adb-1.azuredatabricks.net"
        QString workspaceId; // from "?o=<id>", when present
    };

    // Returns the normalised host, or nothing with a user-facing reason.
    static std::optional<Normalised> normalise(const QString &input, QString *error);
    static bool isLoopback(const QString &host);
};

} // namespace brickdesk
