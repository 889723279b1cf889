#pragma once

// Helpers shared by the GUI tests: a keychain probe, a look at every file
// under the test's private home, and a stand-in for the user's browser.

#include "core/auth/credentialstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

#include <optional>

namespace brickdesk::test {

inline CredentialStore::Result waitFor(const std::function<void(CredentialStore::Handler)> &call)
{
    std::optional<CredentialStore::Result> result;
    call([&result](const CredentialStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return {CredentialStore::Status::OtherError, {}, QStringLiteral("timed out")};
    return *result;
}

// Whether a Secret Service answers; the reason when not.
inline bool keychainAvailable(CredentialStore &store, QString *why)
{
    QObject context;
    const auto probe = waitFor([&](auto done) {
        store.write(QStringLiteral("gui-probe"), QStringLiteral("probe"), QStringLiteral("x"),
                    &context, done);
    });
    if (probe.status != CredentialStore::Status::Ok) {
        *why = probe.message;
        return false;
    }
    waitFor([&](auto done) {
        store.remove(QStringLiteral("gui-probe"), QStringLiteral("probe"), &context, done);
    });
    return true;
}

// Every file under the test's home and config dirs, read whole; the
// keyring files (encrypted, the keychain itself) excepted.
inline QByteArray everythingOnDisk()
{
    QByteArray all;
    const QStringList roots = {QStandardPaths::writableLocation(QStandardPaths::HomeLocation),
                               QStandardPaths::writableLocation(QStandardPaths::ConfigLocation)};
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1StringView("/keyrings/")))
                continue;
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
    }
    return all;
}

// With BRICKDESK_SCREENSHOT_DIR set, saves what `widget` shows there as
// <name>.png (for the docs); otherwise does nothing.
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("BRICKDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(200); // let pending paints and lazy loads land
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// Opens the authorize URL and follows the redirect to the loopback
// receiver, as the user's browser would.
class TestBrowser : public QObject
{
public:
    int opened = 0;

    void open(const QUrl &url)
    {
        ++opened;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_nam.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const QUrl location =
                reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
            if (location.isValid())
                m_nam.get(QNetworkRequest(location))->setParent(this);
        });
    }

private:
    QNetworkAccessManager m_nam;
};

} // namespace brickdesk::test
