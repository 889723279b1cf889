#pragma once

#include "core/workspace/workspacemodel.h"

#include <QPointer>
#include <QTreeView>

namespace brickdesk {

class WorkspaceSortProxy;

// The read-only workspace tree: folders first, sortable by any column,
// F5 lists the current folder again (and retries a failed one).
class WorkspaceView : public QTreeView
{
    Q_OBJECT

public:
    explicit WorkspaceView(QWidget *parent = nullptr);

    // Shows `model` (not owned) through a sorting proxy; nullptr clears.
    void setWorkspaceModel(WorkspaceModel *model);
    WorkspaceModel *workspaceModel() const { return m_model; }
    WorkspaceSortProxy *sortProxy() const { return m_proxy; }

    // Lists the folder of the current row again, or the root without one.
    void refreshCurrent();
    // The workspace path of the current row; empty without one.
    QString currentPath() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void setupHeader();

    QPointer<WorkspaceModel> m_model;
    WorkspaceSortProxy *m_proxy;
    bool m_headerSetUp = false;
};

} // namespace brickdesk
