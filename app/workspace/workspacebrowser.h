#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSplitter;
class QToolBar;

namespace brickdesk {

class ApiClient;
class NotebookPreview;
class WorkspaceModel;
class WorkspaceView;

// The connected Workspace area: a toolbar and a name filter over the tree,
// a status line for long operations and their errors, and the preview pane
// to the right (collapsible; its width is remembered).
class WorkspaceBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspaceBrowser(QWidget *parent = nullptr);
    ~WorkspaceBrowser() override;

    // `model` and `client` are not owned; nullptr clears.
    void setWorkspace(WorkspaceModel *model, ApiClient *client, const QString &workspaceTitle);

    WorkspaceView *view() const { return m_view; }
    NotebookPreview *preview() const { return m_preview; }
    QLineEdit *filterEdit() const { return m_filter; }
    QToolBar *toolBar() const { return m_toolBar; }
    QSplitter *splitter() const { return m_splitter; }
    // The last error shown in the status line; empty when none is.
    QString errorText() const;

private:
    void applyFilter(const QString &text);
    // A folder listed while a filter is set may hold matches: show them.
    void onFolderLoaded();
    void expandMatches(const QModelIndex &parent);
    void updatePreview();
    void showStatus(const QString &text, bool busy);
    void showError(const QString &message);

    QToolBar *m_toolBar;
    QLineEdit *m_filter;
    QWidget *m_statusBar;
    QLabel *m_status;
    QLabel *m_error;
    QWidget *m_dismiss;
    QSplitter *m_splitter;
    WorkspaceView *m_view;
    NotebookPreview *m_preview;
    bool m_busyCursor = false;
};

} // namespace brickdesk
