// DBFS transfer benchmarks. Prints figures; not a pass/fail test.
//
// The emulator runs as a separate process (brickdesk-emulator), so the peak
// resident set size printed is this client's alone. In one run:
//  1. a 1 GiB file uploaded with one streamed multipart put, then again
//     with create/add-block/close (the > 2 GB path, forced), then
//     downloaded with read calls: MB/s and the process's peak RSS (VmHWM)
//     after each;
//  2. the emulator's own ceiling, measured by clients that only send: pre-
//     encoded 1 MB add-blocks (base64 and JSON prepared in advance, one call
//     at a time, as the transfer sends them) from a plain POSIX-socket
//     client (TCP_NODELAY, header and body in one write: not Qt) and from
//     QNetworkAccessManager (Qt's own sending path, for comparison), and a
//     reader of 1 MB chunks as many at a time as the transfer does;
//  3. the peer: the same file through create/add-block/close by Python's
//     `requests`, one call at a time, reading and encoding each block as
//     the Databricks guides script it (tests/bench/dbfs_block_upload.py);
//     the ratios of Brickdesk's transfers to all of these;
//  4. 1,000 files of 4 KiB into an emulator adding 20 ms to every call:
//     concurrently (the queue's default) and one at a time.
//
// Usage: bench_dbfstransfers [--mib N] [--files N] [--reads N] [--emulator PATH]

#include "core/dbfs/dbfsservice.h"
#include "core/dbfs/dbfstransfers.h"
#include "core/net/apiclient.h"
#include "core/net/credentials.h"
#include "core/transfers/transferqueue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;
using namespace brickdesk;

namespace {

constexpr char kToken[] = "dapi-bench-0123456789";
constexpr qint64 kMiB = 1024 * 1024;
constexpr int kWaitMs = 3'600'000;

// Peak resident set size of this process so far, in MiB.
double peakRssMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

double mbPerSecond(qint64 bytes, qint64 ms)
{
    return ms > 0 ? double(bytes) / 1e6 / (double(ms) / 1000.0) : 0;
}

// One brickdesk-emulator process on a free port.
class EmulatorProcess
{
public:
    EmulatorProcess(const QString &program, const QStringList &extraArguments)
    {
        m_process.setProgram(program);
        m_process.setArguments(QStringList{u"--port"_s, u"0"_s, u"--seed"_s, u"empty"_s,
                                           u"--token"_s, QString::fromLatin1(kToken)} +
                               extraArguments);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        static const QRegularExpression listening(u"listening on (http://\\S+)"_s);
        QByteArray seen;
        while (m_process.waitForReadyRead(10'000)) {
            seen += m_process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(seen));
            if (match.hasMatch()) {
                m_url = QUrl(match.captured(1));
                return;
            }
        }
        std::fprintf(stderr, "could not start %s\n", qPrintable(program));
    }
    ~EmulatorProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10'000))
            m_process.kill();
    }
    QUrl url() const { return m_url; }

private:
    QProcess m_process;
    QUrl m_url;
};

std::unique_ptr<ApiClient> clientFor(const QUrl &url)
{
    return std::make_unique<ApiClient>(
        url, std::make_shared<BearerTokenCredentials>(QByteArray(kToken)));
}

// A file of `bytes` written 1 MiB at a time, not in memory.
bool makeFile(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(kMiB, Qt::Uninitialized);
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
    for (qint64 written = 0; written < bytes;) {
        const qint64 n = std::min<qint64>(block.size(), bytes - written);
        block[0] = char(written / kMiB); // no two blocks alike
        if (file.write(block.constData(), n) != n)
            return false;
        written += n;
    }
    return true;
}

struct Run
{
    qint64 ms = -1;
    int failed = 0;
    QString firstFailure;
};

