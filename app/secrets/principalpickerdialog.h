#pragma once

#include "core/auth/scimservice.h"
#include "core/secrets/secrettypes.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QIcon;
class QLabel;
class QLineEdit;
class QListWidget;

namespace brickdesk {

class ApiClient;

// Finds a user, group or service principal in the workspace's directory to
// grant a permission to. The search runs as the user types (after a short
// pause) and shows up to 20 of each kind. A service principal is granted by
// its application id, so it shows its display name with the id. Optionally
// asks for the level too. Non-blocking: opened with open().
class PrincipalPickerDialog : public QDialog
{
    Q_OBJECT

public:
    struct Answer
    {
        Principal principal;
        SecretPermission permission = SecretPermission::Read;
    };

    explicit PrincipalPickerDialog(ApiClient *client, QWidget *parent = nullptr);
    ~PrincipalPickerDialog() override;

    // Shows the permission choice (hidden by default).
    void setPermissionChoice(bool on);
    bool hasPermissionChoice() const;

    // The selected principal and level; none while nothing is selected.
    std::optional<Answer> answer() const;
    // The principals the last search found, in the order shown.
    const QList<Principal> &results() const { return m_found; }

    static QIcon iconFor(Principal::Kind kind);

    // Opens the dialog; `done` runs once, with the answer or none (Cancel).
    static void ask(QWidget *parent, ApiClient *client, bool withPermission,
                    std::function<void(std::optional<Answer>)> done);
    // Test seam: ask() answers with `answer` after the event loop turns,
    // without a dialog. An answer whose principal has an empty aclName
    // stands for Cancel.
    static void setAnswerForTesting(std::optional<Answer> answer);

signals:
    // A search answered (results() holds what it found).
    void searchFinished();

private:
    void search();
    void showResults(const std::optional<ApiError> &error, const QList<Principal> &found);
    void updateOk();

    QPointer<ApiClient> m_client;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_status;
    QLabel *m_permissionLabel;
    QComboBox *m_permission;
    QDialogButtonBox *m_buttons;
    QTimer m_debounce;
    std::unique_ptr<QObject> m_searchScope; // one per search: a newer one drops the older
    QList<Principal> m_found;
};

} // namespace brickdesk
