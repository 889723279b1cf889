#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace brickdesk {

// The OAuth redirect target on this machine: listens on localhost (IPv4 and
// IPv6 loopback only, never on a network interface) on the first free port
// of 8020-8040 (what the Databricks CLI registers), answers the browser's
// redirect with a short page and hands over the query.
class LoopbackReceiver : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // Binds the first free port in [first, last]. False if none is free.
    bool listen(quint16 first = 8020, quint16 last = 8040);
    quint16 port() const { return m_port; }
    // "http://localhost:8020", the redirect_uri to register.
    QString redirectUri() const;

signals:
    // The browser came back with these query items (code/state or error).
    void received(const QUrlQuery &query);

private:
    void onNewConnection(QTcpServer *server);
    void onReadyRead(QTcpSocket *socket);
    bool listenOn(quint16 port);

    QList<QTcpServer *> m_servers;
    quint16 m_port = 0;
    bool m_done = false;
};

} // namespace brickdesk
