#pragma once

#include "core/sim/HttpMessage.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <deque>

namespace polaris::sim {

/// One accepted TCP connection speaking HTTP/1.1: request line, headers, Content-Length bodies,
/// keep-alive, pipelined requests answered in order, and bounds on head (16 KiB) and body
/// (4 MiB) sizes. Before consuming anything it peeks at the first request head: a WebSocket
/// upgrade to /ws/market is handed over untouched (upgradeRequested) so that QWebSocketServer
/// can read the handshake itself. Lives on SimServer's thread; deletes itself when the socket
/// closes.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxHeadBytes = 16 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 4 * 1024 * 1024;

    /// Takes ownership of `socket`.
    explicit HttpConnection(QTcpSocket* socket, QObject* parent = nullptr);

    /// Answers the oldest unanswered request after `delayMs` (responses keep request order).
    void respond(const HttpRequest& request, HttpResponse response, int delayMs);

Q_SIGNALS:
    void requestReceived(polaris::sim::HttpConnection* connection,
                         const polaris::sim::HttpRequest& request);
    /// The socket now belongs to the receiver; this object is about to delete itself.
    void upgradeRequested(QTcpSocket* socket);

private:
    struct Pending
    {
        QByteArray bytes;
        qint64 dueMs = 0;
        bool close = false;
    };

    void onReadyRead();
    bool peekForUpgrade();
    void parseBuffered();
    void fail(int status, const char* message);
    void flush();

    QPointer<QTcpSocket> m_socket;
    QByteArray m_buffer;
    bool m_decided = false; ///< first head seen: plain HTTP, not an upgrade
    bool m_closing = false; ///< no more requests are read
    int m_outstanding = 0;  ///< requests emitted and not yet answered
    std::deque<Pending> m_pending;
    QElapsedTimer m_clock;
    QTimer m_flushTimer;
};

} // namespace polaris::sim
