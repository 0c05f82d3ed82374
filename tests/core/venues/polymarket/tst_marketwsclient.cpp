#include "core/venues/polymarket/MarketWsClient.h"
#include "core/venues/polymarket/WorkerThread.h"

#include <QTcpServer>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace polaris::polymarket;

namespace {

/// Market-channel stand-in on 127.0.0.1: records the text frames of every connection, answers
/// PING with PONG (unless told not to) and can push frames or drop connections.
class WsServer
{
public:
    WsServer()
    {
        QObject::connect(&m_server, &QWebSocketServer::newConnection, &m_server, [this] {
            while (QWebSocket* socket = m_server.nextPendingConnection()) {
                const qsizetype index = m_sockets.size();
                m_sockets.append(socket);
                m_received.append(QStringList());
                QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                                 [this, socket, index](const QString& text) {
                                     m_received[index].append(text);
                                     if (text == QLatin1String("PING") && answerPing) {
                                         socket->sendTextMessage(QStringLiteral("PONG"));
                                     }
                                     if (onMessage) {
                                         onMessage(socket, text);
                                     }
                                 });
            }
        });
    }
    ~WsServer() { qDeleteAll(m_sockets); }

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/market").arg(m_server.serverPort()));
    }
    qsizetype connections() const { return m_sockets.size(); }
    QWebSocket* socket(qsizetype i) const { return m_sockets.value(i); }
    /// Frames received on connection i other than PING.
    QStringList frames(qsizetype i) const
    {
        QStringList out;
        for (const QString& f : m_received.value(i)) {
            if (f != QLatin1String("PING")) {
                out.append(f);
            }
        }
        return out;
    }
    int pings(qsizetype i) const { return int(m_received.value(i).count(QStringLiteral("PING"))); }

    bool answerPing = true;
    std::function<void(QWebSocket*, const QString&)> onMessage;

private:
    QWebSocketServer m_server{QStringLiteral("test"), QWebSocketServer::NonSecureMode};
    QList<QWebSocket*> m_sockets;
    QList<QStringList> m_received;
};

QStringList ids(int from, int count)
{
    QStringList out;
    for (int i = from; i < from + count; ++i) {
        out.append(QString::number(100'000 + i));
    }
    return out;
}

QString subscribeText(const QStringList& assetIds)
{
    return QStringLiteral(R"({"assets_ids":[")") + assetIds.join(QStringLiteral(R"(",")"))
           + QStringLiteral(
                   R"("],"type":"market","initial_dump":true,"custom_feature_enabled":true})");
}

MarketWsOptions fastOptions(const QUrl& url)
{
    MarketWsOptions o;
    o.url = url;
    o.pingIntervalMs = 10'000; // tests that need pings shorten this
    o.reconnectBaseMs = 50;
    o.reconnectCapMs = 200;
    o.statsIntervalMs = 0;
    return o;
}

} // namespace

class TestMarketWsClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subscribeFramesAreExact()
    {
        WsServer server;
        QVERIFY(server.listen());
        MarketWsClient client(fastOptions(server.url()));
        QList<QPair<int, QStringList>> ups;
        connect(&client, &MarketWsClient::shardUp, this, [&](int shard, QStringList a) {
            ups.append({shard, a});
        });

        client.subscribe({QStringLiteral("111"), QStringLiteral("222")});
        QTRY_COMPARE_WITH_TIMEOUT(server.frames(0).size(), 1, 5'000);
        QCOMPARE(
                server.frames(0)[0],
                QStringLiteral(
                        R"({"assets_ids":["111","222"],"type":"market","initial_dump":true,"custom_feature_enabled":true})"));
        QTRY_COMPARE_WITH_TIMEOUT(ups.size(), 1, 5'000);
        QCOMPARE(ups[0].first, 0);
        QCOMPARE(ups[0].second, (QStringList{QStringLiteral("111"), QStringLiteral("222")}));

        // Additions to an open shard use the operation frame; duplicates are dropped.
        client.subscribe({QStringLiteral("222"), QStringLiteral("333")});
        QTRY_COMPARE_WITH_TIMEOUT(server.frames(0).size(), 2, 5'000);
        QCOMPARE(server.frames(0)[1],
                 QStringLiteral(R"({"operation":"subscribe","assets_ids":["333"]})"));
        client.unsubscribe({QStringLiteral("111")});
        QTRY_COMPARE_WITH_TIMEOUT(server.frames(0).size(), 3, 5'000);
        QCOMPARE(server.frames(0)[2],
                 QStringLiteral(R"({"operation":"unsubscribe","assets_ids":["111"]})"));
        QCOMPARE(client.shardCount(), 1);
        QCOMPARE(server.connections(), 1);
    }

    void shardsHoldAtMostMaxAssets()
    {
        WsServer server;
        QVERIFY(server.listen());
        MarketWsOptions options = fastOptions(server.url());
        options.maxAssetsPerConnection = 200;
        MarketWsClient client(options);
        int ups = 0;
        connect(&client, &MarketWsClient::shardUp, this, [&] { ++ups; });
        client.subscribe(ids(0, 450));
        QCOMPARE(client.shardCount(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(ups, 3, 5'000);
        QCOMPARE(server.connections(), 3);
        QStringList firstFrames;
        for (int i = 0; i < 3; ++i) {
            QTRY_COMPARE_WITH_TIMEOUT(server.frames(i).size(), 1, 5'000);
            firstFrames.append(server.frames(i)[0]);
        }
        // Connections may be accepted in any order; compare as sets.
        firstFrames.sort();
        QStringList expected{subscribeText(ids(0, 200)), subscribeText(ids(200, 200)),
                             subscribeText(ids(400, 50))};
        expected.sort();
        QCOMPARE(firstFrames, expected);
        QCOMPARE(client.shardOf(QString::number(100'000)), 0);
        QCOMPARE(client.shardOf(QString::number(100'000 + 449)), 2);

        // Free slots are filled before a fourth connection is opened.
        client.subscribe(ids(450, 150));
        QCOMPARE(client.shardCount(), 3);
        QCOMPARE(client.stats()[2].assets, 200);
    }

    void pingPongGivesHeartbeat()
    {
        WsServer server;
        QVERIFY(server.listen());
        MarketWsOptions options = fastOptions(server.url());
        options.pingIntervalMs = 50;
        MarketWsClient client(options);
        int heartbeats = 0;
        int frames = 0;
        connect(&client, &MarketWsClient::heartbeat, this, [&](int shard) {
            QCOMPARE(shard, 0);
            ++heartbeats;
        });
        connect(&client, &MarketWsClient::frame, this, [&] { ++frames; });
        client.subscribe({QStringLiteral("1")});
        QTRY_VERIFY_WITH_TIMEOUT(heartbeats >= 2, 5'000);
        QVERIFY(server.pings(0) >= 2);
        QCOMPARE(frames, 0); // PONG is not a frame
        QVERIFY(client.stats()[0].heartbeats >= 2);
        // Each PONG answers a PING: the round trip on loopback is measured, and small.
        QVERIFY(client.stats()[0].roundTripMs >= 0);
        QVERIFY(client.stats()[0].roundTripMs < 5'000);
        QCOMPARE(client.stats()[0].messages, quint64(0));
    }

    void serverCloseReconnectsAndResubscribes()
    {
        WsServer server;
        QVERIFY(server.listen());
        MarketWsClient client(fastOptions(server.url()));
        QStringList events;
        connect(&client, &MarketWsClient::shardDown, this, [&](int shard, QStringList a) {
            events.append(QStringLiteral("down %1 %2").arg(shard).arg(a.join(QLatin1Char(','))));
        });
        connect(&client, &MarketWsClient::shardUp, this, [&](int shard, QStringList a) {
            events.append(QStringLiteral("up %1 %2").arg(shard).arg(a.join(QLatin1Char(','))));
        });
        client.subscribe({QStringLiteral("7"), QStringLiteral("8")});
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, 5'000);
        QTRY_COMPARE_WITH_TIMEOUT(server.frames(0).size(), 1, 5'000);

        server.socket(0)->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("bye"));
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 3, 5'000);
        QCOMPARE(events, (QStringList{QStringLiteral("up 0 7,8"), QStringLiteral("down 0 7,8"),
                                      QStringLiteral("up 0 7,8")}));
        QCOMPARE(server.connections(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(server.frames(1).size(), 1, 5'000);
        QCOMPARE(server.frames(1)[0], subscribeText({QStringLiteral("7"), QStringLiteral("8")}));
        QCOMPARE(client.stats()[0].reconnects, 1);
        QCOMPARE(client.stats()[0].state, ShardState::Open);
    }

    void silentSocketIsDeclaredDead()
    {
        WsServer server;
        server.answerPing = false;
        QVERIFY(server.listen());
        MarketWsOptions options = fastOptions(server.url());
        options.pingIntervalMs = 50;
        options.deadAfterMs = 300;
        MarketWsClient client(options);
        int downs = 0;
        int ups = 0;
        connect(&client, &MarketWsClient::shardDown, this, [&] { ++downs; });
        connect(&client, &MarketWsClient::shardUp, this, [&] { ++ups; });
        client.subscribe({QStringLiteral("5")});
        QTRY_COMPARE_WITH_TIMEOUT(ups, 1, 5'000);
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(downs, 1, 5'000);
        QVERIFY(clock.elapsed() >= 250);
        QTRY_COMPARE_WITH_TIMEOUT(ups, 2, 5'000); // and it comes back
    }

    void keepsRetryingUntilServerAppears()
    {
        QTcpServer probe; // a port nobody listens on yet
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        MarketWsClient client(
                fastOptions(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/market").arg(port))));
        int ups = 0;
        int downs = 0;
        connect(&client, &MarketWsClient::shardUp, this, [&] { ++ups; });
        connect(&client, &MarketWsClient::shardDown, this, [&] { ++downs; });
        client.subscribe({QStringLiteral("9")});
        QTRY_VERIFY_WITH_TIMEOUT(client.stats()[0].reconnects >= 2, 5'000);
        QCOMPARE(ups, 0);
        QCOMPARE(downs, 0); // never up, so nothing to mark stale
        WsServer server;
        QVERIFY(server.listen(port));
        QTRY_COMPARE_WITH_TIMEOUT(ups, 1, 5'000);
        QTRY_COMPARE_WITH_TIMEOUT(server.frames(0).size(), 1, 5'000);
        QCOMPARE(server.frames(0)[0], subscribeText({QStringLiteral("9")}));
    }

    void framesArriveInOrderAcrossThreads()
    {
        WsServer server;
        QVERIFY(server.listen());
        server.onMessage = [](QWebSocket* socket, const QString& text) {
            if (text.startsWith(QLatin1String("{\"assets_ids\""))) {
                for (int i = 0; i < 200; ++i) {
                    socket->sendTextMessage(
                            QStringLiteral(R"({"event_type":"book","seq":%1})").arg(i));
                }
            }
        };
        QList<QByteArray> frames;
        QList<int> shards;
        QList<ShardStats> lastStats;
        {
            WorkerThread worker(QStringLiteral("ws"));
            MarketWsOptions options = fastOptions(server.url());
            options.statsIntervalMs = 50;
            auto* client = worker.adopt(new MarketWsClient(options));
            connect(client, &MarketWsClient::frame, this, [&](int shard, QByteArray text) {
                shards.append(shard);
                frames.append(text);
            });
            connect(client, &MarketWsClient::statsUpdated, this,
                    [&](QList<ShardStats> stats) { lastStats = stats; });
            worker.start();
            QMetaObject::invokeMethod(client, "subscribe", Q_ARG(QStringList, ids(0, 3)));
            QTRY_COMPARE_WITH_TIMEOUT(frames.size(), 200, 5'000);
            QTRY_VERIFY_WITH_TIMEOUT(!lastStats.isEmpty() && lastStats[0].messages == 200, 5'000);
        }
        for (int i = 0; i < 200; ++i) {
            QCOMPARE(frames[i],
                     QStringLiteral(R"({"event_type":"book","seq":%1})").arg(i).toUtf8());
            QCOMPARE(shards[i], 0);
        }
        QCOMPARE(lastStats[0].assets, 3);
        QVERIFY(lastStats[0].bytes > 200 * 20);
        QVERIFY(lastStats[0].lastMessageMs > 0);
    }
};

QTEST_GUILESS_MAIN(TestMarketWsClient)
#include "tst_marketwsclient.moc"
