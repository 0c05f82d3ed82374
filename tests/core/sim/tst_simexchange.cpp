#include "core/market/TakerFee.h"
#include "tests/core/sim/SimTestSupport.h"
#include "tests/core/sim/TradingTestSupport.h"
#include "tests/support/TestPrinters.h"

#include <QTest>

using namespace polaris;
using namespace polaris::sim;
using namespace polaris::sim::test;
using signing::OrderType;

namespace {
const char kFokMsg[] = "order couldn't be fully filled, FOK orders are fully filled/killed";
const char kBalanceMsg[] = "not enough balance / allowance";
} // namespace

/// The simulator's matching engine through its real endpoints: orders signed by our own signing
/// code, matched against books the test sets, with exact amounts, books and balances asserted.
class TestSimExchange : public QObject, public OrderFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startFixture(11); }
    void init() { resetFixture(); }

    void fokBuyWalksTheAsksAndPublishesTheConsumedLevels()
    {
        WsClient feed;
        QVERIFY(feed.open(m_server->wsUrl()));
        feed.socket.sendTextMessage(
                QStringLiteral("{\"assets_ids\":[\"%1\"],\"type\":\"market\"}")
                        .arg(QString::fromStdString(
                                u().tokens[static_cast<std::size_t>(m_yes)].id)));
        QVERIFY(feed.sync());
        feed.messages.clear();

        const signing::SignedOrder order = m_a->order(u(), m_yes, TradeSide::Buy, "0.52", "25");
        const Reply r = m_a->l2("POST", QStringLiteral("/order"), m_a->body(order, OrderType::Fok));
        QCOMPARE(r.status, 200);
        const QJsonObject answer = object(r.body);
        QCOMPARE(answer.value(QLatin1String("success")).toBool(), true);
        QCOMPARE(str(answer, "orderID"), QString::fromStdString(signing::toHex(order.orderHash)));
        QCOMPARE(str(answer, "status"), QLatin1String("matched"));
        QCOMPARE(str(answer, "makingAmount"), QLatin1String("12.65")); // 10 x 0.50 + 15 x 0.51
        QCOMPARE(str(answer, "takingAmount"), QLatin1String("25"));
        QCOMPARE(str(answer, "errorMsg"), QString());
        QCOMPARE(answer.value(QLatin1String("tradeIDs")).toArray().size(), 2);
        QCOMPARE(answer.value(QLatin1String("transactionsHashes")).toArray().size(), 2);

        QCOMPARE(sideOf(u(), m_yes, BookSide::Ask), levels({{"0.51", "5"}, {"0.53", "100"}}));
        QCOMPARE(sideOf(u(), m_no, BookSide::Bid), levels({{"0.49", "5"}, {"0.47", "100"}}));
        QCOMPARE(m_a->collateral(), dec("9987.35"));
        QCOMPARE(m_a->shares(u(), m_yes), dec("25"));

        const QJsonObject stored = getOrder(*m_a, str(answer, "orderID"));
        QCOMPARE(str(stored, "status"), QLatin1String("MATCHED"));
        QCOMPARE(str(stored, "size_matched"), QLatin1String("25"));
        QCOMPARE(str(stored, "original_size"), QLatin1String("25"));
        QCOMPARE(str(stored, "price"), QLatin1String("0.52"));
        QCOMPARE(str(stored, "order_type"), QLatin1String("FOK"));
        QCOMPARE(str(stored, "maker_address"), QLatin1String(signing_vectors::kKeyAddress));
        QCOMPARE(stored.value(QLatin1String("associate_trades")).toArray(),
                 answer.value(QLatin1String("tradeIDs")).toArray());

        // The feed saw the levels go: YES ask 0.5 removed, 0.51 down to 5, and trade prints.
        QVERIFY(feed.sync());
        bool removed = false;
        bool reduced = false;
        int prints = 0;
        for (const QString& m : feed.messages) {
            const QJsonObject e = QJsonDocument::fromJson(m.toUtf8()).object();
            if (str(e, "event_type") == QLatin1String("last_trade_price")) {
                ++prints;
            }
            for (const QJsonValue& c : e.value(QLatin1String("price_changes")).toArray()) {
                const QJsonObject change = c.toObject();
                removed = removed
                          || (str(change, "price") == QLatin1String("0.5")
                              && str(change, "size") == QLatin1String("0")
                              && str(change, "side") == QLatin1String("SELL"));
                reduced = reduced
                          || (str(change, "price") == QLatin1String("0.51")
                              && str(change, "size") == QLatin1String("5")
                              && str(change, "best_ask") == QLatin1String("0.51"));
            }
        }
        QVERIFY(removed);
        QVERIFY(reduced);
        QCOMPARE(prints, 2);
        QCOMPARE(QJsonDocument::fromJson(m_server->universe().bookJson(m_yes))
                         .object()
                         .value(QLatin1String("asks"))
                         .toArray()
                         .size(),
                 2);
    }

    void tradesListTheFillsFromTheTakersSide()
    {
        const QJsonObject answer = place(*m_a, TradeSide::Buy, "0.51", "12", OrderType::Fok);
        QCOMPARE(str(answer, "makingAmount"), QLatin1String("6.02")); // 10 x 0.5 + 2 x 0.51
        const QJsonObject page =
                object(m_a->l2("GET", QStringLiteral("/data/trades?id=%1")
                                              .arg(answer.value(QLatin1String("tradeIDs"))
                                                           .toArray()[1]
                                                           .toString()))
                               .body);
        const QJsonArray data = page.value(QLatin1String("data")).toArray();
        QCOMPARE(data.size(), 1);
        const QJsonObject trade = data[0].toObject();
        QCOMPARE(str(trade, "price"), QLatin1String("0.51"));
        QCOMPARE(str(trade, "size"), QLatin1String("2"));
        QCOMPARE(str(trade, "side"), QLatin1String("BUY"));
        QCOMPARE(str(trade, "trader_side"), QLatin1String("TAKER"));
        QCOMPARE(str(trade, "status"), QLatin1String("MATCHED"));
        QCOMPARE(str(trade, "taker_order_id"), str(answer, "orderID"));
        QCOMPARE(str(trade, "owner"), QString::fromStdString(m_a->credentials().apiKey));
        QCOMPARE(str(trade, "outcome"), QLatin1String("Yes"));
        const QJsonArray makers = trade.value(QLatin1String("maker_orders")).toArray();
        QCOMPARE(makers.size(), 1);
        QCOMPARE(str(makers[0].toObject(), "matched_amount"), QLatin1String("2"));
        QCOMPARE(str(makers[0].toObject(), "side"), QLatin1String("SELL"));
        QCOMPARE(str(makers[0].toObject(), "owner"), QLatin1String(SimMatcher::kSimOwner));
        QCOMPARE(page.value(QLatin1String("next_cursor")).toString(), QLatin1String("LTE="));
    }

    void fokThatCannotFillIsKilledAndLeavesTheBook()
    {
        const QJsonObject answer = place(*m_a, TradeSide::Buy, "0.51", "40", OrderType::Fok);
        QCOMPARE(answer.value(QLatin1String("success")).toBool(), true);
        QCOMPARE(str(answer, "errorMsg"), QLatin1String(kFokMsg));
        QCOMPARE(str(answer, "status"), QLatin1String("unmatched"));
        QCOMPARE(str(answer, "makingAmount"), QString());
        QCOMPARE(str(answer, "takingAmount"), QString());
        QVERIFY(answer.value(QLatin1String("tradeIDs")).toArray().isEmpty());
        QCOMPARE(sideOf(u(), m_yes, BookSide::Ask),
                 levels({{"0.5", "10"}, {"0.51", "20"}, {"0.53", "100"}}));
        QCOMPARE(m_a->collateral(), dec("10000"));
        QCOMPARE(str(getOrder(*m_a, str(answer, "orderID")), "status"), QLatin1String("CANCELED"));
    }

    void fakFillsWhatItCanAndCancelsTheRest()
    {
        const QJsonObject answer = place(*m_a, TradeSide::Buy, "0.51", "40", OrderType::Fak);
        QCOMPARE(str(answer, "status"), QLatin1String("matched"));
        QCOMPARE(str(answer, "makingAmount"), QLatin1String("15.2"));
        QCOMPARE(str(answer, "takingAmount"), QLatin1String("30"));
        QCOMPARE(sideOf(u(), m_yes, BookSide::Ask), levels({{"0.53", "100"}}));
        const QJsonObject stored = getOrder(*m_a, str(answer, "orderID"));
        QCOMPARE(str(stored, "status"), QLatin1String("CANCELED"));
        QCOMPARE(str(stored, "size_matched"), QLatin1String("30"));
        QCOMPARE(m_a->collateral(), dec("9984.8"));
        // Nothing left to take at the limit: killed, no error text.
        const QJsonObject none = place(*m_a, TradeSide::Buy, "0.51", "5", OrderType::Fak);
        QCOMPARE(str(none, "status"), QLatin1String("unmatched"));
        QCOMPARE(str(none, "errorMsg"), QString());
    }

    void sellFokHitsTheBids()
    {
        wallet(*m_a).shares[m_yes] = dec("50");
        const QJsonObject answer = place(*m_a, TradeSide::Sell, "0.46", "120", OrderType::Fok);
        QCOMPARE(str(answer, "errorMsg"), QLatin1String(kBalanceMsg)); // holds only 50
        QCOMPARE(str(answer, "orderID"), QString());
        const QJsonObject sold = place(*m_a, TradeSide::Sell, "0.46", "50", OrderType::Fok);
        QCOMPARE(str(sold, "makingAmount"), QLatin1String("50"));
        QCOMPARE(str(sold, "takingAmount"), QLatin1String("23.5")); // 50 x 0.47
        QCOMPARE(sideOf(u(), m_yes, BookSide::Bid), levels({{"0.47", "50"}, {"0.46", "200"}}));
        QCOMPARE(sideOf(u(), m_no, BookSide::Ask), levels({{"0.53", "50"}, {"0.54", "200"}}));
        QCOMPARE(m_a->collateral(), dec("10023.5"));
        QCOMPARE(m_a->shares(u(), m_yes), Decimal());
    }

    void gtcRestsHiddenAndIsCancelled()
    {
        const QJsonObject answer = place(*m_a, TradeSide::Buy, "0.48", "10", OrderType::Gtc);
        QCOMPARE(str(answer, "status"), QLatin1String("live"));
        QCOMPARE(str(answer, "makingAmount"), QString());
        const QString id = str(answer, "orderID");
        QCOMPARE(sideOf(u(), m_yes, BookSide::Bid), levels({{"0.47", "100"}, {"0.46", "200"}}));
        QCOMPARE(wallet(*m_a).reservedCollateral, dec("4.8"));
        const QJsonObject open = object(m_a->l2("GET", QStringLiteral("/data/orders")).body);
        QCOMPARE(open.value(QLatin1String("data")).toArray().size(), 1);
        QCOMPARE(str(open.value(QLatin1String("data")).toArray()[0].toObject(), "id"), id);
        QCOMPARE(str(open.value(QLatin1String("data")).toArray()[0].toObject(), "status"),
                 QLatin1String("LIVE"));
        // Another account cannot cancel it.
        const QJsonObject foreign = object(
                m_b->l2("DELETE", QStringLiteral("/order"), "{\"orderID\":\"" + id.toUtf8() + "\"}")
                        .body);
        QCOMPARE(foreign.value(QLatin1String("canceled")).toArray().size(), 0);
        QCOMPARE(str(foreign.value(QLatin1String("not_canceled")).toObject(),
                     id.toUtf8().constData()),
                 QLatin1String("order not found"));

        const Reply cancelled = m_a->l2("DELETE", QStringLiteral("/order"),
                                        "{\"orderID\":\"" + id.toUtf8() + "\"}");
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(object(cancelled.body).value(QLatin1String("canceled")).toArray(), QJsonArray{id});
        QCOMPARE(object(cancelled.body).value(QLatin1String("not_canceled")).toObject(),
                 QJsonObject());
        QCOMPARE(wallet(*m_a).reservedCollateral, Decimal());
        const QJsonObject again = object(
                m_a->l2("DELETE", QStringLiteral("/orders"), "[\"" + id.toUtf8() + "\"]").body);
        QCOMPARE(
                str(again.value(QLatin1String("not_canceled")).toObject(), id.toUtf8().constData()),
                QLatin1String("already canceled or matched"));
        QCOMPARE(str(getOrder(*m_a, id), "status"), QLatin1String("CANCELED"));
        QCOMPARE(object(m_a->l2("GET", QStringLiteral("/data/orders")).body)
                         .value(QLatin1String("data"))
                         .toArray()
                         .size(),
                 0);
    }

    void gtcTakesThenRestsAndTheWalkFillsIt()
    {
        const QJsonObject answer = place(*m_a, TradeSide::Buy, "0.5", "25", OrderType::Gtc);
        QCOMPARE(str(answer, "status"), QLatin1String("matched"));
        QCOMPARE(str(answer, "makingAmount"), QLatin1String("5"));
        QCOMPARE(str(answer, "takingAmount"), QLatin1String("10"));
        const QString id = str(answer, "orderID");
        QCOMPARE(str(getOrder(*m_a, id), "status"), QLatin1String("LIVE"));
        QCOMPARE(str(getOrder(*m_a, id), "size_matched"), QLatin1String("10"));
        QCOMPARE(wallet(*m_a).reservedCollateral, dec("7.5")); // 15 x 0.5

        // A simulated seller shows up below our hidden bid: it trades with us at our price.
        const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(u().tokens[static_cast<std::size_t>(m_yes)]
                        .book.applyChange({BookSide::Ask, dec("0.49"), dec("8")}, now, now)
                        .ok());
        m_server->exchange().onBooksMoved(now);
        const QJsonObject stored = getOrder(*m_a, id);
        QCOMPARE(str(stored, "size_matched"), QLatin1String("18"));
        QCOMPARE(stored.value(QLatin1String("associate_trades")).toArray().size(), 2);
        QCOMPARE(sideOf(u(), m_yes, BookSide::Ask), levels({{"0.51", "20"}, {"0.53", "100"}}));
        QCOMPARE(wallet(*m_a).collateral, dec("9991")); // 10000 - 5 - 8 x 0.5
        QCOMPARE(wallet(*m_a).reservedCollateral, dec("3.5"));
        QCOMPARE(wallet(*m_a).sharesOf(m_yes), dec("18"));
        const QString makerTradeId =
                stored.value(QLatin1String("associate_trades")).toArray()[1].toString();
        const QJsonArray trades =
                object(m_a->l2("GET", QStringLiteral("/data/trades?id=") + makerTradeId).body)
                        .value(QLatin1String("data"))
                        .toArray();
        QCOMPARE(trades.size(), 1);
        const QJsonObject makerTrade = trades[0].toObject();
        QCOMPARE(str(makerTrade, "trader_side"), QLatin1String("MAKER"));
        QCOMPARE(str(makerTrade, "side"), QLatin1String("SELL"));
        QCOMPARE(str(makerTrade, "price"), QLatin1String("0.5"));
        QCOMPARE(str(makerTrade.value(QLatin1String("maker_orders")).toArray()[0].toObject(),
                     "order_id"),
                 id);
    }

    void ourRestingOrdersTradeWithEachOtherAfterTheBookAtTheSamePrice()
    {
        wallet(*m_b).shares[m_yes] = dec("30");
        const QJsonObject resting = place(*m_b, TradeSide::Sell, "0.5", "10", OrderType::Gtc);
        QCOMPARE(str(resting, "status"), QLatin1String("live"));
        QCOMPARE(wallet(*m_b).availableShares(m_yes), dec("20"));
        const QJsonObject taken = place(*m_a, TradeSide::Buy, "0.5", "15", OrderType::Fok);
        QCOMPARE(str(taken, "takingAmount"), QLatin1String("15"));
        QCOMPARE(taken.value(QLatin1String("tradeIDs")).toArray().size(), 1); // one price level
        const QJsonObject bOrder = getOrder(*m_b, str(resting, "orderID"));
        QCOMPARE(str(bOrder, "size_matched"), QLatin1String("5")); // the book's 10 went first
        QCOMPARE(wallet(*m_b).collateral, dec("10002.5"));
        QCOMPARE(wallet(*m_b).sharesOf(m_yes), dec("25"));
        const QJsonObject bTrade = object(m_b->l2("GET", QStringLiteral("/data/trades")).body)
                                           .value(QLatin1String("data"))
                                           .toArray()[0]
                                           .toObject();
        QCOMPARE(str(bTrade, "trader_side"), QLatin1String("MAKER"));
        QCOMPARE(bTrade.value(QLatin1String("maker_orders")).toArray().size(), 2);
    }

    void buyBeyondTheBalanceIsRefused()
    {
        wallet(*m_a).collateral = dec("4.99");
        const QJsonObject answer = place(*m_a, TradeSide::Buy, "0.5", "10", OrderType::Fok);
        QCOMPARE(answer.value(QLatin1String("success")).toBool(), true);
        QCOMPARE(str(answer, "errorMsg"), QLatin1String(kBalanceMsg));
        QCOMPARE(str(answer, "orderID"), QString());
        QCOMPARE(str(answer, "status"), QString());
        wallet(*m_a).collateral = dec("5");
        QCOMPARE(str(place(*m_a, TradeSide::Buy, "0.5", "10", OrderType::Fok), "status"),
                 QLatin1String("matched"));
        QCOMPARE(wallet(*m_a).collateral, Decimal());
    }

    void takerFeesFollowTheMarketSchedule()
    {
        const int market = findBinary(u(), true);
        QVERIFY(market >= 0);
        const SimMarket& m = u().markets[static_cast<std::size_t>(market)];
        setMirroredBook(u(), market, levels({{"0.38", "10"}}), levels({{"0.4", "50"}}));
        const QJsonObject answer =
                place(*m_a, TradeSide::Buy, "0.4", "50", OrderType::Fok, m.tokens[0]);
        QCOMPARE(str(answer, "makingAmount"), QLatin1String("20"));
        const Decimal fee = takerFee(dec("50"), dec("0.4"), m.feeRate, m.feeExponent);
        QVERIFY(fee.isPositive());
        QCOMPARE(m_a->collateral(), dec("9980") - fee);
        QCOMPARE(fee, Decimal::mul(Decimal::mul(dec("50"), m.feeRate, Rounding::Down), dec("0.24"),
                                   Rounding::Down));
    }

    void theWalkAroundRestingOrdersKeepsBooksAndWalletsSane()
    {
        // Resting orders on both sides near the touch, then a few hundred walk steps: the walk
        // crosses them now and then; books must stay valid and the money must add up.
        wallet(*m_b).shares[m_yes] = dec("200");
        QCOMPARE(str(place(*m_a, TradeSide::Buy, "0.48", "100", OrderType::Gtc), "status"),
                 QLatin1String("live"));
        QCOMPARE(str(place(*m_b, TradeSide::Sell, "0.49", "100", OrderType::Gtc), "status"),
                 QLatin1String("live"));
        m_server->walker().setChangesPerTick(40);
        for (int i = 0; i < 300; ++i) {
            m_server->tick(true);
        }
        for (const SimToken& token : u().tokens) {
            if (token.hasBook) {
                QCOMPARE(test::checkBook(token.book), std::string());
            }
        }
        const SimWallet& a = wallet(*m_a);
        const SimWallet& b = wallet(*m_b);
        QVERIFY(!a.collateral.isNegative() && !a.availableCollateral().isNegative());
        QVERIFY(!b.availableShares(m_yes).isNegative());
        // A bought at 0.48, B sold at 0.49, both only as makers (no fees).
        QCOMPARE(Decimal::fromInt(10'000) - a.collateral,
                 Decimal::mul(a.sharesOf(m_yes), dec("0.48"), Rounding::Up));
        QCOMPARE(b.collateral - Decimal::fromInt(10'000),
                 Decimal::mul(dec("200") - b.sharesOf(m_yes), dec("0.49"), Rounding::Up));
        for (const SimOrder& order : m_server->exchange().store().orders()) {
            QVERIFY(order.sizeMatched <= order.originalSize);
        }
        QVERIFY(a.sharesOf(m_yes).isPositive() || b.sharesOf(m_yes) < dec("200")); // it crossed
    }
};

QTEST_GUILESS_MAIN(TestSimExchange)
#include "tst_simexchange.moc"
