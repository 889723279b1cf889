#pragma once

// The pages and models of the two tree areas of a workspace pane, for GUI
// tests: the pane itself only knows pages by area id, and makes each on
// first use.

#include "app/dbfs/dbfspage.h"
#include "app/shell/workspacepane.h"
#include "app/workspace/workspacepage.h"

namespace brickdesk::test {

using namespace Qt::StringLiterals;

inline WorkspacePage *workspacePageOf(WorkspacePane *pane)
{
    return pane ? qobject_cast<WorkspacePage *>(pane->page(u"workspace"_s)) : nullptr;
}

inline WorkspaceModel *workspaceModelOf(WorkspacePane *pane)
{
    WorkspacePage *page = workspacePageOf(pane);
    return page ? page->model() : nullptr;
}

inline DbfsPage *dbfsPageOf(WorkspacePane *pane)
{
    return pane ? qobject_cast<DbfsPage *>(pane->page(u"dbfs"_s)) : nullptr;
}

inline DbfsModel *dbfsModelOf(WorkspacePane *pane)
{
    DbfsPage *page = dbfsPageOf(pane);
    return page ? page->model() : nullptr;
}

} // namespace brickdesk::test
