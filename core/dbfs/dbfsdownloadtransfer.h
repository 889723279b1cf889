#pragma once

#include "core/dbfs/dbfsfileinfo.h"
#include "core/dbfs/dbfsservice.h"
#include "core/transfers/transfer.h"

#include <QList>
#include <QMap>
#include <QPointer>

#include <memory>

namespace brickdesk {

class ApiCall;
class ApiClient;
class ApiReply;

// Downloads one DBFS file to a local path with sequential `read` calls of up
// to 1 MB, three in flight to hide the round trip, written in
// order. Parsing, base64 decoding and writing run on a worker thread, into a
// QSaveFile: the file appears under its name only once complete (replacing
// an existing one in one step), and a failed or cancelled download leaves
// nothing. At most a few chunks are held in memory whatever the file size.
class DbfsDownloadTransfer : public Transfer
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 chunkBytes = DbfsService::kMaxReadBytes;
        // Three keep the server busy while a worker decodes and writes.
        int readsInFlight = 3;
    };

    // `file.size` (from the listing) sizes the read-ahead and the progress;
    // the download goes on to the real end of the file either way.
    DbfsDownloadTransfer(ApiClient *client, const DbfsFileInfo &file, const QString &localPath,
                         const Options &options, QObject *parent = nullptr);
    ~DbfsDownloadTransfer() override;

    QString remotePath() const { return m_remotePath; }
    QString localPath() const { return m_localPath; }

    // Makes run() fail at once with `reason` (the planner could not create
    // the local folder, ...).
    void setBlocked(const QString &reason) { m_blockedReason = reason; }
    // Makes run() skip at once with `reason` (the user chose to keep the
    // existing file), so the item still shows in the panel's summary.
    void setSkipped(const QString &reason) { m_skippedReason = reason; }

protected:
    void run() override;
    void abort() override;

private:
    struct Sink;
    struct Written
    {
        qint64 bytes = -1; // -1: failed
        QString error;
        bool malformed = false;
    };

    void pump();
    void sendRead(qint64 offset);
    void writeNext();
    void commit();
    void failWith(const QString &reason);
    void discard();

    QPointer<ApiClient> m_client;
    QString m_remotePath;
    qint64 m_size;
    QString m_localPath;
    Options m_options;
    QString m_blockedReason;
    QString m_skippedReason;

    std::shared_ptr<Sink> m_sink;
    QMap<qint64, QPointer<ApiCall>> m_reads; // offset -> read in flight
    QMap<qint64, QByteArray> m_received;     // offset -> raw answer, not yet written
    qint64 m_nextOffset = 0;
    qint64 m_writeOffset = 0;
    bool m_writing = false;
    bool m_sawEnd = false;
};

} // namespace brickdesk
