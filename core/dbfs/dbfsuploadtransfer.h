#pragma once

#include "core/dbfs/dbfsservice.h"
#include "core/transfers/transfer.h"

#include <QList>
#include <QPointer>

#include <memory>

namespace brickdesk {

class ApiCall;
class ApiClient;
class ApiReply;

// Uploads one local file to DBFS, streaming it from disk so memory stays
// flat whatever its size:
//  - up to the multipart limit (2 GB), one multipart `put` whose file part
//    is read from the file as it is sent;
//  - above it, create / add-block / close with 1 MB blocks, read and
//    base64-encoded on a worker thread, at most two blocks ahead.
// Nothing half-written ever shows under the target name: a new file sent in
// one put only appears when the whole request has arrived; everything else
// goes to a hidden temporary sibling first and is moved into place when
// complete. An overwritten file is set aside (not deleted) until its
// replacement is in place. A failed or cancelled upload removes its
// temporary file. The client repeats 429s and transient failures; a lost
// block or an expired handle starts the file over on a new handle.
class DbfsUploadTransfer : public Transfer
{
    Q_OBJECT

public:
    struct Options
    {
        // Larger files use create/add-block/close (tests lower it).
        qint64 multipartLimit = DbfsService::kMaxMultipartPutBytes;
        qint64 blockBytes = DbfsService::kMaxBlockBytes;
        // Fresh starts after a lost block or an expired handle.
        int maxRestarts = 2;
    };

    // `replace`: the target exists and the user chose to overwrite it.
    // `size` is what the planner saw; the file is streamed as it is now.
    DbfsUploadTransfer(ApiClient *client, const QString &localPath, qint64 size,
                       const QString &targetPath, bool replace, const Options &options,
                       QObject *parent = nullptr);
    ~DbfsUploadTransfer() override;

    QString localPath() const { return m_localPath; }
    QString targetPath() const { return m_targetPath; }
    bool replacesExisting() const { return m_replace; }
    bool usesBlocks() const { return m_size > m_options.multipartLimit; }
    // How often the current run started the file over.
    int restarts() const { return m_restarts; }

    // Makes run() fail at once with `reason` (the planner found the target
    // unusable, e.g. a folder in the way), so the panel shows why.
    void setBlocked(const QString &reason) { m_blockedReason = reason; }
    // Makes run() skip at once with `reason` (the user chose to keep the
    // existing file), so the item still shows in the panel's summary.
    void setSkipped(const QString &reason) { m_skippedReason = reason; }

    // ".report.csv.brickdesk-1a2b3c4d.part" beside the target.
    static QString temporaryPathFor(const QString &targetPath, const QString &tag);
    // True for names temporaryPathFor() makes (views may hide them).
    static bool isTemporaryName(const QString &name);

protected:
    void run() override;
    void abort() override;
    void reset() override;

private:
    struct Block
    {
        qint64 offset = 0;
        qint64 size = 0;
        QByteArray body; // the add-block JSON, base64 inside
        QString error;   // reading failed
    };
    struct Source;

    // One multipart put of the whole file to `path`.
    void putFile(const QString &path, bool overwrite);
    void onPutDone(const ApiReply &reply, bool direct);

    void startBlocks();
    void pumpBlocks();
    void readBlock();
    void sendBlock(Block block);
    void closeHandle();
    // A lost block or an expired handle: start over, or give up.
    void restartOrFail(const ApiError &error);

    // The complete temporary file becomes the target.
    void moveIntoPlace();
    void setOldAside();
    void moveTemporary();
    void finishReplaced();
    void restoreSetAside();

    void failWith(const QString &reason);
    void cleanUp();
    QString describe(const ApiError &error) const;
    void track(ApiCall *call, qint64 base, qint64 span);

    QPointer<ApiClient> m_client;
    QString m_localPath;
    qint64 m_size;
    QString m_targetPath;
    bool m_replace;
    Options m_options;
    QString m_blockedReason;
    QString m_skippedReason;

    QPointer<ApiCall> m_call;
    QString m_tag;           // random part of this run's temporary names
    QString m_temporaryPath; // empty while nothing temporary exists
    QString m_asidePath;     // where the overwritten file waits
    bool m_inPlace = false;  // the new file has its name
    int m_restarts = 0;

    // create/add-block/close
    std::shared_ptr<Source> m_source;
    qint64 m_handle = 0;
    qint64 m_nextReadOffset = 0;
    qint64 m_sentBytes = 0;
    QList<Block> m_ready;
    bool m_reading = false;
    bool m_readAll = false;
    bool m_sending = false;
};

} // namespace brickdesk
