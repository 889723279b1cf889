#include "app/workspace/workspacepage.h"

#include "app/common/messagepage.h"
#include "app/workspace/workspaceactions.h"
#include "app/workspace/workspacebrowser.h"
#include "app/workspace/workspaceview.h"

#include <QIcon>
#include <QMetaMethod>

using namespace Qt::StringLiterals;

namespace brickdesk {

WorkspacePage::WorkspacePage(QWidget *parent)
    : QStackedWidget(parent)
    , m_message(new MessagePage(this))
    , m_browser(new WorkspaceBrowser(this))
{
    m_message->setObjectName(u"workspaceMessage"_s);
    addWidget(m_message);
    addWidget(m_browser);
    showConnecting(QString());
}

WorkspaceView *WorkspacePage::view() const
{
    return m_browser->view();
}

NotebookPreview *WorkspacePage::preview() const
{
    return m_browser->preview();
}

QAction *WorkspacePage::importAction() const
{
    return view()->actions()->importAction();
}

QAction *WorkspacePage::exportAction() const
{
    return view()->actions()->exportAction();
}

void WorkspacePage::connectNotify(const QMetaMethod &signal)
{
    QStackedWidget::connectNotify(signal);
    // Forward from the view only once someone listens here, so the actions
    // stay disabled until then (the view enables them when connected to).
    if (signal == QMetaMethod::fromSignal(&WorkspacePage::importRequested))
        connect(view(), &WorkspaceView::importRequested, this, &WorkspacePage::importRequested,
                Qt::UniqueConnection);
    else if (signal == QMetaMethod::fromSignal(&WorkspacePage::exportRequested))
        connect(view(), &WorkspaceView::exportRequested, this, &WorkspacePage::exportRequested,
                Qt::UniqueConnection);
}

void WorkspacePage::showConnecting(const QString &what)
{
    m_browser->setWorkspace(nullptr, nullptr, QString());
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

void WorkspacePage::showWorkspace(WorkspaceModel *model, ApiClient *client,
                                  const QString &workspaceTitle)
{
    m_browser->setWorkspace(model, client, workspaceTitle);
    setCurrentWidget(m_browser);
}

} // namespace brickdesk
