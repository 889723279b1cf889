#include "core/workspace/workspaceimporttransfer.h"

#include "core/net/apicall.h"
#include "core/net/apiclient.h"
#include "core/transfers/backgroundtask.h"
#include "core/transfers/conflictresolver.h"
#include "core/transfers/localnames.h"
#include "core/workspace/workspaceservice.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

struct ReadResult
{
    QByteArray content;
    QString error;
};

// The size import's base64 `content` field will have: that is what the
// API's 10 MB limit counts.
qint64 encodedSize(qint64 bytes)
{
    return (bytes + 2) / 3 * 4;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString parentOf(const QString &remotePath)
{
    const qsizetype slash = remotePath.lastIndexOf(u'/');
    return slash <= 0 ? u"/"_s : remotePath.left(slash);
}

} // namespace

WorkspaceImportTransfer::WorkspaceImportTransfer(ApiClient *client, const ImportItem &item,
                                                 ConflictResolver *resolver, QObject *parent)
    : Transfer(Direction::Upload, QFileInfo(item.localPath).fileName(), item.localPath,
               item.remotePath, parent)
    , m_service(std::make_unique<WorkspaceService>(client))
    , m_item(item)
    , m_resolver(resolver)
    , m_importedPath(item.remotePath)
{
    if (item.size >= 0)
        setBytesTotal(item.size);
}

WorkspaceImportTransfer::~WorkspaceImportTransfer()
{
    closeRunScope();
    if (m_call)
        m_call->cancel();
}

void WorkspaceImportTransfer::run()
{
    m_importedPath = m_item.remotePath;
    m_parentCreated = false;
    setStatusMessage(tr("Reading…"));
    runInBackground(
        runScope(),
        [path = m_item.localPath] {
            ReadResult result;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                result.error = file.errorString();
            else
                result.content = file.readAll();
            if (file.error() != QFileDevice::NoError && result.error.isEmpty())
                result.error = file.errorString();
            return result;
        },
        [this](const ReadResult &result) { onRead(result.content, result.error); });
}

void WorkspaceImportTransfer::onRead(const QByteArray &content, const QString &error)
{
    if (!error.isEmpty()) {
        fail(tr("Could not read %1: %2").arg(m_item.localPath, error));
        return;
    }
    setBytesTotal(content.size());
    // Notebooks and archives travel base64-encoded in one JSON request;
    // refusing here saves sending megabytes only to be told so.
    if (m_item.kind != ImportKind::File &&
        encodedSize(content.size()) > WorkspaceService::kMaxContentBytes) {
        fail(tr("Notebook is %1 MB (%2 MB encoded); the workspace accepts at most 10 MB")
                 .arg(megabytes(content.size()), megabytes(encodedSize(content.size()))));
        return;
    }
    m_content = content;
    sendImport(false);
}

void WorkspaceImportTransfer::sendImport(bool overwrite)
{
    setStatusMessage(overwrite ? tr("Replacing %1…").arg(m_importedPath) : QString());
    const auto done = [this, overwrite](const std::optional<ApiError> &error) {
        onImported(error, overwrite);
    };
    if (m_item.kind == ImportKind::File) {
        // Workspace files go as raw bytes, as the CLI sends them.
        m_call = m_service->importFile(m_importedPath, m_content, overwrite, runScope(), done);
    } else {
        WorkspaceService::Import import;
        import.path = m_importedPath;
        import.format = m_item.format;
        // The API takes a language with SOURCE only.
        if (m_item.format == "SOURCE"_L1)
            import.language = m_item.language;
        import.content = m_content;
        import.overwrite = overwrite;
        m_call = m_service->importObject(import, runScope(), done);
    }
    if (m_call) {
        const qint64 size = m_content.size();
        connect(m_call, &ApiCall::uploadProgress, runScope(),
                [this, size](qint64 sent, qint64 total) {
                    // The body is the encoded content plus a little JSON: scale it
                    // to the file's own size.
                    if (total > 0 && isRunning())
                        setBytesDone(std::min(size, sent * size / total));
                });
    }
}

