#include "tests/core/sim/TradingTestSupport.h"
#include "tests/support/SharedFixtures.h"

#include <QTest>

using namespace polaris;
using namespace polaris::sim;
using namespace polaris::sim::test;
using signing::OrderType;

namespace {

/// Key -> JSON type name, to compare an event's shape with a recorded capture.
QMap<QString, QString> shape(const QJsonObject& o)
{
    QMap<QString, QString> out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        out.insert(it.key(), v.isString()   ? QStringLiteral("string")
                             : v.isNull()   ? QStringLiteral("null")
                             : v.isDouble() ? QStringLiteral("number")
                             : v.isArray()  ? QStringLiteral("array")
                             : v.isBool()   ? QStringLiteral("bool")
                                            : QStringLiteral("object"));
    }
    return out;
}

std::vector<QJsonObject> ofType(const std::vector<QJsonObject>& events, const char* type)
{
    std::vector<QJsonObject> out;
    for (const QJsonObject& e : events) {
        if (str(e, "event_type") == QLatin1String(type)) {
            out.push_back(e);
        }
    }
    return out;
}

} // namespace

/// The user channel at /ws/user: auth, market filter, and order/trade events in the venue's
/// recorded shapes (S9 ws_messages captures in ../shared) with exact values.
class TestSimUserHub : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<TradingClient> m_a;
    int m_market = -1;
    int m_yes = -1;
    QString m_condition;

    SimUniverse& u() { return m_server->universe(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = startServer(21);
        QVERIFY(m_server);
        m_market = findBinary(u(), false);
        QVERIFY(m_market >= 0);
        m_yes = u().markets[static_cast<std::size_t>(m_market)].tokens[0];
        m_condition =
                QString::fromStdString(u().markets[static_cast<std::size_t>(m_market)].conditionId);
        m_a = std::make_unique<TradingClient>(m_server->httpUrl());
        QCOMPARE(m_a->login().status, 200);
    }

    void init()
    {
        QCOMPARE(m_a->l2("DELETE", QStringLiteral("/cancel-all")).status, 200);
        setMirroredBook(u(), m_market, levels({{"0.47", "100"}}),
                        levels({{"0.5", "10"}, {"0.51", "20"}}));
    }

    void badAuthClosesTheSocketWithAReason()
    {
        signing::ApiCredentials wrong = m_a->credentials();
        wrong.secret = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
        UserWs ws;
        QSignalSpy connected(&ws.socket, &QWebSocket::connected);
        QSignalSpy closed(&ws.socket, &QWebSocket::disconnected);
        ws.socket.open(QUrl(m_server->userWsUrl()));
        QVERIFY(connected.wait(5'000));
        ws.socket.sendTextMessage(
                QStringLiteral(
                        "{\"auth\":{\"apiKey\":\"%1\",\"secret\":\"%2\",\"passphrase\":\"%3\"},"
                        "\"type\":\"user\"}")
                        .arg(QString::fromStdString(wrong.apiKey),
                             QString::fromStdString(wrong.secret),
                             QString::fromStdString(wrong.passphrase)));
        QVERIFY(closed.wait(3'000));
        QCOMPARE(ws.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QCOMPARE(ws.socket.closeReason(), QLatin1String("Unauthorized/Invalid api key"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->userWs().connectionCount(), 0, 3'000);

        // A first frame that is not a subscription is refused the same way.
        UserWs garbled;
        QSignalSpy garbledClosed(&garbled.socket, &QWebSocket::disconnected);
        QSignalSpy garbledConnected(&garbled.socket, &QWebSocket::connected);
        garbled.socket.open(QUrl(m_server->userWsUrl()));
        QVERIFY(garbledConnected.wait(5'000));
        garbled.socket.sendTextMessage(QStringLiteral("{\"type\":\"user\""));
        QVERIFY(garbledClosed.wait(3'000));
        QCOMPARE(garbled.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    }

    void takerOrderAndTradeEventsMatchTheCaptures()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/order_placement.json", placement);
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/user_trade2.json", takerTrade);
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/user_trade3.json", makerLegTrade);
        UserWs ws;
        QVERIFY(ws.open(m_server->userWsUrl(), m_a->credentials(), QJsonArray{m_condition}));
        QCOMPARE(m_server->userWs().connectionCount(), 1);

        const Reply r = m_a->post(u(), m_yes, TradeSide::Buy, "0.52", "25", OrderType::Fok);
        const QJsonObject answer = object(r.body);
        QCOMPARE(str(answer, "status"), QLatin1String("matched"));
        QVERIFY(ws.sync());
        const std::vector<QJsonObject> events = ws.events();
        const auto orders = ofType(events, "order");
        const auto trades = ofType(events, "trade");
        QCOMPARE(orders.size(), std::size_t{1});
        QCOMPARE(trades.size(), std::size_t{2});

        const QJsonObject order = orders[0];
        QCOMPARE(order.keys(), object(placement).keys());
        const QString apiKey = QString::fromStdString(m_a->credentials().apiKey);
        const QString yesId =
                QString::fromStdString(u().tokens[static_cast<std::size_t>(m_yes)].id);
        QCOMPARE(str(order, "type"), QLatin1String("PLACEMENT"));
        QCOMPARE(str(order, "status"), QLatin1String("MATCHED"));
        QCOMPARE(str(order, "id"), str(answer, "orderID"));
        QCOMPARE(str(order, "asset_id"), yesId);
        QCOMPARE(str(order, "market"), m_condition);
        QCOMPARE(str(order, "owner"), apiKey);
        QCOMPARE(str(order, "order_owner"), apiKey);
        QCOMPARE(str(order, "maker_address"), QLatin1String(signing_vectors::kKeyAddress));
        QCOMPARE(str(order, "order_type"), QLatin1String("FOK"));
        QCOMPARE(str(order, "original_size"), QLatin1String("25"));
        QCOMPARE(str(order, "size_matched"), QLatin1String("25"));
        QCOMPARE(str(order, "price"), QLatin1String("0.52"));
        QCOMPARE(str(order, "side"), QLatin1String("BUY"));
        QCOMPARE(str(order, "outcome"), QLatin1String("Yes"));
        QCOMPARE(str(order, "expiration"), QLatin1String("0"));
        QCOMPARE(order.value(QLatin1String("associate_trades")).toArray(),
                 answer.value(QLatin1String("tradeIDs")).toArray());
        QVERIFY(qAbs(str(order, "created_at").toLongLong() - QDateTime::currentSecsSinceEpoch())
                < 5);
        QVERIFY(qAbs(str(order, "timestamp").toLongLong() - QDateTime::currentMSecsSinceEpoch())
                < 5'000);

        const QJsonObject trade = trades[0];
        QCOMPARE(shape(trade), shape(object(takerTrade)));
        const QJsonObject makerLeg =
                trade.value(QLatin1String("maker_orders")).toArray()[0].toObject();
        QCOMPARE(shape(makerLeg), shape(object(makerLegTrade)
                                                .value(QLatin1String("maker_orders"))
                                                .toArray()[0]
                                                .toObject()));
        QCOMPARE(str(trade, "id"), answer.value(QLatin1String("tradeIDs")).toArray()[0].toString());
        QCOMPARE(str(trade, "transaction_hash"),
                 answer.value(QLatin1String("transactionsHashes")).toArray()[0].toString());
        QCOMPARE(str(trade, "status"), QLatin1String("MATCHED"));
        QCOMPARE(str(trade, "type"), QLatin1String("TRADE"));
        QCOMPARE(str(trade, "trader_side"), QLatin1String("TAKER"));
        QCOMPARE(str(trade, "taker_order_id"), str(answer, "orderID"));
        QCOMPARE(str(trade, "owner"), apiKey);
        QCOMPARE(str(trade, "trade_owner"), apiKey);
        QCOMPARE(str(trade, "maker_address"), QLatin1String(signing_vectors::kKeyAddress));
        QCOMPARE(str(trade, "asset_id"), yesId);
        QCOMPARE(str(trade, "market"), m_condition);
        QCOMPARE(str(trade, "outcome"), QLatin1String("Yes"));
        QCOMPARE(str(trade, "side"), QLatin1String("BUY"));
        QCOMPARE(str(trade, "price"), QLatin1String("0.5"));
        QCOMPARE(str(trade, "size"), QLatin1String("10"));
        QCOMPARE(str(trade, "fee_rate_bps"), QLatin1String("0"));
        QCOMPARE(trade.value(QLatin1String("bucket_index")).toInt(-1), 0);
        QCOMPARE(str(makerLeg, "matched_amount"), QLatin1String("10"));
        QCOMPARE(str(makerLeg, "price"), QLatin1String("0.5"));
        QCOMPARE(str(makerLeg, "side"), QLatin1String("SELL"));
        QCOMPARE(str(makerLeg, "asset_id"), yesId);
        QCOMPARE(str(makerLeg, "owner"), QLatin1String(SimMatcher::kSimOwner));
        QCOMPARE(str(makerLeg, "maker_address"), QLatin1String(SimMatcher::kSimAddress));
        QCOMPARE(str(trades[1], "price"), QLatin1String("0.51"));
        QCOMPARE(str(trades[1], "size"), QLatin1String("15"));

        // The trades move on to MINED and CONFIRMED (150 / 300 ms in this server).
        const QString tradeId = str(trade, "id");
        QVERIFY(QTest::qWaitFor(
                [&] {
                    for (const QJsonObject& e : ws.events()) {
                        if (str(e, "id") == tradeId
                            && str(e, "status") == QLatin1String("CONFIRMED")) {
                            return true;
                        }
                    }
                    return false;
                },
                5'000));
        QStringList statuses;
        for (const QJsonObject& e : ofType(ws.events(), "trade")) {
            if (str(e, "id") == tradeId) {
                statuses << str(e, "status");
                QCOMPARE(shape(e), shape(object(takerTrade)));
            }
        }
        QCOMPARE(statuses, (QStringList{QStringLiteral("MATCHED"), QStringLiteral("MINED"),
                                        QStringLiteral("CONFIRMED")}));
        const QJsonArray listed =
                object(m_a->l2("GET", QStringLiteral("/data/trades?id=") + tradeId).body)
                        .value(QLatin1String("data"))
                        .toArray();
        QCOMPARE(str(listed[0].toObject(), "status"), QLatin1String("CONFIRMED"));
    }

    void killsRestsAndCancellationsHaveTheirEvents()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/order_cancel.json", cancelCapture);
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/order_placement.json", placement);
        UserWs ws;
        QVERIFY(ws.open(m_server->userWsUrl(), m_a->credentials()));
        const QJsonObject killed =
                object(m_a->post(u(), m_yes, TradeSide::Buy, "0.51", "100", OrderType::Fok).body);
        const QJsonObject resting =
                object(m_a->post(u(), m_yes, TradeSide::Buy, "0.45", "10", OrderType::Gtc).body);
        const QByteArray cancel = "{\"orderID\":\"" + str(resting, "orderID").toUtf8() + "\"}";
        QCOMPARE(m_a->l2("DELETE", QStringLiteral("/order"), cancel).status, 200);
        QVERIFY(ws.sync());
        const auto orders = ofType(ws.events(), "order");
        QCOMPARE(orders.size(), std::size_t{3});

        QCOMPARE(str(orders[0], "id"), str(killed, "orderID"));
        QCOMPARE(str(orders[0], "type"), QLatin1String("CANCELLATION"));
        QCOMPARE(str(orders[0], "status"), QLatin1String("CANCELED_order couldn't be fully filled. "
                                                         "FOK orders are fully filled or killed."));
        QCOMPARE(str(orders[0], "size_matched"), QLatin1String("0"));

        QCOMPARE(shape(orders[1]), shape(object(placement))); // associate_trades null, all strings
        QCOMPARE(str(orders[1], "type"), QLatin1String("PLACEMENT"));
        QCOMPARE(str(orders[1], "status"), QLatin1String("LIVE"));
        QCOMPARE(str(orders[1], "size_matched"), QLatin1String("0"));
        QCOMPARE(str(orders[1], "order_type"), QLatin1String("GTC"));

        QCOMPARE(shape(orders[2]), shape(object(cancelCapture)));
        QCOMPARE(str(orders[2], "id"), str(resting, "orderID"));
        QCOMPARE(str(orders[2], "type"), QLatin1String("CANCELLATION"));
        QCOMPARE(str(orders[2], "status"), QLatin1String("CANCELED"));
        QVERIFY(ofType(ws.events(), "trade").empty());
    }

    void restingOrderFilledByTheWalkSendsUpdateAndMakerTrade()
    {
        UserWs ws;
        QVERIFY(ws.open(m_server->userWsUrl(), m_a->credentials()));
        const QJsonObject resting =
                object(m_a->post(u(), m_yes, TradeSide::Buy, "0.48", "10", OrderType::Gtc).body);
        const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(u().tokens[static_cast<std::size_t>(m_yes)]
                        .book.applyChange({BookSide::Ask, dec("0.48"), dec("4")}, now, now)
                        .ok());
        m_server->exchange().onBooksMoved(now);
        QVERIFY(ws.sync());
        const auto orders = ofType(ws.events(), "order");
        QCOMPARE(orders.size(), std::size_t{2});
        QCOMPARE(str(orders[1], "type"), QLatin1String("UPDATE"));
        QCOMPARE(str(orders[1], "status"), QLatin1String("LIVE"));
        QCOMPARE(str(orders[1], "size_matched"), QLatin1String("4"));
        const auto trades = ofType(ws.events(), "trade");
        QCOMPARE(trades.size(), std::size_t{1});
        QCOMPARE(str(trades[0], "trader_side"), QLatin1String("MAKER"));
        QCOMPARE(str(trades[0], "side"), QLatin1String("SELL"));
        QCOMPARE(str(trades[0], "owner"), QLatin1String(SimMatcher::kSimOwner));
        const QJsonObject leg =
                trades[0].value(QLatin1String("maker_orders")).toArray()[0].toObject();
        QCOMPARE(str(leg, "order_id"), str(resting, "orderID"));
        QCOMPARE(str(leg, "owner"), QString::fromStdString(m_a->credentials().apiKey));
        QCOMPARE(str(leg, "matched_amount"), QLatin1String("4"));
        QCOMPARE(str(leg, "price"), QLatin1String("0.48"));
        QCOMPARE(str(leg, "side"), QLatin1String("BUY"));
    }

    void marketFilterAndOtherUsers()
    {
        const int other = findBinary(u(), true);
        const QString otherCondition =
                QString::fromStdString(u().markets[static_cast<std::size_t>(other)].conditionId);
        UserWs elsewhere;
        QVERIFY(elsewhere.open(m_server->userWsUrl(), m_a->credentials(),
                               QJsonArray{otherCondition}));
        TradingClient b(m_server->httpUrl(), kSecondKeyHex);
        QCOMPARE(b.login().status, 200);
        UserWs stranger;
        QVERIFY(stranger.open(m_server->userWsUrl(), b.credentials()));

        QCOMPARE(
                str(object(m_a->post(u(), m_yes, TradeSide::Buy, "0.44", "5", OrderType::Gtc).body),
                    "status"),
                QLatin1String("live"));
        QVERIFY(elsewhere.sync());
        QVERIFY(stranger.sync());
        QVERIFY(elsewhere.events().empty());
        QVERIFY(stranger.events().empty());

        elsewhere.socket.sendTextMessage(
                QStringLiteral("{\"operation\":\"subscribe\",\"markets\":[\"%1\"]}")
                        .arg(m_condition));
        QVERIFY(elsewhere.sync());
        QCOMPARE(
                str(object(m_a->post(u(), m_yes, TradeSide::Buy, "0.43", "5", OrderType::Gtc).body),
                    "status"),
                QLatin1String("live"));
        QVERIFY(elsewhere.sync());
        QCOMPARE(elsewhere.events().size(), std::size_t{1});
        QCOMPARE(str(elsewhere.events()[0], "price"), QLatin1String("0.43"));
    }
};

QTEST_GUILESS_MAIN(TestSimUserHub)
#include "tst_simuserhub.moc"
