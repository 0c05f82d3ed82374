#pragma once

#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

namespace polaris::sim {

/// Looks at the first request head of a freshly accepted connection without consuming it and
/// hands the socket on: a WebSocket upgrade to /ws/user goes to `userChannel`, anything else to
/// `other` (which builds an HttpConnection; that one hands /ws/market upgrades to the market
/// hub itself). Needed because QWebSocketServer must read the handshake from an unread socket.
/// Deletes itself once it has decided or the socket closed. SimServer's thread.
class ConnectionSniffer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(QTcpSocket*)>;

    static constexpr qsizetype kMaxHeadBytes = 16 * 1024;

    ConnectionSniffer(QTcpSocket* socket, Handler userChannel, Handler other, QObject* parent);

    /// Whether a complete request head is a WebSocket upgrade to /ws/user.
    static bool isUserChannelUpgrade(const QByteArray& head);

private:
    void check();
    void handOver(const Handler& handler);

    QPointer<QTcpSocket> m_socket;
    Handler m_userChannel;
    Handler m_other;
};

} // namespace polaris::sim
