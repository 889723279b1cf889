#include "app/workspace/workspacepage.h"

#include "app/common/messagepage.h"
#include "app/workspace/workspaceview.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace brickdesk {

WorkspacePage::WorkspacePage(QWidget *parent)
    : QStackedWidget(parent)
    , m_message(new MessagePage(this))
    , m_view(new WorkspaceView(this))
{
    m_message->setObjectName(u"workspaceMessage"_s);
    addWidget(m_message);
    addWidget(m_view);
    showNotConnected();
}

void WorkspacePage::showNotConnected(const QString &problem)
{
    m_view->setWorkspaceModel(nullptr);
    m_message->setIcon(QIcon(u":/icons/disconnected.svg"_s));
    m_message->setTitle(tr("Not connected to a workspace"));
    // Commands on lines of their own: Qt would wrap "--demo" after a hyphen.
    m_message->setText(
        tr("<p>To look around without an account, open the demo workspace with sample "
           "notebooks, folders and jobs:</p>"
           "<p><code>brickdesk --demo</code></p>"
           "<p>To connect to your own workspace, set these environment variables and start "
           "Brickdesk again:</p>"
           "<p><code>DATABRICKS_HOST=</code><i>your workspace URL</i>"
           "<br><code>DATABRICKS_TOKEN=</code><i>your personal access token</i></p>"));
    m_message->setProblem(problem);
    setCurrentWidget(m_message);
}

void WorkspacePage::showConnecting(const QString &what)
{
    m_view->setWorkspaceModel(nullptr);
    m_message->setIcon(QIcon(u":/icons/nav-workspace.svg"_s));
    m_message->setTitle(what);
    m_message->setText(QString());
    m_message->setProblem(QString());
    setCurrentWidget(m_message);
}

void WorkspacePage::showWorkspace(WorkspaceModel *model)
{
    m_view->setWorkspaceModel(model);
    setCurrentWidget(m_view);
}

} // namespace brickdesk
