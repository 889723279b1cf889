#pragma once

#include "app/connections/configfilereader.h"
#include "core/auth/profile.h"

#include <QDialog>
#include <QMap>

#include <functional>
#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QListView;
class QPushButton;
class QToolButton;

namespace brickdesk {

class ConnectionServices;
class ConnectionTestView;
class ProfileEditor;
class ProfileListModel;

// Add, edit, duplicate, remove, import and test workspace profiles, and pick
// one to open. Saved profiles are editable; those from ~/.databrickscfg and
// the environment are shown read-only and can be imported (the file is only
// ever read). Secrets typed here go to the keychain on Save and nowhere
// else. Everything is asynchronous: open it with open() or show().
class ConnectionManagerDialog : public QDialog
{
    Q_OBJECT

public:
    // configFile: ~/.databrickscfg as already read (at start-up); without it
    // the dialog reads the file itself, off the GUI thread.
    explicit ConnectionManagerDialog(
        ConnectionServices *services, QWidget *parent = nullptr,
        const std::optional<ConfigFileReader::Result> &configFile = {});
    ~ConnectionManagerDialog() override;

    ProfileListModel *model() const { return m_model; }
    ProfileEditor *editor() const { return m_editor; }
    ConnectionTestView *testView() const { return m_testView; }
    QListView *list() const { return m_list; }

    // True once ~/.databrickscfg has been read (see loaded()).
    bool isLoaded() const { return m_loaded; }
    bool selectProfile(const QString &id);
    QString currentId() const;
    bool isDraft() const { return m_draft; }

    // Test seam: how long "Test connection" waits for a silent server.
    void setTestTimeout(int milliseconds) { m_testTimeoutMs = milliseconds; }

public slots:
    void addProfile();
    void duplicateProfile();
    void removeProfile();
    void importProfile();
    void saveProfile();
    void testConnection();
    void openSelected();

signals:
    void loaded();
    void saved(const QString &profileId);
    void saveFailed(const QString &message);
    void removed(const QString &profileId);
    void imported(const QString &profileId);
    void testFinished();
    // The user asked to open this workspace; sessionSecrets are used instead
    // of the keychain (environment, file, or session-only profiles).
    void openRequested(const brickdesk::Profile &profile,
                       const QMap<QString, QString> &sessionSecrets);

private:
    void reloadSources();
    void setSources(const ConfigFileReader::Result &configFile);
    void reloadSaved();
    void showRow(int row);
    void updateActions();
    void save(const std::function<void(const QString &id)> &then);
    // Puts `secrets` into the keychain, or into memory for this session if
    // there is no keychain and the user agrees. done(ok, problem).
    void storeSecrets(const Profile &profile, const QMap<QString, QString> &secrets,
                      std::function<void(bool ok, const QString &problem)> done);
    QMap<QString, QString> knownSecrets(int row) const;
    int currentRow() const;

    ConnectionServices *m_services;
    ProfileListModel *m_model;
    QListView *m_list;
    QToolButton *m_add;
    QToolButton *m_duplicate;
    QToolButton *m_remove;
    QToolButton *m_import;
    QLabel *m_origin;
    ProfileEditor *m_editor;
    ConnectionTestView *m_testView;
    QPushButton *m_test;
    QPushButton *m_save;
    QPushButton *m_open;
    QDialogButtonBox *m_buttons;
    bool m_loaded = false;
    bool m_draft = false;
    bool m_busy = false;
    std::unique_ptr<QObject> m_testScope; // the context of the test in flight
    int m_testTimeoutMs = 15'000;
};

} // namespace brickdesk
