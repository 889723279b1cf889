#pragma once

#include "core/net/apierror.h"
#include "core/transfers/conflictresolver.h"
#include "core/transfers/transfer.h"
#include "core/workspace/importformat.h"

#include <QByteArray>
#include <QPointer>

#include <memory>

namespace brickdesk {

class ApiCall;
class ApiClient;
class WorkspaceService;

// Imports one local file (ImportItem) into the workspace: reads it on a
// worker thread, checks the 10 MB notebook limit before sending, and sends
// one import request.
//
// - An existing target goes to the ConflictResolver: Overwrite re-sends with
//   overwrite=true, KeepBoth imports as "name (2)" (the first free number),
//   Skip ends with "Skipped: … already exists". Without a resolver, existing
//   targets are skipped. DBC archives cannot overwrite (the API refuses):
//   they offer KeepBoth and Skip only.
// - A missing parent folder is created with mkdirs and the import retried
//   once.
// - Cancelling stops the read and the request. An import is a single
//   request, so the workspace ends up with the whole object or none of it;
//   a request already answered may still have landed.
//
// Messages (message()) say why an item failed or was skipped, in the words
// the transfer panel and the summary show.
class WorkspaceImportTransfer : public Transfer
{
    Q_OBJECT

public:
    // `resolver` may be shared by the whole batch (it is what "apply to all"
    // applies to) and must outlive the transfer, or be null.
    WorkspaceImportTransfer(ApiClient *client, const ImportItem &item,
                            ConflictResolver *resolver = nullptr, QObject *parent = nullptr);
    ~WorkspaceImportTransfer() override;

    const ImportItem &item() const { return m_item; }
    // Where the object landed; differs from item().remotePath after KeepBoth.
    QString importedPath() const { return m_importedPath; }

protected:
    void run() override;
    void abort() override;
    void reset() override;

private:
    void onRead(const QByteArray &content, const QString &error);
    void sendImport(bool overwrite);
    void onImported(const std::optional<ApiError> &error, bool overwrite);
    void onConflict();
    void findFreeName(int number);
    void createParentAndRetry(bool overwrite);
    QString describe(const ApiError &error) const;

    std::unique_ptr<WorkspaceService> m_service;
    ImportItem m_item;
    QPointer<ConflictResolver> m_resolver;
    QPointer<ApiCall> m_call;
    QByteArray m_content;
    QString m_importedPath;
    bool m_parentCreated = false;
};

} // namespace brickdesk
