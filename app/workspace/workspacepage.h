#pragma once

#include "app/common/areapage.h"

class QAction;

namespace brickdesk {

class NotebookPreview;
class WorkspaceBrowser;
class WorkspaceModel;
class WorkspaceTransfers;
class WorkspaceView;

// The Workspace area: the tree with its toolbar and preview once connected.
// While attached it owns the workspace model and the imports and exports of
// the tree (WorkspaceTransfers, on the workspace's transfer queue).
class WorkspacePage : public AreaPage
{
    Q_OBJECT

public:
    explicit WorkspacePage(QWidget *parent = nullptr);
    ~WorkspacePage() override;

    WorkspaceBrowser *browser() const { return m_browser; }
    WorkspaceView *view() const;
    NotebookPreview *preview() const;
    // Null while detached.
    WorkspaceModel *model() const { return m_model; }
    WorkspaceTransfers *transfers() const { return m_transfers; }
    // Import… (Ctrl+I) and Export… (Ctrl+E) emit importRequested() and
    // exportRequested(); they stay disabled until something connects there.
    QAction *importAction() const;
    QAction *exportAction() const;
    // Lists the folders down to the workspace path `target` and selects it.
    void reveal(const QString &target) override;

signals:
    // The folder to import into.
    void importRequested(const QString &folderPath);
    // The workspace paths to export.
    void exportRequested(const QStringList &paths);

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void onAttached(const AreaContext &context) override;
    void onDetached() override;

private:
    WorkspaceBrowser *m_browser;
    WorkspaceModel *m_model = nullptr;
    WorkspaceTransfers *m_transfers = nullptr;
};

} // namespace brickdesk
