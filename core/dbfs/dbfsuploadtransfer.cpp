#include "core/dbfs/dbfsuploadtransfer.h"

#include "core/net/apicall.h"
#include "core/net/apiclient.h"
#include "core/net/logging.h"
#include "core/transfers/backgroundtask.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QMutex>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace brickdesk {

namespace {

// Progress is reported in steps of this much, so a gigabyte does not turn
// into tens of thousands of repaints.
constexpr qint64 kProgressStep = 256 * 1024;

QString randomTag()
{
    return QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');
}

QString siblingPath(const QString &targetPath, const QString &tag, QLatin1StringView suffix)
{
    const QString name = DbfsFileInfo::nameFromPath(targetPath);
    return DbfsService::childPath(DbfsService::parentPath(targetPath),
                                  u'.' + name + ".brickdesk-"_L1 + tag + suffix);
}

// The multipart body of a put. The file part streams from the file as the
// request is sent; opening it here runs on the GUI thread, which is where
// QNetworkAccessManager takes its body devices.
bool isTransientFailure(const ApiError &error)
{
    return error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout ||
           (error.kind == ApiError::Kind::Http && error.httpStatus >= 500);
}

} // namespace

// The local file, opened on first use by a worker and read at explicit
// offsets, one task at a time.
struct DbfsUploadTransfer::Source
{
    explicit Source(const QString &filePath)
        : path(filePath)
    {}
    QMutex mutex;
    QString path;
    std::unique_ptr<QFile> file;

    Block read(qint64 offset, qint64 bytes, qint64 handle)
    {
        QMutexLocker lock(&mutex);
        Block block;
        block.offset = offset;
        if (!file) {
            file = std::make_unique<QFile>(path);
            if (!file->open(QIODevice::ReadOnly)) {
                block.error = file->errorString();
                file.reset();
                return block;
            }
        }
        if (!file->seek(offset)) {
            block.error = file->errorString();
            return block;
        }
        const QByteArray data = file->read(bytes);
        if (file->error() != QFileDevice::NoError) {
            block.error = file->errorString();
            return block;
        }
        block.size = data.size();
        if (block.size > 0)
            block.body = DbfsService::addBlockBody(handle, data);
        return block;
    }
};

DbfsUploadTransfer::DbfsUploadTransfer(ApiClient *client, const QString &localPath, qint64 size,
                                       const QString &targetPath, bool replace,
                                       const Options &options, QObject *parent)
    : Transfer(Direction::Upload, DbfsFileInfo::nameFromPath(DbfsService::apiPath(targetPath)),
               localPath, DbfsService::displayPath(targetPath), parent)
    , m_client(client)
    , m_localPath(localPath)
    , m_size(size)
    , m_targetPath(DbfsService::apiPath(targetPath))
    , m_replace(replace)
    , m_options(options)
{
    m_options.blockBytes = std::clamp<qint64>(m_options.blockBytes, 1, DbfsService::kMaxBlockBytes);
    setBytesTotal(size);
}

DbfsUploadTransfer::~DbfsUploadTransfer()
{
    // Destroyed mid-way (the workspace closed): leave nothing behind.
    if (isRunning()) {
        closeRunScope();
        cleanUp();
    }
}

QString DbfsUploadTransfer::temporaryPathFor(const QString &targetPath, const QString &tag)
{
    return siblingPath(DbfsService::apiPath(targetPath), tag, ".part"_L1);
}

bool DbfsUploadTransfer::isTemporaryName(const QString &name)
{
    static const QRegularExpression pattern(u"^\\..+\\.brickdesk-[0-9a-f]{8}\\.(part|old)$"_s);
    return pattern.match(name).hasMatch();
}

