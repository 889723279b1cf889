#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QMessageBox;
class QWidget;

namespace brickdesk {

// Said when no keychain can hold a secret: Brickdesk never falls back to a
// file, so the user chooses between keeping the secret in memory for this
// session only and not using it at all. Non-blocking.
class KeychainNotice
{
    Q_DECLARE_TR_FUNCTIONS(KeychainNotice)

public:
    // sessionOnly: the user chose "Use for this session only".
    using Callback = std::function<void(bool sessionOnly)>;

    // Returns the open message box, or nullptr when a test pre-answered it.
    static QMessageBox *ask(QWidget *parent, const QString &profileName, const QString &reason,
                            Callback callback);

    // Test seam: answer the next notices without showing them.
    static void setAnswerForTesting(std::optional<bool> sessionOnly);
};

} // namespace brickdesk
