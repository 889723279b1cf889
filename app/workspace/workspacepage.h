#pragma once

#include <QStackedWidget>

namespace brickdesk {

class MessagePage;
class WorkspaceModel;
class WorkspaceView;

// The Workspace area: the tree once connected, otherwise a page that says
// what is going on (connecting, or why connecting failed).
class WorkspacePage : public QStackedWidget
{
    Q_OBJECT

public:
    explicit WorkspacePage(QWidget *parent = nullptr);

    WorkspaceView *view() const { return m_view; }
    MessagePage *messagePage() const { return m_message; }

    // Both pages drop the buttons a caller added before.
    void showConnecting(const QString &what);
    // `title` over `problem`; the caller may add buttons to messagePage().
    void showFailed(const QString &title, const QString &problem);
    // Shows the tree of `model` (not owned).
    void showWorkspace(WorkspaceModel *model);

private:
    MessagePage *m_message;
    WorkspaceView *m_view;
};

} // namespace brickdesk
