#pragma once

#include "core/net/apierror.h"
#include "core/transfers/conflictresolver.h"
#include "core/transfers/transfer.h"
#include "core/workspace/workspaceobject.h"

#include <QPointer>

#include <atomic>
#include <memory>

namespace brickdesk {

class ApiCall;
class ApiClient;
class WorkspaceService;

// Exports one workspace object to one local file: a notebook in SOURCE,
// HTML, JUPYTER, DBC or R_MARKDOWN, a workspace file as its raw bytes, or a
// whole folder as one DBC archive (format "DBC" on a DIRECTORY object).
// See ExportFormat for names and formats.
//
// - The file is written through QSaveFile on a worker thread: a temporary
//   file in the target folder, renamed over the target only when complete.
//   Cancelling, failing or deleting the transfer never leaves a partial file
//   or a temporary file behind.
// - An existing local file goes to the ConflictResolver: Overwrite replaces
//   it (atomically), KeepBoth writes "name (2).ext", Skip leaves it. Without
//   a resolver, existing files are skipped.
// - MAX_NOTEBOOK_SIZE_EXCEEDED and other API errors fail the transfer with
//   the reason.
// The target folder must exist (WorkspaceFolderExport creates its tree).
class WorkspaceExportTransfer : public Transfer
{
    Q_OBJECT

public:
    // `localPath` is the full path of the file to write, already safe
    // (LocalNames). `format` as in ExportFormat; files ignore it.
    WorkspaceExportTransfer(ApiClient *client, const WorkspaceObject &object, const QString &format,
                            const QString &localPath, ConflictResolver *resolver = nullptr,
                            QObject *parent = nullptr);
    ~WorkspaceExportTransfer() override;

    const WorkspaceObject &object() const { return m_object; }
    QString format() const { return m_format; }
    // Where the file was written; differs from target() after KeepBoth.
    QString writtenPath() const { return m_writtenPath; }

protected:
    void run() override;
    void abort() override;
    void reset() override;

private:
    void onExistsChecked(bool exists);
    void startExport();
    void onExported(const std::optional<ApiError> &error, const QByteArray &content);
    void onWritten(const QString &error);
    QString describe(const ApiError &error) const;

    std::unique_ptr<WorkspaceService> m_service;
    WorkspaceObject m_object;
    QString m_format;
    QString m_writtenPath;
    QPointer<ConflictResolver> m_resolver;
    QPointer<ApiCall> m_call;
    // Shared with the writing worker: set when the write must not commit.
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace brickdesk
