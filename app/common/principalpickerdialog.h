#pragma once

#include "core/auth/scimservice.h"

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
// grant a permission to: secret scope ACLs and object permissions share it.
// The search runs as the user types (after a short pause) and shows up to 20
// of each kind. A service principal is granted by its application id, so it
// shows its display name with the id. Optionally asks for the level too, out
// of the levels the caller offers. Non-blocking: opened with open().
class PrincipalPickerDialog : public QDialog
{
    Q_OBJECT

public:
    // A level to offer: its API name and its text.
    struct Level
    {
        QString name;
        QString text;
    };
    struct Answer
    {
        Principal principal;
        QString level; // one of the offered levels' names; empty when none were offered
    };
    // Who may be picked: groups cannot own a job or a pipeline.
    enum class Kinds { All, UsersAndServicePrincipals };

    explicit PrincipalPickerDialog(ApiClient *client, QWidget *parent = nullptr);
    ~PrincipalPickerDialog() override;

    // Offers `levels` (none hides the choice, the default), the first one
    // chosen.
    void setLevels(const QList<Level> &levels);
    bool hasPermissionChoice() const;
    void setKinds(Kinds kinds);

    // The selected principal and level; none while nothing is selected.
    std::optional<Answer> answer() const;
    // The principals the last search found, in the order shown.
    const QList<Principal> &results() const { return m_found; }

    static QIcon iconFor(Principal::Kind kind);

    struct Options
    {
        QString title;       // "Add Principal" when empty
        QString acceptText;  // "Add" when empty
        QList<Level> levels; // none: no level choice
        Kinds kinds = Kinds::All;
    };
    // Opens the dialog; `done` runs once, with the answer or none (Cancel).
    static void ask(QWidget *parent, ApiClient *client, const Options &options,
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
    Kinds m_kinds = Kinds::All;
    bool m_answered = false; // a search has answered
};

} // namespace brickdesk
