#include "core/auth/hosturl.h"

#include <QHostAddress>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

std::optional<HostUrl::Normalised> fail(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return std::nullopt;
}

} // namespace

bool HostUrl::isLoopback(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<HostUrl::Normalised> HostUrl::normalise(const QString &input, QString *error)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return fail(error, tr("Enter the workspace URL, for example "
                              "https://adb-1234567890123456.7.azuredatabricks.net."));
    if (!text.contains("://"_L1))
        text.prepend("https://"_L1);

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(error, tr("“%1” is not a valid workspace URL.").arg(input.trimmed()));
    const QString scheme = url.scheme().toLower();
    if (scheme != "https"_L1 && scheme != "http"_L1)
        return fail(error, tr("The workspace URL must start with https://."));
    if (!url.userInfo().isEmpty())
        return fail(error, tr("The workspace URL must not contain a user name or password."));
    if (scheme == "http"_L1 && !isLoopback(url.host()))
        return fail(error, tr("Plain http:// is refused for %1: the token would travel "
                              "unencrypted. Use https://.")
                               .arg(url.host()));

    Normalised result;
    result.url.setScheme(scheme);
    result.url.setHost(url.host().toLower());
    if (url.port() > 0 && !(scheme == "https"_L1 && url.port() == 443))
        result.url.setPort(url.port());
    result.workspaceId = QUrlQuery(url).queryItemValue(u"o"_s);
    if (error)
        error->clear();
    return result;
}

} // namespace brickdesk