Run runQueue(TransferQueue &queue)
{
    QElapsedTimer clock;
    clock.start();
    // A plain event loop: QTest::qWaitFor sleeps 10 ms between rounds of
    // events, which would throttle every streamed body to a crawl.
    if (queue.isBusy()) {
        QEventLoop loop;
        QObject::connect(&queue, &TransferQueue::idle, &loop, &QEventLoop::quit);
        QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    Run run;
    run.ms = clock.elapsed();
    for (Transfer *transfer : queue.transfers()) {
        if (transfer->state() != Transfer::State::Succeeded) {
            ++run.failed;
            if (run.firstFailure.isEmpty())
                run.firstFailure = transfer->name() + u": "_s + transfer->message();
        }
    }
    return run;
}

void report(const char *what, qint64 bytes, const Run &run)
{
    std::printf("%-44s %8.1f MB/s  %7.2f s  peak RSS %6.1f MiB%s%s\n", what,
                mbPerSecond(bytes, run.ms), double(run.ms) / 1000.0, peakRssMiB(),
                run.failed ? "  FAILED: " : "", qPrintable(run.firstFailure));
    std::fflush(stdout);
}

// Raw HTTP with everything prepared in advance: the emulator's ceiling.
class RawClient
{
public:
    explicit RawClient(const QUrl &host)
        : m_host(host)
    {}

    QByteArray post(const QString &path, const QByteArray &body)
    {
        QNetworkRequest request(endpoint(path));
        request.setRawHeader("Authorization", QByteArray("Bearer ") + kToken);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return wait(m_nam.post(request, body));
    }

    QNetworkReply *get(const QString &path, const QUrlQuery &query)
    {
        QUrl url = endpoint(path);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", QByteArray("Bearer ") + kToken);
        return m_nam.get(request);
    }

    static QByteArray wait(QNetworkReply *reply)
    {
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError)
            std::fprintf(stderr, "raw call failed: %s\n", qPrintable(reply->errorString()));
        reply->deleteLater();
        return body;
    }

private:
    QUrl endpoint(const QString &path) const
    {
        QUrl url = m_host;
        url.setPath(path);
        return url;
    }
    QUrl m_host;
    QNetworkAccessManager m_nam;
};

// The ceiling without Qt: blocking POSIX sockets on one keep-alive
// connection with TCP_NODELAY, each request's header and body in one
// writev(), answers read by Content-Length. Everything else (JSON, base64)
// is prepared before the clock starts.
class PosixHttpClient
{
public:
    explicit PosixHttpClient(const QUrl &host)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(quint16(host.port()));
        ::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
        const int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            std::fprintf(stderr, "posix client: connect failed: %s\n", std::strerror(errno));
    }
    ~PosixHttpClient() { ::close(m_fd); }

    // Sends one POST and returns the answer's body; empty on any failure.
    QByteArray post(const char *path, const QByteArray &body)
    {
        const QByteArray header =
            QByteArray("POST ") + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
            kToken + "\r\nContent-Type: application/json\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n";
        iovec parts[2] = {{const_cast<char *>(header.constData()), size_t(header.size())},
                          {const_cast<char *>(body.constData()), size_t(body.size())}};
        size_t left = header.size() + body.size();
        int index = 0;
        while (left > 0) {
            const ssize_t sent = ::writev(m_fd, parts + index, 2 - index);
            if (sent <= 0)
                return {};
            left -= size_t(sent);
            for (size_t n = size_t(sent); n > 0 && index < 2;) {
                const size_t step = std::min(n, parts[index].iov_len);
                parts[index].iov_base = static_cast<char *>(parts[index].iov_base) + step;
                parts[index].iov_len -= step;
                n -= step;
                if (parts[index].iov_len == 0)
                    ++index;
            }
        }
        return readAnswer();
    }

private:
    QByteArray readAnswer()
    {
        qsizetype headerEnd = -1;
        while ((headerEnd = m_in.indexOf("\r\n\r\n")) < 0) {
            if (!fill())
                return {};
        }
        const QByteArray headers = m_in.left(headerEnd).toLower();
        const qsizetype at = headers.indexOf("content-length:");
        const qint64 length =
            at < 0
                ? 0
                : headers.mid(at + 15, headers.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        while (m_in.size() < headerEnd + 4 + length) {
            if (!fill())
                return {};
        }
        const QByteArray body = m_in.mid(headerEnd + 4, length);
        m_in.remove(0, headerEnd + 4 + length);
        return body;
    }
    bool fill()
    {
        char buffer[65536];
        const ssize_t got = ::read(m_fd, buffer, sizeof buffer);
        if (got <= 0)
            return false;
        m_in.append(buffer, got);
        return true;
    }

    int m_fd = -1;
    QByteArray m_in;
};

