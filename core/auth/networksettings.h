#pragma once

#include "core/auth/profile.h"

#include <QCoreApplication>
#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>

namespace brickdesk {

class ApiClient;

// A profile's network choices made concrete: which proxy, and which extra
// certificate authorities to trust. Applied to every client that talks to
// the workspace, the OAuth token endpoint included.
struct NetworkSettings
{
    Q_DECLARE_TR_FUNCTIONS(NetworkSettings)

public:
    QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::DefaultProxy);
    QList<QSslCertificate> caCertificates;

    void applyTo(ApiClient &client) const;

    // The proxy part of a profile; false with a reason for a bad proxy URL.
    static bool proxyFor(const Profile &profile, QNetworkProxy *proxy, QString *error);
    // Reads a PEM bundle. Called off the GUI thread (QtConcurrent).
    static QList<QSslCertificate> readCaBundle(const QString &path, QString *error);
};

} // namespace brickdesk
