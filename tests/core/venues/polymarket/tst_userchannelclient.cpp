#include "core/venues/polymarket/UserChannelClient.h"
#include "tests/support/SharedFixtures.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace polaris;
using namespace polaris::polymarket;

namespace {
signing::ApiCredentials credentials()
{
    return {"3e2c94ca-8124-c4c1-c7ea-be1ea21b71fe", "c2VjcmV0", "pass\"phrase"};
}

/// A user-channel endpoint on 127.0.0.1 that records what clients send.
class FakeUserServer : public QObject
{
public:
    FakeUserServer()
        : m_server(QStringLiteral("fake-user"), QWebSocketServer::NonSecureMode)
    {
        QObject::connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                m_sockets.append(socket);
                ++connections;
                QObject::connect(socket, &QWebSocket::textMessageReceived, this,
                                 [this, socket](const QString& text) {
                                     frames.append(text);
                                     if (text == QLatin1String("PING")) {
                                         ++pings;
                                         socket->sendTextMessage(QStringLiteral("PONG"));
                                     }
                                 });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/user").arg(m_server.serverPort()));
    }
    void sendToLast(const QString& text) { m_sockets.last()->sendTextMessage(text); }
    void dropAll()
    {
        for (QWebSocket* socket : std::as_const(m_sockets)) {
            socket->abort();
        }
    }
    QStringList frames;
    int connections = 0;
    int pings = 0;

private:
    QWebSocketServer m_server;
    QList<QWebSocket*> m_sockets;
};

UserChannelOptions fast(const QUrl& url)
{
    UserChannelOptions options;
    options.url = url;
    options.pingIntervalMs = 50;
    options.deadAfterMs = 2'000;
    options.reconnectBaseMs = 20;
    options.reconnectCapMs = 40;
    return options;
}
} // namespace

class TestUserChannelClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frames()
    {
        QCOMPARE(UserChannelClient::userUrlFromMarketUrl(QUrl(
                         QStringLiteral("wss://ws-subscriptions-clob.polymarket.com/ws/market"))),
                 QUrl(QStringLiteral("wss://ws-subscriptions-clob.polymarket.com/ws/user")));
        QCOMPARE(UserChannelClient::userUrlFromMarketUrl(QUrl(QStringLiteral("ws://127.0.0.1:9/"))),
                 QUrl(QStringLiteral("ws://127.0.0.1:9/ws/user")));
        QCOMPARE(UserChannelClient::subscribeFrame(credentials(), {QStringLiteral("0xc1")}),
                 QByteArray("{\"auth\":{\"apiKey\":\"3e2c94ca-8124-c4c1-c7ea-be1ea21b71fe\","
                            "\"secret\":\"c2VjcmV0\",\"passphrase\":\"pass\\\"phrase\"},"
                            "\"type\":\"user\",\"markets\":[\"0xc1\"],\"assets_ids\":[],"
                            "\"initial_dump\":true}"));
        QCOMPARE(UserChannelClient::addMarketsFrame(credentials(), {QStringLiteral("0xc2")}),
                 QByteArray("{\"operation\":\"subscribe\",\"type\":\"user\",\"markets\":[\"0xc2\"],"
                            "\"auth\":{\"apiKey\":\"3e2c94ca-8124-c4c1-c7ea-be1ea21b71fe\","
                            "\"secret\":\"c2VjcmV0\",\"passphrase\":\"pass\\\"phrase\"}}"));
    }

    void subscribesPingsAndEmitsEvents()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/order_placement.json", order);
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/user_trade2.json", trade);
        FakeUserServer server;
        QVERIFY(server.listen());
        UserChannelClient client(fast(server.url()));
        QSignalSpy orders(&client, &UserChannelClient::orderEvent);
        QSignalSpy trades(&client, &UserChannelClient::tradeEvent);
        QSignalSpy connected(&client, &UserChannelClient::connected);
        client.start(credentials(), {QStringLiteral("0xc1"), QStringLiteral("0xc1")});
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 5'000);
        QCOMPARE(connected[0][0].toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(!server.frames.isEmpty(), 5'000);
        QCOMPARE(server.frames[0].toUtf8(),
                 UserChannelClient::subscribeFrame(credentials(), {QStringLiteral("0xc1")}));
        QTRY_VERIFY_WITH_TIMEOUT(server.pings >= 2, 5'000);

        client.addMarkets({QStringLiteral("0xc1"), QStringLiteral("0xc2")});
        QTRY_VERIFY_WITH_TIMEOUT(
                server.frames.contains(QString::fromUtf8(UserChannelClient::addMarketsFrame(
                        credentials(), {QStringLiteral("0xc2")}))),
                5'000);
        QCOMPARE(client.markets(), (QStringList{QStringLiteral("0xc1"), QStringLiteral("0xc2")}));

        server.sendToLast(QString::fromUtf8("[" + order + "," + trade + "]"));
        server.sendToLast(QStringLiteral("{\"event_type\":\"mystery\"}")); // skipped, logged
        server.sendToLast(QStringLiteral("not json"));
        QTRY_COMPARE_WITH_TIMEOUT(trades.size(), 1, 5'000);
        QCOMPARE(orders.size(), 1);
        const auto event = orders[0][0].value<UserOrderEvent>();
        QCOMPARE(event.type, std::string("PLACEMENT"));
        QCOMPARE(event.order.id,
                 std::string("0x0f76f4dc6eaf3332f4100f2e8a0b4a927351dd64646b7bb12f37df775c657a78"));
        QCOMPARE(trades[0][0].value<ClobTrade>().id,
                 std::string("f50e8ab2-652d-4dc8-9c82-8e46197fe98d"));
        QCOMPARE(client.state(), UserChannelClient::State::Open);
    }

    void reconnectsAndResubscribes()
    {
        FakeUserServer server;
        QVERIFY(server.listen());
        UserChannelClient client(fast(server.url()));
        QSignalSpy connected(&client, &UserChannelClient::connected);
        QSignalSpy lost(&client, &UserChannelClient::disconnected);
        client.start(credentials(), {QStringLiteral("0xc1")});
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 5'000);
        client.addMarkets({QStringLiteral("0xc9")});
        QTRY_COMPARE_WITH_TIMEOUT(
                server.frames.count(QString::fromUtf8(UserChannelClient::addMarketsFrame(
                        credentials(), {QStringLiteral("0xc9")}))),
                1, 5'000);
        server.dropAll();
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 5'000);
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 2, 5'000);
        QCOMPARE(connected[1][0].toBool(), true);
        QCOMPARE(server.connections, 2);
        const QString resubscribe = QString::fromUtf8(UserChannelClient::subscribeFrame(
                credentials(), {QStringLiteral("0xc1"), QStringLiteral("0xc9")}));
        QTRY_VERIFY_WITH_TIMEOUT(server.frames.contains(resubscribe), 5'000);
        QVERIFY(client.reconnects() >= 1);
        client.stop();
        QCOMPARE(client.state(), UserChannelClient::State::Stopped);
    }

    void deadSocketIsNoticed()
    {
        // A server that accepts but never answers PING: the watchdog drops and reconnects.
        QWebSocketServer server(QStringLiteral("mute"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        int accepted = 0;
        connect(&server, &QWebSocketServer::newConnection, this, [&] {
            while (QWebSocket* socket = server.nextPendingConnection()) {
                socket->setParent(&server);
                ++accepted;
            }
        });
        UserChannelOptions options =
                fast(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/user").arg(server.serverPort())));
        options.deadAfterMs = 200;
        UserChannelClient client(options);
        QSignalSpy lost(&client, &UserChannelClient::disconnected);
        client.start(credentials(), {});
        QTRY_VERIFY_WITH_TIMEOUT(lost.size() >= 1, 5'000);
        QVERIFY(lost[0][0].toString().startsWith(QLatin1String("no message or PONG")));
        QTRY_VERIFY_WITH_TIMEOUT(accepted >= 2, 5'000);
    }
};

QTEST_GUILESS_MAIN(TestUserChannelClient)
#include "tst_userchannelclient.moc"
