#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QUrl>

namespace brickdesk::test {

// A loopback HTTP server that answers every request with the same 200 JSON
// body, byte for byte. For listings the emulator cannot produce (object ids
// above 2^53, object types it does not know), so the whole path from socket
// to model is exercised with exactly those bytes.
class CannedServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit CannedServer(QByteArray body, QObject *parent = nullptr);
    QUrl url() const;

private:
    void answer();

    QByteArray m_body;
};

} // namespace brickdesk::test
