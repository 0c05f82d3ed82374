#include "core/sim/HttpConnection.h"

#include <QLoggingCategory>
#include <QUrl>

namespace polaris::sim {

namespace {

Q_LOGGING_CATEGORY(lcHttp, "polaris.sim.http")

const char* reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray serialize(const HttpResponse& response, bool keepAlive)
{
    QByteArray out;
    out.reserve(response.body.size() + 200);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
           + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    for (const auto& [name, value] : response.headers) {
        out += name + ": " + value + "\r\n";
    }
    out += "\r\n";
    out += response.body;
    return out;
}

/// Splits a request head into the request line and lower-cased headers; false when malformed.
bool parseHead(const QByteArray& head,
               QList<QByteArray>& requestLine,
               QList<QPair<QByteArray, QByteArray>>& headers)
{
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty()) {
        return false;
    }
    requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")
        || !requestLine[1].startsWith('/')) {
        return false;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return true;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
{
    socket->setParent(this);
    m_clock.start();
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &HttpConnection::flush);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    if (socket->bytesAvailable() > 0) {
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
    }
}

bool HttpConnection::peekForUpgrade()
{
    const QByteArray head = m_socket->peek(kMaxHeadBytes + 4);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > kMaxHeadBytes) {
            m_decided = true; // parseBuffered() answers 431
            return true;
        }
        return false; // wait for the rest of the head
    }
    m_decided = true;
    QList<QByteArray> requestLine;
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!parseHead(head.left(end), requestLine, headers) || requestLine[0] != "GET") {
        return true;
    }
    const qsizetype queryStart = requestLine[1].indexOf('?');
    const QByteArray path = queryStart < 0 ? requestLine[1] : requestLine[1].left(queryStart);
    bool upgrade = false;
    for (const auto& [name, value] : headers) {
        upgrade = upgrade || (name == "upgrade" && value.toLower() == "websocket");
    }
    if (!upgrade || path != "/ws/market") {
        return true;
    }
    QTcpSocket* socket = m_socket;
    disconnect(socket, nullptr, this, nullptr);
    socket->setParent(nullptr);
    m_socket = nullptr;
    Q_EMIT upgradeRequested(socket);
    deleteLater();
    return false;
}

void HttpConnection::onReadyRead()
{
    if (!m_socket) {
        return;
    }
    if (!m_decided && !peekForUpgrade()) {
        return;
    }
    m_buffer += m_socket->readAll();
    parseBuffered();
}

void HttpConnection::parseBuffered()
{
    while (!m_closing && !m_buffer.isEmpty()) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > kMaxHeadBytes) {
                fail(431, "request head too large");
            }
            return;
        }
        if (end > kMaxHeadBytes) {
            fail(431, "request head too large");
            return;
        }
        HttpRequest request;
        QList<QByteArray> requestLine;
        if (!parseHead(m_buffer.left(end), requestLine, request.headers)) {
            fail(400, "malformed request");
            return;
        }
        if (!request.header("transfer-encoding").isEmpty()) {
            fail(501, "chunked request bodies are not supported");
            return;
        }
        qint64 length = 0;
        const QByteArray lengthText = request.header("content-length");
        if (!lengthText.isEmpty()) {
            bool ok = false;
            length = lengthText.toLongLong(&ok);
            if (!ok || length < 0) {
                fail(400, "bad Content-Length");
                return;
            }
            if (length > kMaxBodyBytes) {
                fail(413, "request body too large");
                return;
            }
        }
        const qsizetype total = end + 4 + static_cast<qsizetype>(length);
        if (m_buffer.size() < total) {
            return; // body still arriving
        }
        request.method = requestLine[0];
        request.target = requestLine[1];
        request.body = m_buffer.mid(end + 4, static_cast<qsizetype>(length));
        m_buffer.remove(0, total);
        const QUrl url = QUrl::fromEncoded(request.target);
        request.path = url.path();
        request.query = QUrlQuery(url);
        const QByteArray connection = request.header("connection").toLower();
        request.keepAlive = requestLine[2] == "HTTP/1.0" ? connection.contains("keep-alive")
                                                         : !connection.contains("close");
        m_closing = !request.keepAlive;
        ++m_outstanding;
        Q_EMIT requestReceived(this, request);
    }
}

void HttpConnection::respond(const HttpRequest& request, HttpResponse response, int delayMs)
{
    --m_outstanding;
    const bool keepAlive = request.keepAlive;
    m_pending.push_back({serialize(response, keepAlive), m_clock.elapsed() + delayMs, !keepAlive});
    flush();
}

void HttpConnection::fail(int status, const char* message)
{
    qCDebug(lcHttp) << "closing connection:" << status << message;
    m_closing = true;
    m_buffer.clear();
    m_pending.push_back(
            {serialize(HttpResponse::error(status, message), false), m_clock.elapsed(), true});
    flush();
}

void HttpConnection::flush()
{
    if (!m_socket) {
        return;
    }
    const qint64 now = m_clock.elapsed();
    while (!m_pending.empty() && m_pending.front().dueMs <= now) {
        m_socket->write(m_pending.front().bytes);
        const bool close = m_pending.front().close;
        m_pending.pop_front();
        if (close) {
            m_pending.clear();
            m_socket->disconnectFromHost();
            return;
        }
    }
    if (!m_pending.empty()) {
        m_flushTimer.start(static_cast<int>(m_pending.front().dueMs - now));
    }
}

} // namespace polaris::sim
