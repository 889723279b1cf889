#pragma once

#include <QWidget>

class QLineEdit;
class QSplitter;
class QToolBar;

namespace brickdesk {

class ApiClient;
class FilterBox;
class NotebookPreview;
class StatusLine;
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

    // `model` and `client` are not owned; nullptr clears.
    void setWorkspace(WorkspaceModel *model, ApiClient *client, const QString &workspaceTitle);

    WorkspaceView *view() const { return m_view; }
    NotebookPreview *preview() const { return m_preview; }
    QLineEdit *filterEdit() const;
    QToolBar *toolBar() const { return m_toolBar; }
    QSplitter *splitter() const { return m_splitter; }
    // The last error shown in the status line; empty when none is.
    QString errorText() const;

private:
    void updatePreview();

    QToolBar *m_toolBar;
    FilterBox *m_filter;
    StatusLine *m_statusLine;
    QSplitter *m_splitter;
    WorkspaceView *m_view;
    NotebookPreview *m_preview;
};

} // namespace brickdesk