void DbfsUploadTransfer::run()
{
    m_restarts = 0;
    m_tag = randomTag();
    m_temporaryPath.clear();
    m_asidePath.clear();
    m_inPlace = false;
    setBytesTotal(m_size);
    if (!m_blockedReason.isEmpty()) {
        fail(m_blockedReason);
        return;
    }
    if (!m_skippedReason.isEmpty()) {
        skip(m_skippedReason);
        return;
    }
    if (!m_client) {
        fail(tr("The workspace is not connected"));
        return;
    }
    if (usesBlocks()) {
        startBlocks();
    } else if (m_replace) {
        m_temporaryPath = temporaryPathFor(m_targetPath, m_tag);
        putFile(m_temporaryPath, true);
    } else {
        // A multipart put creates the file only once the whole request has
        // arrived, so a new file can go straight to its name.
        putFile(m_targetPath, false);
    }
}

void DbfsUploadTransfer::abort()
{
    closeRunScope();
    cleanUp();
}

void DbfsUploadTransfer::reset()
{
    m_restarts = 0;
}

void DbfsUploadTransfer::track(ApiCall *call, qint64 base, qint64 span)
{
    if (!call)
        return;
    connect(call, &ApiCall::uploadProgress, runScope(),
            [this, base, span](qint64 sent, qint64 total) {
                if (total <= 0)
                    return;
                const qint64 done = base + span * std::min(sent, total) / total;
                if (done - bytesDone() >= kProgressStep || done < bytesDone())
                    setBytesDone(done);
            });
}

void DbfsUploadTransfer::putFile(const QString &path, bool overwrite)
{
    setStatusMessage({});
    // A new file's "already exists" after a repeated put is checked in
    // onPutDone().
    const auto request = DbfsService::putFileRequest(m_localPath, path, overwrite);
    const bool direct = !overwrite;
    m_call = m_client->send(request, runScope(), [this, direct](const ApiReply &reply) {
        m_call = nullptr;
        onPutDone(reply, direct);
    });
    track(m_call, 0, m_size);
}

void DbfsUploadTransfer::onPutDone(const ApiReply &reply, bool direct)
{
    if (reply.ok()) {
        if (direct)
            succeed();
        else
            moveIntoPlace();
        return;
    }
    const ApiError error = reply.error();
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    if (direct && error.isAlreadyExists() && reply.attempts() > 1) {
        // An earlier attempt arrived but its answer was lost; if the file
        // there has our size, it is ours.
        m_call = DbfsService(m_client).getStatus(
            m_targetPath, runScope(),
            [this, error](const std::optional<ApiError> &statusError, const DbfsFileInfo &info) {
                m_call = nullptr;
                if (!statusError && !info.isDir && info.size == m_size)
                    succeed();
                else
                    failWith(describe(error));
            });
        return;
    }
    failWith(describe(error));
}

void DbfsUploadTransfer::startBlocks()
{
    m_temporaryPath = temporaryPathFor(m_targetPath, m_tag);
    // Reopened on every start, so a restart reads the file as it is now.
    m_source = std::make_shared<Source>(m_localPath);
    m_handle = 0;
    m_nextReadOffset = 0;
    m_sentBytes = 0;
    m_ready.clear();
    m_reading = false;
    m_readAll = false;
    m_sending = false;
    setBytesDone(0);
    // Overwrite: a temporary name left by an earlier attempt is ours.
    m_call =
        DbfsService(m_client).create(m_temporaryPath, true, runScope(),
                                     [this](const std::optional<ApiError> &error, qint64 handle) {
                                         m_call = nullptr;
                                         if (error) {
                                             if (error->kind != ApiError::Kind::Cancelled)
                                                 failWith(describe(*error));
                                             return;
                                         }
                                         m_handle = handle;
                                         pumpBlocks();
                                     });
}

void DbfsUploadTransfer::pumpBlocks()
{
    // At most two blocks exist at once: the one on the wire and the next.
    if (!m_reading && !m_readAll && m_ready.size() + (m_sending ? 1 : 0) < 2)
        readBlock();
    if (!m_sending && !m_ready.isEmpty())
        sendBlock(m_ready.takeFirst());
    else if (!m_sending && !m_reading && m_readAll && m_ready.isEmpty())
        closeHandle();
}

