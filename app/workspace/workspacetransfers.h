#pragma once

#include "app/workspace/exportdialog.h"
#include "core/transfers/conflictresolver.h"
#include "core/workspace/workspaceimportplanner.h"

#include <QObject>
#include <QPair>
#include <QPointer>

class QDropEvent;
class QMimeData;

namespace brickdesk {

class ExportDialog;
class ImportDialog;
class Transfer;
class TransferQueue;
class WorkspaceView;

// Imports and exports of the workspace tree: answers the view's Import…
// and Export… requests and desktop drops on the tree with the dialogs,
// queues what they return on the workspace's transfer queue, and lists the
// target folder again once an import has ended. Drops are seen through an
// event filter on the view's viewport; drags that carry no local files pass
// through to the view untouched.
class WorkspaceTransfers : public QObject
{
    Q_OBJECT

public:
    // Neither is owned; both outlive this (it is a child of the view).
    WorkspaceTransfers(WorkspaceView *view, TransferQueue *queue);
    ~WorkspaceTransfers() override;

    // The dialogs open now, if any (tests fill and accept them).
    ImportDialog *importDialog() const;
    ExportDialog *exportDialog() const;

    // Opens (or raises) the import dialog for `folder`, with `localPaths`
    // listed; without paths, the file pickers are the user's to press.
    ImportDialog *openImport(const QString &folder, const QStringList &localPaths = {});
    ExportDialog *openExport(const QStringList &paths);

    // Queues the plan / the request, as the dialogs do on accept.
    void startImport(const ImportPlan &plan, ConflictResolver::Policy policy);
    void startExport(const ExportRequest &request);

signals:
    // An import ended: every item of it finished. `summary` says how it went
    // ("Imported 10 items into /Users/me · 1 skipped · 2 failed").
    void importFinished(const QString &folder, const QString &summary);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct ImportWatch;

    static QStringList localPathsOf(const QMimeData *mime);
    QString dropFolder(const QPoint &pos) const;
    QList<WorkspaceObject> objectsFor(const QStringList &paths) const;
    ConflictResolver *askingResolver(ConflictResolver::Policy policy);
    void watchImport(Transfer *batch, const ImportPlan &plan);
    void onInserted();
    void checkImport(ImportWatch *watch);
    void finishImport(ImportWatch *watch);
    void showTransfers(const QString &status);

    WorkspaceView *m_view;
    QPointer<TransferQueue> m_queue;
    QPointer<ImportDialog> m_importDialog;
    QPointer<ExportDialog> m_exportDialog;
    QList<ImportWatch *> m_imports;
    QPair<int, int> m_inserting{-1, -1}; // rows the queue is adding
};

} // namespace brickdesk
