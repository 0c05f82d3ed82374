#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>
#include <memory>

/// A tiny HTTP/1.1 responder on 127.0.0.1 for the network-client tests: records every request
/// (method, target, body, arrival time) and answers through a handler. One request per
/// connection ("Connection: close"), which QNetworkAccessManager handles like any server.
/// Lives on the test's main thread.
namespace polaris::test {

struct HttpExchange
{
    QByteArray method;
    QByteArray target; ///< path and query, as sent
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    qint64 atMs = 0;                       ///< since the server started
};

struct HttpAnswer
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool silent = false;   ///< never answer (keeps the connection open)
    bool noLength = false; ///< no Content-Length: the body ends when the connection closes
};

class LocalHttpServer
{
public:
    using Handler = std::function<HttpAnswer(const HttpExchange&)>;

    explicit LocalHttpServer(Handler handler)
        : m_handler(std::move(handler))
    {
        m_clock.start();
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket, buffer] { onData(socket, *buffer); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    quint16 port() const { return m_server.serverPort(); }
    const QList<HttpExchange>& requests() const { return m_requests; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

private:
    void onData(QTcpSocket* socket, QByteArray& buffer)
    {
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        HttpExchange exchange;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        exchange.method = requestLine.value(0);
        exchange.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0) {
                exchange.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                        lines[i].mid(colon + 1).trimmed());
            }
        }
        const qsizetype length = exchange.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length) {
            return; // body incomplete
        }
        exchange.body = buffer.mid(headerEnd + 4, length);
        exchange.atMs = m_clock.elapsed();
        buffer.clear();
        m_requests.append(exchange);
        const HttpAnswer answer = m_handler(exchange);
        if (answer.silent) {
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + " Status\r\n";
        out += "Content-Type: application/json\r\nConnection: close\r\n";
        if (!answer.noLength) {
            out += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
        }
        for (const auto& [name, value] : answer.headers) {
            out += name + ": " + value + "\r\n";
        }
        out += "\r\n" + answer.body;
        socket->write(out);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    Handler m_handler;
    QList<HttpExchange> m_requests;
    QElapsedTimer m_clock;
};

} // namespace polaris::test