void WorkspaceImportTransfer::onImported(const std::optional<ApiError> &error, bool overwrite)
{
    m_call = nullptr;
    if (!error) {
        m_content.clear();
        succeed();
        return;
    }
    // Our own cancel never gets here (its run scope is gone): a cancelled
    // call now was stopped by someone else, the client going away.
    // "x already exists and it is not a folder": a file sits where a
    // parent folder should be; no choice of the user's can fix that here.
    const bool parentIsFile = error->message.contains("not a folder"_L1);
    if (error->isAlreadyExists() && !parentIsFile) {
        if (overwrite) {
            // Overwriting only fails on a folder: imports never replace one.
            fail(tr("A folder exists at %1; it cannot be replaced by a file").arg(m_importedPath));
            return;
        }
        onConflict();
        return;
    }
    // The import API answers 404 only for a missing parent folder.
    if (error->isNotFound() && !m_parentCreated) {
        createParentAndRetry(overwrite);
        return;
    }
    fail(describe(*error));
}

void WorkspaceImportTransfer::onConflict()
{
    if (!m_resolver) {
        skip(tr("Skipped: exists at %1").arg(m_importedPath));
        return;
    }
    ConflictResolver::Question question;
    question.name = WorkspaceObject::nameFromPath(m_importedPath);
    question.target = m_importedPath;
    question.canKeepBoth = true;
    setStatusMessage(tr("Waiting: %1 already exists").arg(m_importedPath));
    m_resolver->resolve(question, runScope(), [this](ConflictChoice choice) {
        switch (choice) {
        case ConflictChoice::Skip:
            skip(tr("Skipped: exists at %1").arg(m_importedPath));
            return;
        case ConflictChoice::Overwrite:
            if (m_item.format == "DBC"_L1) {
                fail(tr("A DBC archive cannot replace %1; remove it first or import under "
                        "another name")
                         .arg(m_importedPath));
                return;
            }
            sendImport(true);
            return;
        case ConflictChoice::KeepBoth:
            findFreeName(2);
            return;
        }
    });
}

void WorkspaceImportTransfer::findFreeName(int number)
{
    // Numbered like local copies ("report (2).csv", "Notebook (2)"); the
    // first number nobody uses wins. Should another import take it
    // meanwhile, the import reports the conflict again.
    const QString candidate = ImportFormat::joinRemote(
        parentOf(m_item.remotePath),
        LocalNames::numbered(WorkspaceObject::nameFromPath(m_item.remotePath), number));
    setStatusMessage(tr("Looking for a free name…"));
    m_call = m_service->getStatus(
        candidate, runScope(),
        [this, candidate, number](const std::optional<ApiError> &error, const WorkspaceObject &) {
            m_call = nullptr;
            if (!error) {
                if (number >= 1000) {
                    fail(tr("No free name for %1").arg(m_item.remotePath));
                    return;
                }
                findFreeName(number + 1);
            } else if (error->isNotFound()) {
                m_importedPath = candidate;
                sendImport(false);
            } else {
                fail(describe(*error));
            }
        });
}

void WorkspaceImportTransfer::createParentAndRetry(bool overwrite)
{
    m_parentCreated = true;
    const QString parent = parentOf(m_importedPath);
    setStatusMessage(tr("Creating folder %1…").arg(parent));
    m_call = m_service->mkdirs(parent, runScope(),
                               [this, overwrite](const std::optional<ApiError> &error) {
                                   m_call = nullptr;
                                   if (error) {
                                       fail(tr("Could not create the folder for %1: %2")
                                                .arg(m_importedPath, describe(*error)));
                                       return;
                                   }
                                   sendImport(overwrite);
                               });
}

QString WorkspaceImportTransfer::describe(const ApiError &error) const
{
    if (error.errorCode == "MAX_NOTEBOOK_SIZE_EXCEEDED"_L1)
        return tr("Notebook is %1 MB; the workspace accepts at most 10 MB")
            .arg(megabytes(m_content.size()));
    if (error.httpStatus == 403)
        return tr("No permission to write %1: %2").arg(m_importedPath, error.message);
    // The API error names only the endpoint; in a folder import many rows
    // may share a name, so say which object.
    return tr("Could not import %1: %2").arg(m_importedPath, error.toString());
}

void WorkspaceImportTransfer::abort()
{
    closeRunScope();
    m_content.clear();
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
}

void WorkspaceImportTransfer::reset()
{
    m_content.clear();
    m_importedPath = m_item.remotePath;
}

} // namespace brickdesk