// Pre-encoded add-blocks, one at a time, through `post`.
template <typename Post> qint64 preEncodedIngestMs(qint64 bytes, const QString &target, Post post)
{
    QByteArray block(kMiB, Qt::Uninitialized);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
    QElapsedTimer clock;
    clock.start();
    const QByteArray created =
        post("/api/2.0/dbfs/create", R"({"overwrite": true, "path": ")" + target.toUtf8() + "\"}");
    const qint64 handle = QJsonDocument::fromJson(created).object().value("handle"_L1).toInteger();
    const QByteArray body = DbfsService::addBlockBody(handle, block); // encoded once
    for (qint64 sent = 0; sent < bytes; sent += kMiB)
        post("/api/2.0/dbfs/add-block", body);
    post("/api/2.0/dbfs/close", "{\"handle\": " + QByteArray::number(handle) + '}');
    return clock.elapsed();
}

// The Python `requests` loop as a separate process; -1 when it cannot run.
qint64 pythonLoopMs(const QUrl &host, const QString &localFile)
{
    QProcess python;
    python.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    python.start(u"python3"_s, {QStringLiteral(BRICKDESK_PYTHON_PEER), host.toString(),
                                QString::fromLatin1(kToken), u"/bench/python.bin"_s, localFile});
    if (!python.waitForFinished(kWaitMs) || python.exitCode() != 0)
        return -1;
    bool ok = false;
    const qint64 ms = python.readAllStandardOutput().trimmed().toLongLong(&ok);
    return ok ? ms : -1;
}

qint64 qtIngestMs(const QUrl &host, qint64 bytes)
{
    RawClient raw(host);
    return preEncodedIngestMs(bytes, u"/bench/qt.bin"_s,
                              [&raw](const char *path, const QByteArray &body) {
                                  return raw.post(QString::fromLatin1(path), body);
                              });
}

qint64 posixIngestMs(const QUrl &host, qint64 bytes)
{
    PosixHttpClient client(host);
    return preEncodedIngestMs(
        bytes, u"/bench/posix.bin"_s,
        [&client](const char *path, const QByteArray &body) { return client.post(path, body); });
}

