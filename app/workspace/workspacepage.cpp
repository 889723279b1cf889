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
    showConnecting(QString());
}

void WorkspacePage::showConnecting(const QString &what)
{
    m_view->setWorkspaceModel(nullptr);
    m_message->setIcon(QIcon(u":/icons/nav-workspace.svg"_s));
    m_message->setTitle(what);
    m_message->setText(QString());
    m_message->setProblem(QString());
    m_message->clearButtons();
    setCurrentWidget(m_message);
}

void WorkspacePage::showFailed(const QString &title, const QString &problem)
{
    showConnecting(title);
    m_message->setIcon(QIcon(u":/icons/disconnected.svg"_s));
    m_message->setProblem(problem);
}

void WorkspacePage::showWorkspace(WorkspaceModel *model)
{
    m_view->setWorkspaceModel(model);
    setCurrentWidget(m_view);
}

} // namespace brickdesk
