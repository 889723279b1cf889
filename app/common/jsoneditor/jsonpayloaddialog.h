#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QStringList>

#include <optional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace brickdesk {

struct ApiError;

class JsonDiffView;
class JsonPayloadEditor;

// The one dialog for creating or editing a JSON payload (job settings,
// cluster specs, pipeline specs). Apply refuses text that does not parse
// (the cursor goes to the error) or that has schema errors (warnings only
// inform); an edit is first shown as a diff against the server copy and
// sent on Confirm. The dialog never sends anything itself:
//
//     auto *dialog = new JsonPayloadDialog(setup, parent);
//     dialog->setAttribute(Qt::WA_DeleteOnClose);
//     connect(dialog, &JsonPayloadDialog::submitted, dialog, [=](const QJsonObject &p) {
//         dialog->setBusy(true);
//         service->reset(id, p, dialog /* context: a closed dialog drops the reply */,
//                        [=](const ApiResult &r) {
//             if (r.ok()) dialog->accept(); else dialog->showServerError(r.error().message);
//         });
//     });
//     dialog->open();
//
// A server error is shown in the dialog with the text exactly as typed, so
// the user can fix it and apply again.
class JsonPayloadDialog : public QDialog
{
    Q_OBJECT

public:
    struct Setup
    {
        QString title;     // "Edit Job “nightly”", "New Job"
        QString kind;      // PayloadKinds id ("job-settings"): schema and templates
        QString workspace; // named when asking whether to discard edits
        // The server copy of an edit; none when creating. An edit is
        // reviewed as a diff against it before it is submitted.
        std::optional<QJsonObject> original;
        // Top-level keys that must keep their value in `original` (job_id).
        QStringList pinnedKeys;
        QString actionText;  // the Apply button: "Create", "Save"; "Apply" when empty
        QString initialText; // when creating: the text to start from, else the first template
        QString objectName;  // the tests' handle on the dialog
        // A consequence to know before saving, shown above the editor the
        // whole time ("“etl” is running: saving restarts it").
        QString caution;
    };

    explicit JsonPayloadDialog(const Setup &setup, QWidget *parent = nullptr);

    // Adds a control to the row above the editor, after the templates (the
    // cluster dialog's runtime and node type pickers).
    void addToolWidget(QWidget *widget);

    QString text() const;
    void setText(const QString &text);
    // Whether the text differs from what the dialog started with.
    bool isModified() const;
    bool isReviewing() const;
    bool isBusy() const { return m_busy; }
    // The line above the editor: the server's refusal, or that nothing changed.
    QString noticeText() const;

    JsonPayloadEditor *editor() const { return m_editor; }
    JsonDiffView *diffView() const { return m_diff; }

public slots:
    // Checks the text; submits it, or shows the review of an edit.
    void apply();
    // Submits the reviewed edit.
    void confirm();
    // Back from the review to the text.
    void backToEditing();
    void formatText();
    // While the caller's request runs: nothing can be edited or applied.
    void setBusy(bool busy);
    // The server refused the payload: says why, keeps the text as typed.
    void showServerError(const QString &message);
    // The answer to the submitted payload: on success closes the dialog and
    // returns true; on an error shows `refusal` (the server's own message
    // when empty), keeps the text as typed, and returns false.
    bool finishSubmit(const std::optional<ApiError> &error, const QString &refusal = QString());
    // Cancel, Escape and the close button: ask first if there are edits.
    void reject() override;

signals:
    void submitted(const QJsonObject &payload);

private:
    void useTemplate(int index);
    void submit(const QJsonObject &payload);
    void updateButtons();

    Setup m_setup;
    QString m_startText;
    QJsonObject m_reviewed;
    bool m_busy = false;
    bool m_discardConfirmed = false;

    QLabel *m_notice;
    QComboBox *m_templates = nullptr;
    QHBoxLayout *m_toolRow;
    QStackedWidget *m_pages;
    JsonPayloadEditor *m_editor;
    JsonDiffView *m_diff;
    QLabel *m_busyLabel;
    QPushButton *m_format;
    QPushButton *m_back;
    QPushButton *m_cancel;
    QPushButton *m_apply;
    QPushButton *m_confirm;
};

} // namespace brickdesk