void DbfsUploadTransfer::readBlock()
{
    m_reading = true;
    const qint64 offset = m_nextReadOffset;
    m_nextReadOffset += m_options.blockBytes;
    runInBackground(
        runScope(),
        [source = m_source, offset, bytes = m_options.blockBytes, handle = m_handle] {
            return source->read(offset, bytes, handle);
        },
        [this](Block block) {
            m_reading = false;
            if (!block.error.isEmpty()) {
                failWith(tr("Could not read %1: %2").arg(m_localPath, block.error));
                return;
            }
            // A short block is the end of the file (an empty one too).
            if (block.size < m_options.blockBytes)
                m_readAll = true;
            if (block.size > 0)
                m_ready.append(std::move(block));
            pumpBlocks();
        });
}

void DbfsUploadTransfer::sendBlock(Block block)
{
    m_sending = true;
    const qint64 size = block.size;
    const qint64 base = m_sentBytes;
    m_call = m_client->send(DbfsService::addBlockRequest(std::exchange(block.body, {})), runScope(),
                            [this, size](const ApiReply &reply) {
                                m_call = nullptr;
                                m_sending = false;
                                if (!reply.ok()) {
                                    restartOrFail(reply.error());
                                    return;
                                }
                                m_sentBytes += size;
                                setBytesDone(m_sentBytes);
                                pumpBlocks();
                            });
    track(m_call, base, size);
}

void DbfsUploadTransfer::closeHandle()
{
    m_source.reset();
    m_call = DbfsService(m_client).close(m_handle, runScope(),
                                         [this](const std::optional<ApiError> &error) {
                                             m_call = nullptr;
                                             if (error) {
                                                 restartOrFail(*error);
                                                 return;
                                             }
                                             m_handle = 0;
                                             moveIntoPlace();
                                         });
}

void DbfsUploadTransfer::restartOrFail(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    // An add-block is never repeated by the client (the block would be
    // appended twice), and a handle idle for too long is gone (404): both
    // are recovered by sending the whole file again on a new handle.
    const bool recoverable = error.isNotFound() || isTransientFailure(error);
    if (!recoverable || m_restarts >= m_options.maxRestarts) {
        failWith(describe(error));
        return;
    }
    ++m_restarts;
    // Whatever the old handle's calls still answer is dropped with its scope.
    restartRunScope();
    m_call = nullptr;
    setStatusMessage(error.isNotFound()
                         ? tr("The upload stream expired; sending the file again")
                         : tr("The connection was interrupted; sending the file again"));
    startBlocks();
}

void DbfsUploadTransfer::moveIntoPlace()
{
    setBytesDone(std::max(m_sentBytes, m_size));
    if (m_replace)
        setOldAside();
    else
        moveTemporary();
}

void DbfsUploadTransfer::setOldAside()
{
    // Moved aside rather than deleted: until the new file is in place the
    // old one still exists, and it comes back if the last move fails.
    m_asidePath = siblingPath(m_targetPath, m_tag, ".old"_L1);
    m_call = DbfsService(m_client).move(m_targetPath, m_asidePath, runScope(),
                                        [this](const std::optional<ApiError> &error) {
                                            m_call = nullptr;
                                            if (error && error->kind == ApiError::Kind::Cancelled)
                                                return;
                                            if (error) {
                                                m_asidePath.clear();
                                                // Deleted meanwhile: nothing to set aside.
                                                if (error->isNotFound()) {
                                                    moveTemporary();
                                                    return;
                                                }
                                                failWith(describe(*error));
                                                return;
                                            }
                                            moveTemporary();
                                        });
}

