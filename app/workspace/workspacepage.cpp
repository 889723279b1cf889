#include "app/workspace/workspacepage.h"

#include "app/workspace/workspaceactions.h"
#include "app/workspace/workspacebrowser.h"
#include "app/workspace/workspacetransfers.h"
#include "app/workspace/workspaceview.h"
#include "core/workspace/workspacemodel.h"

#include <QMetaMethod>

using namespace Qt::StringLiterals;

namespace brickdesk {

WorkspacePage::WorkspacePage(QWidget *parent)
    : AreaPage(u"workspace"_s, QIcon(u":/icons/nav-workspace.svg"_s), parent)
    , m_browser(new WorkspaceBrowser(this))
{
    setAccessibleName(tr("Workspace"));
    setContent(m_browser);
}

WorkspacePage::~WorkspacePage()
{
    detach();
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
    AreaPage::connectNotify(signal);
    // Forward from the view only once someone listens here, so the actions
    // stay disabled until then (the view enables them when connected to).
    if (signal == QMetaMethod::fromSignal(&WorkspacePage::importRequested))
        connect(view(), &WorkspaceView::importRequested, this, &WorkspacePage::importRequested,
                Qt::UniqueConnection);
    else if (signal == QMetaMethod::fromSignal(&WorkspacePage::exportRequested))
        connect(view(), &WorkspaceView::exportRequested, this, &WorkspacePage::exportRequested,
                Qt::UniqueConnection);
}

void WorkspacePage::reveal(const QString &target)
{
    view()->revealPath(target);
}

void WorkspacePage::onAttached(const AreaContext &context)
{
    m_model = new WorkspaceModel(context.client, this);
    m_browser->setWorkspace(m_model, context.client, context.workspaceTitle);
    if (context.transfers)
        m_transfers = new WorkspaceTransfers(view(), context.transfers); // a child of the view
}

void WorkspacePage::onDetached()
{
    // The view lets go of the model before it goes.
    m_browser->setWorkspace(nullptr, nullptr, QString());
    delete m_transfers;
    m_transfers = nullptr;
    delete m_model;
    m_model = nullptr;
}

} // namespace brickdesk
