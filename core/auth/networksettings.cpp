#include "core/auth/networksettings.h"

#include "core/net/apiclient.h"

#include <QFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace brickdesk {

void NetworkSettings::applyTo(ApiClient &client) const
{
    client.setProxy(proxy);
    client.setExtraCaCertificates(caCertificates);
}

bool NetworkSettings::proxyFor(const Profile &profile, QNetworkProxy *proxy, QString *error)
{
    switch (profile.proxy) {
    case Profile::Proxy::System:
        *proxy = QNetworkProxy(QNetworkProxy::DefaultProxy);
        return true;
    case Profile::Proxy::None:
        *proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        return true;
    case Profile::Proxy::Manual:
        break;
    }
    const QUrl url = QUrl::fromUserInput(profile.proxyUrl.trimmed());
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0) {
        *error = tr("The proxy “%1” is not a valid address; use host:port or "
                    "http://host:port.")
                     .arg(profile.proxyUrl);
        return false;
    }
    const bool socks = url.scheme().startsWith("socks"_L1);
    *proxy = QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                           url.host(), quint16(url.port()), url.userName(), url.password());
    return true;
}

QList<QSslCertificate> NetworkSettings::readCaBundle(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The certificate bundle %1 cannot be read: %2").arg(path, file.errorString());
        return {};
    }
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        *error = tr("%1 contains no PEM certificate.").arg(path);
    return certificates;
}

} // namespace brickdesk
