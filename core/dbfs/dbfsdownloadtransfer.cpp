#include "core/dbfs/dbfsdownloadtransfer.h"

#include "core/net/apicall.h"
#include "core/net/apiclient.h"
#include "core/transfers/backgroundtask.h"

#include <QMutex>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace brickdesk {

// The local file being written, used by one worker task at a time. Written
// under a temporary name by QSaveFile; without commit() it is removed.
struct DbfsDownloadTransfer::Sink
{
    explicit Sink(const QString &filePath)
        : path(filePath)
    {}
    ~Sink() { discard(); }

    QMutex mutex;
    QString path;
    std::unique_ptr<QSaveFile> file;

    // Opens on first use, so an empty file is created too.
    bool ensureOpen(QString *error)
    {
        if (file)
            return true;
        file = std::make_unique<QSaveFile>(path);
        if (file->open(QIODevice::WriteOnly))
            return true;
        *error = file->errorString();
        file.reset();
        return false;
    }

    Written write(const QByteArray &answer)
    {
        QMutexLocker lock(&mutex);
        Written written;
        const std::optional<QByteArray> data = DbfsService::parseRead(answer);
        if (!data) {
            written.malformed = true;
            return written;
        }
        if (!ensureOpen(&written.error))
            return written;
        if (file->write(*data) != data->size()) {
            written.error = file->errorString();
            return written;
        }
        written.bytes = data->size();
        return written;
    }

    QString commit()
    {
        QMutexLocker lock(&mutex);
        QString error;
        if (!ensureOpen(&error))
            return error;
        if (!file->commit())
            error = file->errorString();
        file.reset();
        return error;
    }

    void discard()
    {
        QMutexLocker lock(&mutex);
        if (file) {
            file->cancelWriting();
            file.reset(); // removes the temporary file
        }
    }
};

DbfsDownloadTransfer::DbfsDownloadTransfer(ApiClient *client, const DbfsFileInfo &file,
                                           const QString &localPath, const Options &options,
                                           QObject *parent)
    : Transfer(Direction::Download, file.name, DbfsService::displayPath(file.path), localPath,
               parent)
    , m_client(client)
    , m_remotePath(file.path)
    , m_size(file.size)
    , m_localPath(localPath)
    , m_options(options)
{
    m_options.chunkBytes = std::clamp<qint64>(m_options.chunkBytes, 1, DbfsService::kMaxReadBytes);
    m_options.readsInFlight = std::max(1, m_options.readsInFlight);
    setBytesTotal(file.size);
}

DbfsDownloadTransfer::~DbfsDownloadTransfer()
{
    closeRunScope();
    discard();
}

void DbfsDownloadTransfer::run()
{
    m_reads.clear();
    m_received.clear();
    m_nextOffset = 0;
    m_writeOffset = 0;
    m_writing = false;
    m_sawEnd = false;
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
    m_sink = std::make_shared<Sink>(m_localPath);
    pump();
}

void DbfsDownloadTransfer::abort()
{
    closeRunScope();
    discard();
}

void DbfsDownloadTransfer::pump()
{
    // Read ahead while few chunks wait; past the listed size only one read
    // at a time, to find the real end without racing past it.
    const int window = m_options.readsInFlight;
    while (!m_sawEnd && m_reads.size() < window &&
           m_reads.size() + m_received.size() < window + 1) {
        const bool pastListedSize = m_nextOffset > 0 && m_nextOffset >= m_size;
        if (pastListedSize && (!m_reads.isEmpty() || !m_received.isEmpty() || m_writing))
            break;
        sendRead(m_nextOffset);
        m_nextOffset += m_options.chunkBytes;
    }
    if (!m_writing && m_received.contains(m_writeOffset))
        writeNext();
}

void DbfsDownloadTransfer::sendRead(qint64 offset)
{
    ApiCall *call = m_client->send(
        DbfsService::readRequest(m_remotePath, offset, m_options.chunkBytes), runScope(),
        [this, offset](const ApiReply &reply) {
            m_reads.remove(offset);
            if (!reply.ok()) {
                if (reply.error().kind == ApiError::Kind::Cancelled)
                    return;
                const ApiError &error = reply.error();
                failWith(error.isNotFound()
                             ? tr("%1 no longer exists").arg(DbfsService::displayPath(m_remotePath))
                             // The API error names only the endpoint; in a
                             // tree download many rows share a file name.
                             : tr("Could not download %1: %2")
                                   .arg(DbfsService::displayPath(m_remotePath), error.toString()));
                return;
            }
            if (!m_sawEnd)
                m_received.insert(offset, reply.body());
            pump();
        });
    m_reads.insert(offset, call);
}

void DbfsDownloadTransfer::writeNext()
{
    m_writing = true;
    const qint64 offset = m_writeOffset;
    const QByteArray answer = m_received.take(offset);
    runInBackground(
        runScope(), [sink = m_sink, answer] { return sink->write(answer); },
        [this, offset](const Written &written) {
            m_writing = false;
            if (written.malformed) {
                failWith(tr("The server sent an invalid answer for %1")
                             .arg(DbfsService::displayPath(m_remotePath)));
                return;
            }
            if (written.bytes < 0) {
                failWith(tr("Could not write %1: %2").arg(m_localPath, written.error));
                return;
            }
            m_writeOffset = offset + written.bytes;
            setBytesDone(m_writeOffset);
            if (written.bytes < m_options.chunkBytes) {
                // A short read is the end of the file; reads beyond it are moot.
                m_sawEnd = true;
                for (const QPointer<ApiCall> &call : std::exchange(m_reads, {}))
                    if (call)
                        call->cancel();
                m_received.clear();
                commit();
                return;
            }
            pump();
        });
}

void DbfsDownloadTransfer::commit()
{
    setStatusMessage(tr("Saving…"));
    runInBackground(
        runScope(), [sink = m_sink] { return sink->commit(); },
        [this](const QString &error) {
            m_sink.reset();
            if (!error.isEmpty()) {
                failWith(tr("Could not save %1: %2").arg(m_localPath, error));
                return;
            }
            if (m_writeOffset != bytesTotal())
                setBytesTotal(m_writeOffset); // the file changed since it was listed
            succeed();
        });
}

void DbfsDownloadTransfer::failWith(const QString &reason)
{
    closeRunScope();
    discard();
    fail(reason);
}

void DbfsDownloadTransfer::discard()
{
    for (const QPointer<ApiCall> &call : std::exchange(m_reads, {}))
        if (call)
            call->cancel();
    m_received.clear();
    m_writing = false;
    // Behind any write still running (the sink's lock orders them), so the
    // half-written temporary file is removed after its last write.
    if (std::shared_ptr<Sink> sink = std::exchange(m_sink, {}))
        runInBackground([sink] { sink->discard(); });
}

} // namespace brickdesk
