#include "core/auth/usersignin.h"

#include "core/auth/loopbackreceiver.h"
#include "core/auth/pkce.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace brickdesk {

UserSignIn *UserSignIn::start(const QUrl &host, const NetworkSettings &network,
                              const QString &clientId, const QString &scopes,
                              BrowserOpener openBrowser, QObject *context, Done done)
{
    auto *signIn = new UserSignIn(host, network, clientId, scopes, std::move(openBrowser), context,
                                  std::move(done));
    signIn->begin();
    return signIn;
}

UserSignIn::UserSignIn(const QUrl &host, const NetworkSettings &network, QString clientId,
                       QString scopes, BrowserOpener openBrowser, QObject *context, Done done)
    : m_tokenClient(host, network)
    , m_clientId(std::move(clientId))
    , m_scopes(std::move(scopes))
    , m_openBrowser(std::move(openBrowser))
    , m_context(context)
    , m_done(std::move(done))
{
    connect(context, &QObject::destroyed, this, [this] {
        m_finished = true;
        deleteLater();
    });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("Sign-in timed out: the browser did not come back within %n minute(s).", nullptr,
                kTimeoutMs / 60000));
    });
}

void UserSignIn::begin()
{
    m_tokenClient.discover(
        this, [this](const std::optional<OAuthEndpoints> &endpoints, const QString &error) {
            if (!endpoints) {
                fail(error);
                return;
            }
            m_endpoints = *endpoints;
            openAuthorizePage();
        });
}

void UserSignIn::openAuthorizePage()
{
    m_receiver = new LoopbackReceiver(this);
    if (!m_receiver->listen()) {
        fail(tr("No local port between 8020 and 8040 is free for the sign-in redirect. Close "
                "other sign-in windows (the Databricks CLI uses the same ports) and try again."));
        return;
    }
    connect(m_receiver, &LoopbackReceiver::received, this, &UserSignIn::onRedirect);

    const Pkce pkce = Pkce::generate();
    m_verifier = pkce.verifier;
    m_state = Pkce::randomToken(32);
    QUrl authorize = m_endpoints.authorization;
    QUrlQuery query(authorize);
    query.addQueryItem(u"client_id"_s, m_clientId);
    query.addQueryItem(u"redirect_uri"_s, m_receiver->redirectUri());
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"scope"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_scopes)));
    query.addQueryItem(u"state"_s, QString::fromLatin1(m_state));
    query.addQueryItem(u"code_challenge"_s, QString::fromLatin1(pkce.challenge));
    query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    authorize.setQuery(query);
    m_timeout.start(kTimeoutMs);
    m_openBrowser(authorize);
}

void UserSignIn::onRedirect(const QUrlQuery &query)
{
    if (m_finished)
        return;
    if (query.queryItemValue(u"state"_s).toLatin1() != m_state) {
        // Not our request: a stale tab or a forged redirect. Never exchange.
        fail(tr("The sign-in answer did not match this sign-in attempt. Try again."));
        return;
    }
    if (query.hasQueryItem(u"error"_s)) {
        fail(tr("The workspace refused the sign-in: %1")
                 .arg(query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded).isEmpty()
                          ? query.queryItemValue(u"error"_s)
                          : query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded)));
        return;
    }
    m_timeout.stop();
    m_tokenClient.exchangeCode(m_endpoints.token,
                               query.queryItemValue(u"code"_s, QUrl::FullyDecoded).toLatin1(),
                               m_verifier, m_receiver->redirectUri(), m_clientId, this,
                               [this](const OAuthTokenClient::Result &result) { finish(result); });
}

void UserSignIn::fail(const QString &message)
{
    OAuthTokenClient::Result result;
    result.error = message;
    finish(result);
}

void UserSignIn::finish(const OAuthTokenClient::Result &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    if (m_context && m_done)
        m_done(Outcome{result, m_endpoints});
    deleteLater();
}

} // namespace brickdesk
