#pragma once

#include "tests/support/homefiles.h"
#include "tests/support/testbrowser.h"

// Helpers shared by the GUI tests: a keychain probe, a look at every file
// under the test's private home, and a stand-in for the user's browser.

#include "core/auth/credentialstore.h"

#include <QDir>
#include <QFile>
#include <QObject>
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

} // namespace brickdesk::test
