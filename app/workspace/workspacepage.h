#pragma once

#include <QStackedWidget>

class QAction;

namespace brickdesk {

class ApiClient;
class MessagePage;
class NotebookPreview;
class WorkspaceBrowser;
class WorkspaceModel;
class WorkspaceView;

// The Workspace area: the tree with its toolbar and preview once connected,
// otherwise a page that says what is going on (connecting, or why
// connecting failed).
class WorkspacePage : public QStackedWidget
{
    Q_OBJECT

public:
    explicit WorkspacePage(QWidget *parent = nullptr);

    WorkspaceBrowser *browser() const { return m_browser; }
    WorkspaceView *view() const;
    NotebookPreview *preview() const;
    MessagePage *messagePage() const { return m_message; }
    // Import… (Ctrl+I) and Export… (Ctrl+E) emit importRequested() and
    // exportRequested(); they stay disabled until something connects there.
    QAction *importAction() const;
    QAction *exportAction() const;

    // Both pages drop the buttons a caller added before.
    void showConnecting(const QString &what);
    // `title` over `problem`; the caller may add buttons to messagePage().
    void showFailed(const QString &title, const QString &problem);
    // Shows the tree of `model`; changes go through `client` (neither
    // owned). `workspaceTitle` names the workspace in questions.
    void showWorkspace(WorkspaceModel *model, ApiClient *client, const QString &workspaceTitle);

signals:
    // The folder to import into.
    void importRequested(const QString &folderPath);
    // The workspace paths to export.
    void exportRequested(const QStringList &paths);

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    MessagePage *m_message;
    WorkspaceBrowser *m_browser;
};

} // namespace brickdesk
