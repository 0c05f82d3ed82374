#include "core/sim/ConnectionSniffer.h"

#include <QTimer>

namespace polaris::sim {

ConnectionSniffer::ConnectionSniffer(QTcpSocket* socket,
                                     Handler userChannel,
                                     Handler other,
                                     QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_userChannel(std::move(userChannel))
    , m_other(std::move(other))
{
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionSniffer::check);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        if (m_socket) {
            m_socket->deleteLater();
        }
        deleteLater();
    });
    if (socket->bytesAvailable() > 0) {
        QTimer::singleShot(0, this, &ConnectionSniffer::check);
    }
}

bool ConnectionSniffer::isUserChannelUpgrade(const QByteArray& head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine[0] != "GET") {
        return false;
    }
    const qsizetype query = requestLine[1].indexOf('?');
    if ((query < 0 ? requestLine[1] : requestLine[1].left(query)) != "/ws/user") {
        return false;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "upgrade"
            && line.mid(colon + 1).trimmed().toLower() == "websocket") {
            return true;
        }
    }
    return false;
}

void ConnectionSniffer::check()
{
    if (!m_socket) {
        return;
    }
    const QByteArray head = m_socket->peek(kMaxHeadBytes + 4);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0 && head.size() <= kMaxHeadBytes) {
        return; // wait for the rest of the head
    }
    handOver(end >= 0 && isUserChannelUpgrade(head.left(end)) ? m_userChannel : m_other);
}

void ConnectionSniffer::handOver(const Handler& handler)
{
    QTcpSocket* socket = m_socket;
    m_socket = nullptr;
    disconnect(socket, nullptr, this, nullptr);
    socket->setParent(nullptr); // the receiver owns it now
    handler(socket);
    deleteLater();
}

} // namespace polaris::sim
