#pragma once

#include "core/clusters/libraryspec.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace brickdesk {

// Installs one library on a cluster: its kind (PyPI, Maven, Wheel, JAR,
// requirements file), the package, coordinates or path, and an optional
// repository. What is typed is checked as it is typed (LibrarySpec) and
// Install stays disabled until it is installable. The dialog builds the
// Library object; the pane sends it:
//
//   auto *dialog = InstallLibraryDialog::ask(this, clusterName);
//   connect(dialog, &InstallLibraryDialog::installRequested, this,
//           [=](const QJsonObject &library) {
//       dialog->setBusy(true);
//       // libraries/install with `dialog` as the call's context, then
//       // dialog->accept() on success or dialog->showError(message)
//   });
class InstallLibraryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit InstallLibraryDialog(const QString &clusterName, QWidget *parent = nullptr);

    // Opens a dialog (open(), deleted on close) and returns it.
    static InstallLibraryDialog *ask(QWidget *parent, const QString &clusterName);

    // Chooses the kind and fills the fields as a user would.
    void setLibrary(LibrarySpec::Kind kind, const QString &text, const QString &repo = {});
    LibrarySpec::Kind kind() const;
    // The Library object as the inputs stand; {} while not valid.
    QJsonObject library() const { return m_result.library; }
    // Why the inputs are not installable yet (empty when they are).
    QString problemText() const { return m_result.problem; }

    // While the call is under way: inputs and Install are disabled.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // The call failed: shows `message`, keeps the inputs, enables Install.
    void showError(const QString &message);
    QString errorText() const;

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *textEdit() const { return m_text; }
    QLineEdit *repoEdit() const { return m_repo; }
    QPushButton *installButton() const { return m_install; }

signals:
    void installRequested(const QJsonObject &library);

private:
    void kindChanged();
    void update();

    LibrarySpec::Result m_result;
    QWidget *m_inputs;
    QComboBox *m_kind;
    QLabel *m_textLabel;
    QLineEdit *m_text;
    QLabel *m_repoLabel;
    QLineEdit *m_repo;
    QLabel *m_problem;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_install;
    bool m_busy = false;
    bool m_edited = false;
};

} // namespace brickdesk
