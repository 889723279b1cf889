#pragma once

// The pages and models of the two tree areas of a workspace pane, for GUI
// tests: the pane itself only knows pages by area id.

#include "app/dbfs/dbfspage.h"
#include "app/shell/workspacepane.h"
#include "app/workspace/workspacepage.h"

namespace brickdesk::test {

inline WorkspacePage *workspacePageOf(const WorkspacePane *pane)
{
    return pane ? pane->page<WorkspacePage>() : nullptr;
}

inline WorkspaceModel *workspaceModelOf(const WorkspacePane *pane)
{
    WorkspacePage *page = workspacePageOf(pane);
    return page ? page->model() : nullptr;
}

inline DbfsPage *dbfsPageOf(const WorkspacePane *pane)
{
    return pane ? pane->page<DbfsPage>() : nullptr;
}

inline DbfsModel *dbfsModelOf(const WorkspacePane *pane)
{
    DbfsPage *page = dbfsPageOf(pane);
    return page ? page->model() : nullptr;
}

} // namespace brickdesk::test