qint64 rawReadMs(const QUrl &host, const QString &path, qint64 bytes, int parallel)
{
    RawClient raw(host);
    QElapsedTimer clock;
    clock.start();
    QList<QNetworkReply *> inFlight;
    qint64 next = 0;
    while (next < bytes || !inFlight.isEmpty()) {
        while (next < bytes && inFlight.size() < parallel) {
            QUrlQuery query;
            query.addQueryItem(u"path"_s, path);
            query.addQueryItem(u"offset"_s, QString::number(next));
            query.addQueryItem(u"length"_s, QString::number(kMiB));
            inFlight << raw.get(u"/api/2.0/dbfs/read"_s, query);
            next += kMiB;
        }
        RawClient::wait(inFlight.takeFirst());
    }
    return clock.elapsed();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption mibOption(u"mib"_s, u"Size of the large file in MiB."_s, u"N"_s,
                                       u"1024"_s);
    const QCommandLineOption filesOption(u"files"_s, u"Number of 4 KiB files."_s, u"N"_s,
                                         u"1000"_s);
    const QCommandLineOption emulatorOption(u"emulator"_s, u"brickdesk-emulator to run."_s,
                                            u"PATH"_s, QStringLiteral(BRICKDESK_EMULATOR_PATH));
    const QCommandLineOption readsOption(
        u"reads"_s, u"Download reads in flight per file."_s, u"N"_s,
        QString::number(DbfsDownloadTransfer::Options().readsInFlight));
    parser.addOptions({mibOption, filesOption, emulatorOption, readsOption});
    parser.addHelpOption();
    parser.process(app);
    const qint64 bytes = parser.value(mibOption).toLongLong() * kMiB;
    const int smallFiles = parser.value(filesOption).toInt();
    const QString emulatorPath = parser.value(emulatorOption);

    QTemporaryDir work;
    const QString bigFile = work.filePath(u"big.bin"_s);
    if (!makeFile(bigFile, bytes))
        return 1;
    std::printf("DBFS transfers, %lld MiB file, emulator in a separate process\n", bytes / kMiB);
    std::printf("%-44s %8.1f MiB\n", "peak RSS before any transfer", peakRssMiB());

    {
        EmulatorProcess emulator(emulatorPath, {});
        if (emulator.url().isEmpty())
            return 1;
        auto client = clientFor(emulator.url());

        TransferQueue multipartQueue;
        DbfsTransfers::upload(&multipartQueue, client.get(), {bigFile}, u"/bench/multipart"_s,
                              nullptr);
        const Run multipart = runQueue(multipartQueue);
        report("upload, multipart put (streamed)", bytes, multipart);

        TransferQueue blocksQueue;
        DbfsUploadTransfer::Options blocks;
        blocks.multipartLimit = -1;
        DbfsTransfers::upload(&blocksQueue, client.get(), {bigFile}, u"/bench/blocks"_s, nullptr,
                              blocks);
        const Run blockRun = runQueue(blocksQueue);
        report("upload, create/add-block/close", bytes, blockRun);

        TransferQueue downloadQueue;
        DbfsFileInfo info;
        info.path = u"/bench/multipart/big.bin"_s;
        info.name = u"big.bin"_s;
        info.size = bytes;
        DbfsDownloadTransfer::Options reads;
        reads.readsInFlight = parser.value(readsOption).toInt();
        DbfsTransfers::download(&downloadQueue, client.get(), {info}, work.filePath(u"down"_s),
                                nullptr, reads);
        const Run download = runQueue(downloadQueue);
        report(qPrintable(u"download, read 1 MB x%1 in flight"_s.arg(reads.readsInFlight)), bytes,
               download);
        const qint64 downloaded = QFileInfo(work.filePath(u"down/big.bin"_s)).size();
        if (downloaded != bytes)
            std::printf("  downloaded size %lld differs\n", downloaded);
        QFile::remove(work.filePath(u"down/big.bin"_s));

        const qint64 posixMs = posixIngestMs(emulator.url(), bytes);
        const qint64 qtMs = qtIngestMs(emulator.url(), bytes);
        const qint64 readMs = rawReadMs(emulator.url(), info.path, bytes, reads.readsInFlight);
        const qint64 pythonMs = pythonLoopMs(emulator.url(), bigFile);
        const auto line = [bytes](const char *what, qint64 ms) {
            if (ms < 0)
                std::printf("%-44s   (did not run)\n", what);
            else
                std::printf("%-44s %8.1f MB/s  %7.2f s\n", what, mbPerSecond(bytes, ms),
                            double(ms) / 1000.0);
        };
        line("ceiling, not Qt: POSIX socket add-block", posixMs);
        line("ceiling, Qt: QNetworkAccessManager add-block", qtMs);
        line(qPrintable(u"ceiling: raw read, %1 in flight"_s.arg(reads.readsInFlight)), readMs);
        line("peer: Python requests create/add-block/close", pythonMs);
        const auto ratio = [](const char *what, qint64 baselineMs, qint64 ms) {
            if (baselineMs > 0 && ms > 0)
                std::printf("%-44s %8.2f x\n", what, double(baselineMs) / double(ms));
        };
        ratio("ratio block upload / Python requests loop", pythonMs, blockRun.ms);
        ratio("ratio block upload / non-Qt ceiling", posixMs, blockRun.ms);
        ratio("ratio block upload / QNAM ceiling", qtMs, blockRun.ms);
        ratio("ratio multipart upload / non-Qt ceiling", posixMs, multipart.ms);
        ratio("ratio download / raw read", readMs, download.ms);
    }

    const QString smallDir = work.filePath(u"small"_s);
    QDir().mkpath(smallDir);
    for (int i = 0; i < smallFiles; ++i) {
        if (!makeFile(smallDir + u"/f%1.bin"_s.arg(i, 4, 10, QChar(u'0')), 4096))
            return 1;
    }
    {
        EmulatorProcess emulator(emulatorPath, {u"--fault"_s, u"latency:/api/2.0/dbfs/*:ms=20"_s});
        if (emulator.url().isEmpty())
            return 1;
        auto client = clientFor(emulator.url());
        TransferQueue concurrent;
        DbfsTransfers::upload(&concurrent, client.get(), {smallDir}, u"/bench/concurrent"_s,
                              nullptr);
        const Run fast = runQueue(concurrent);
        TransferQueue serial;
        serial.setMaxRunning(1);
        DbfsTransfers::upload(&serial, client.get(), {smallDir}, u"/bench/serial"_s, nullptr);
        const Run slow = runQueue(serial);
        std::printf("%d x 4 KiB, 20 ms per call: concurrent (%d) %.2f s, one at a time %.2f s, "
                    "ratio %.1fx%s%s\n",
                    smallFiles, concurrent.maxRunning(), double(fast.ms) / 1000.0,
                    double(slow.ms) / 1000.0,
                    double(slow.ms) / double(std::max<qint64>(1, fast.ms)),
                    fast.failed + slow.failed ? "  FAILED: " : "",
                    qPrintable(fast.firstFailure + slow.firstFailure));
    }
    std::printf("%-44s %8.1f MiB\n", "peak RSS at the end", peakRssMiB());
    return 0;
}
