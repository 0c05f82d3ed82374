#pragma once

#include "core/book/OrderBook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <vector>

/// Small blocking helpers over real sockets for the simulator tests (bounded waits).
namespace polaris::sim::test {

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
};

inline Reply send(QNetworkAccessManager& nam,
                  const QByteArray& method,
                  const QUrl& url,
                  const QByteArray& body = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply = method == "GET" ? nam.get(request) : nam.post(request, body);
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(10'000);
    }
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return out;
}

/// Levels of a book JSON side, in the order sent.
inline std::vector<BookLevel> jsonLevels(const QJsonArray& array)
{
    std::vector<BookLevel> out;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        out.push_back({*Decimal::parse(o.value(QLatin1String("price")).toString().toStdString()),
                       *Decimal::parse(o.value(QLatin1String("size")).toString().toStdString())});
    }
    return out;
}

/// A market-channel client that records every text frame.
class WsClient : public QObject
{
public:
    WsClient()
    {
        connect(&socket, &QWebSocket::textMessageReceived, this,
                [this](const QString& m) { messages << m; });
    }
    bool open(const QString& url)
    {
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(QUrl(url));
        return connected.wait(5'000);
    }
    /// Sends PING and waits for PONG: every frame the server sent before is then in `messages`.
    bool sync()
    {
        const qsizetype before = messages.count(QStringLiteral("PONG"));
        socket.sendTextMessage(QStringLiteral("PING"));
        return QTest::qWaitFor([&] { return messages.count(QStringLiteral("PONG")) > before; },
                               5'000);
    }

    QWebSocket socket;
    QStringList messages;
};

} // namespace polaris::sim::test
