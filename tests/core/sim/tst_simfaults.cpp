#include "tests/core/sim/TradingTestSupport.h"
#include "tests/support/TestPrinters.h"

#include <QElapsedTimer>
#include <QTest>

using namespace polaris;
using namespace polaris::sim;
using namespace polaris::sim::test;
using signing::OrderType;

/// The trading fault switches of SimFaults, driven through POST /sim/faults like a test harness
/// or an operator would, against real orders.
class TestSimFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<TradingClient> m_a;
    int m_market = -1;
    int m_yes = -1;

    SimUniverse& u() { return m_server->universe(); }
    int setFaults(const QByteArray& json)
    {
        return m_a->send("POST", QStringLiteral("/sim/faults"), {}, json).status;
    }
    QJsonObject place(const char* price, const char* shares, OrderType type)
    {
        return object(m_a->post(u(), m_yes, TradeSide::Buy, price, shares, type).body);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = startServer(31);
        QVERIFY(m_server);
        m_market = findBinary(u(), false);
        m_yes = u().markets[static_cast<std::size_t>(m_market)].tokens[0];
        m_a = std::make_unique<TradingClient>(m_server->httpUrl());
        QCOMPARE(m_a->login().status, 200);
    }

    void init()
    {
        QCOMPARE(setFaults("{\"order_reject_next\":0,\"fill_fraction\":1,\"order_delay_ms\":0,"
                           "\"reject_as_http_error\":false,\"competing_taker_rate\":0,"
                           "\"competing_taker_fraction\":0.5,\"user_ws_drop_every_s\":0}"),
                 200);
        QCOMPARE(m_a->l2("DELETE", QStringLiteral("/cancel-all")).status, 200);
        m_server->exchange().accounts().wallet(m_a->address()) = SimWallet{};
        m_server->exchange().accounts().wallet(m_a->address()).collateral =
                Decimal::fromInt(10'000);
        setMirroredBook(u(), m_market, levels({{"0.47", "100"}}),
                        levels({{"0.5", "10"}, {"0.51", "20"}}));
    }

    void rejectTheNextOrdersWithAVenueMessage()
    {
        QCOMPARE(setFaults("{\"order_reject_next\":2,\"order_reject_message\":\"could not insert "
                           "order\"}"),
                 200);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject refused = place("0.5", "5", OrderType::Fok);
            QCOMPARE(refused.value(QLatin1String("success")).toBool(), true); // per the spec table
            QCOMPARE(str(refused, "errorMsg"), QLatin1String("could not insert order"));
            QCOMPARE(str(refused, "orderID"), QString());
        }
        QCOMPARE(str(place("0.5", "5", OrderType::Fok), "status"), QLatin1String("matched"));
        QCOMPARE(object(m_a->send("GET", QStringLiteral("/sim/faults"), {}).body)
                         .value(QLatin1String("order_reject_next"))
                         .toInt(),
                 0);

        QCOMPARE(setFaults("{\"order_reject_next\":1,\"order_reject_message\":\"the market is not "
                           "yet ready to process new orders\"}"),
                 200);
        const QJsonObject notReady = place("0.5", "5", OrderType::Fok);
        QCOMPARE(notReady.value(QLatin1String("success")).toBool(), false);
        QCOMPARE(str(notReady, "errorMsg"),
                 QLatin1String("the market is not yet ready to process new orders"));
        QCOMPARE(sideOf(u(), m_yes, BookSide::Ask).front().size, dec("5")); // only one order traded
    }

    void fillFractionMakesPartialFills()
    {
        QCOMPARE(setFaults("{\"fill_fraction\":0.4}"), 200);
        const QJsonObject fak = place("0.51", "25", OrderType::Fak);
        QCOMPARE(str(fak, "takingAmount"), QLatin1String("10"));
        QCOMPARE(str(fak, "makingAmount"), QLatin1String("5"));
        const QJsonObject gtc = place("0.51", "25", OrderType::Gtc);
        QCOMPARE(str(gtc, "takingAmount"), QLatin1String("10"));
        const QJsonObject stored =
                object(m_a->l2("GET", QStringLiteral("/data/order/") + str(gtc, "orderID")).body);
        QCOMPARE(str(stored, "status"), QLatin1String("LIVE"));
        QCOMPARE(str(stored, "size_matched"), QLatin1String("10"));
        const QJsonObject fok = place("0.51", "5", OrderType::Fok);
        QCOMPARE(str(fok, "errorMsg"),
                 QLatin1String(
                         "order couldn't be fully filled, FOK orders are fully filled/killed"));
        QCOMPARE(sideOf(u(), m_yes, BookSide::Ask), levels({{"0.51", "10"}}));
    }

    void orderAnswersCanBeLateWhileEventsAreNot()
    {
        UserWs ws;
        QVERIFY(ws.open(m_server->userWsUrl(), m_a->credentials()));
        QCOMPARE(setFaults("{\"order_delay_ms\":400}"), 200);
        QElapsedTimer clock;
        clock.start();
        const QJsonObject answer = place("0.5", "5", OrderType::Fok);
        QVERIFY2(clock.elapsed() >= 390, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(str(answer, "status"), QLatin1String("matched"));
        QVERIFY(!ws.messages.isEmpty()); // the user channel told us while the answer was held back
        clock.restart();
        QCOMPARE(m_a->l2("GET", QStringLiteral("/data/orders")).status, 200);
        QVERIFY(clock.elapsed() < 390); // queries are not delayed
        clock.restart();
        QCOMPARE(m_a->l2("DELETE", QStringLiteral("/cancel-all")).status, 200);
        QVERIFY(clock.elapsed() >= 390);
    }

    void refusalsAsHttpErrors()
    {
        QCOMPARE(setFaults("{\"reject_as_http_error\":true}"), 200);
        const Reply killed = m_a->post(u(), m_yes, TradeSide::Buy, "0.51", "100", OrderType::Fok);
        QCOMPARE(killed.status, 400);
        QCOMPARE(killed.body, QByteArray("{\"error\":\"order couldn't be fully filled, FOK orders "
                                         "are fully filled/killed\"}"));
        QCOMPARE(m_a->post(u(), m_yes, TradeSide::Buy, "0.5", "5", OrderType::Fok).status, 200);
    }

    void competingTakerWinsTheRace()
    {
        QCOMPARE(setFaults("{\"competing_taker_rate\":1,\"competing_taker_fraction\":0.5}"), 200);
        const QJsonObject fok = place("0.51", "25", OrderType::Fok);
        QCOMPARE(str(fok, "errorMsg"),
                 QLatin1String(
                         "order couldn't be fully filled, FOK orders are fully filled/killed"));
        QCOMPARE(sideOf(u(), m_yes, BookSide::Ask), levels({{"0.5", "5"}, {"0.51", "10"}}));
        const QJsonObject fak = place("0.51", "25", OrderType::Fak);
        QCOMPARE(str(fak, "takingAmount"), QLatin1String("7.5"));
        QCOMPARE(str(fak, "makingAmount"), QLatin1String("3.8")); // 2.5 x 0.5 + 5 x 0.51
        QVERIFY(sideOf(u(), m_yes, BookSide::Ask).empty());
        // Resting orders that do not cross are not raced.
        QCOMPARE(str(place("0.4", "5", OrderType::Gtc), "status"), QLatin1String("live"));
    }

    void userChannelDrops()
    {
        WsClient market;
        QVERIFY(market.open(m_server->wsUrl()));
        UserWs ws;
        QVERIFY(ws.open(m_server->userWsUrl(), m_a->credentials()));
        QSignalSpy dropped(&ws.socket, &QWebSocket::disconnected);
        QCOMPARE(setFaults("{\"user_ws_drop_now\":true}"), 200);
        QVERIFY(dropped.count() == 1 || dropped.wait(3'000));
        QVERIFY(market.sync()); // the market channel is not affected
        QTRY_COMPARE_WITH_TIMEOUT(m_server->userWs().connectionCount(), 0, 3'000);

        UserWs again;
        QVERIFY(again.open(m_server->userWsUrl(), m_a->credentials()));
        QSignalSpy droppedAgain(&again.socket, &QWebSocket::disconnected);
        QCOMPARE(setFaults("{\"user_ws_drop_every_s\":1}"), 200);
        QVERIFY(droppedAgain.wait(3'000));
    }

    void badSwitchValuesAreRefused()
    {
        QCOMPARE(setFaults("{\"fill_fraction\":0}"), 400);
        QCOMPARE(setFaults("{\"fill_fraction\":1.5}"), 400);
        QCOMPARE(setFaults("{\"competing_taker_rate\":2}"), 400);
        QCOMPARE(setFaults("{\"order_reject_message\":5}"), 400);
        QCOMPARE(setFaults("{\"order_delay_ms\":-1}"), 400);
        QCOMPARE(setFaults("{\"user_ws_drop_now\":1}"), 400);
        const QJsonObject now = object(m_a->send("GET", QStringLiteral("/sim/faults"), {}).body);
        QCOMPARE(str(now, "fill_fraction"), QLatin1String("1"));
        QCOMPARE(str(now, "competing_taker_fraction"), QLatin1String("0.5"));
    }
};

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"