void DbfsUploadTransfer::moveTemporary()
{
    m_call = DbfsService(m_client).move(
        m_temporaryPath, m_targetPath, runScope(), [this](const std::optional<ApiError> &error) {
            m_call = nullptr;
            if (!error) {
                m_temporaryPath.clear();
                finishReplaced();
                return;
            }
            if (error->kind == ApiError::Kind::Cancelled)
                return;
            if (!isTransientFailure(*error)) {
                failWith(error->isAlreadyExists()
                             ? tr("%1 was created by someone else during the upload")
                                   .arg(DbfsService::displayPath(m_targetPath))
                             : describe(*error));
                return;
            }
            // The move may have happened with its answer lost: if the
            // temporary file is gone and the target has our size, it did.
            const ApiError moveError = *error;
            m_call = DbfsService(m_client).getStatus(
                m_targetPath, runScope(),
                [this, moveError](const std::optional<ApiError> &statusError,
                                  const DbfsFileInfo &info) {
                    m_call = nullptr;
                    if (statusError || info.isDir || info.size != bytesTotal()) {
                        failWith(describe(moveError));
                        return;
                    }
                    DbfsService(m_client).getStatus(
                        m_temporaryPath, runScope(),
                        [this, moveError](const std::optional<ApiError> &tempError,
                                          const DbfsFileInfo &) {
                            if (tempError && tempError->isNotFound()) {
                                m_temporaryPath.clear();
                                finishReplaced();
                            } else {
                                failWith(describe(moveError));
                            }
                        });
                });
        });
}

void DbfsUploadTransfer::finishReplaced()
{
    m_inPlace = true;
    if (m_asidePath.isEmpty()) {
        succeed();
        return;
    }
    // The new file is in place; the transfer ends once the old one is gone
    // too, so a finished upload leaves no hidden file behind. Failing to
    // delete it does not undo the upload.
    m_call = DbfsService(m_client).remove(
        m_asidePath, false, runScope(), [this](const std::optional<ApiError> &error) {
            m_call = nullptr;
            if (error && error->kind == ApiError::Kind::Cancelled)
                return;
            if (error)
                qCWarning(lcNet).noquote()
                    << "could not delete the replaced file" << m_asidePath << error->toString();
            m_asidePath.clear();
            succeed();
        });
}

void DbfsUploadTransfer::restoreSetAside()
{
    if (m_asidePath.isEmpty() || !m_client)
        return;
    // Bound to the client, not to this transfer: the cleanup must finish
    // even if the transfer is removed from the panel right away. Once the
    // new file is in place the old one is only in the way.
    if (m_inPlace)
        DbfsService(m_client).remove(std::exchange(m_asidePath, {}), false, m_client,
                                     [](const std::optional<ApiError> &) {});
    else
        DbfsService(m_client).move(std::exchange(m_asidePath, {}), m_targetPath, m_client,
                                   [](const std::optional<ApiError> &) {});
}

void DbfsUploadTransfer::failWith(const QString &reason)
{
    closeRunScope();
    cleanUp();
    fail(reason);
}

void DbfsUploadTransfer::cleanUp()
{
    if (ApiCall *call = std::exchange(m_call, nullptr).data())
        call->cancel();
    m_source.reset();
    m_ready.clear();
    m_reading = m_sending = false;
    restoreSetAside();
    if (!m_temporaryPath.isEmpty() && m_client) {
        // Best effort, bound to the client so it outlives this transfer.
        // The stream's handle is left to expire on the server.
        DbfsService(m_client).remove(std::exchange(m_temporaryPath, {}), false, m_client,
                                     [](const std::optional<ApiError> &) {});
    }
}

QString DbfsUploadTransfer::describe(const ApiError &error) const
{
    if (error.isAlreadyExists())
        return tr("%1 already exists").arg(DbfsService::displayPath(m_targetPath));
    if (error.isNotFound() && m_handle != 0)
        return tr("The upload stream of %1 expired").arg(DbfsService::displayPath(m_targetPath));
    // The API error names only the endpoint ("POST /api/2.0/dbfs/create");
    // in a tree upload many rows share a file name, so say which file.
    return tr("Could not upload %1: %2")
        .arg(DbfsService::displayPath(m_targetPath), error.toString());
}

} // namespace brickdesk
