#include "core/venues/polymarket/TradingReports.h"
#include "core/venues/polymarket/UserEventParser.h"
#include "tests/support/SharedFixtures.h"
#include "tests/support/TestPrinters.h"

#include <QTest>

using namespace polaris;
using namespace polaris::polymarket;

namespace {
Decimal dec(const char* text)
{
    return Decimal::parse(text).value();
}

const char* const kOurKey = "3e2c94ca-8124-c4c1-c7ea-be1ea21b71fe";
const char* const kOurAddress =
        "0xa3d82ed56f4c68d2328fb8c29e568ba2caf7d7c8"; // lower case on purpose

std::optional<ClobTrade> tradeFixture(const char* name)
{
    QByteArray bytes;
    if (!test::readFixture(QStringLiteral("polymarket/ws-2024/%1").arg(QLatin1String(name)),
                           &bytes)) {
        return std::nullopt;
    }
    auto frame =
            parseUserFrame(std::string_view(bytes.constData(), std::size_t(bytes.size())), nullptr);
    if (!frame || frame->trades.size() != 1) {
        return std::nullopt;
    }
    return frame->trades[0];
}

#define REQUIRE_TRADE(name, var)                                                                   \
    const std::optional<ClobTrade> var = tradeFixture(name);                                       \
    if (!var)                                                                                      \
        QSKIP("fixture " name " not available");

OrderIntent intent(OrderType type, TradeSide side = TradeSide::Buy, const char* shares = "10")
{
    OrderIntent i;
    i.clientOrderId = "leg-1";
    i.tokenId = "123";
    i.side = side;
    i.limitPrice = dec("0.5");
    i.shares = dec(shares);
    i.type = type;
    return i;
}
} // namespace

class TestTradingReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void makerFillFoundByOwner()
    {
        REQUIRE_TRADE("user_trade1.json", trade);
        const auto fills = accountFills(*trade, AccountIdentity{kOurKey, {}});
        QCOMPARE(fills.size(), std::size_t(1));
        const FillReport& f = fills[0];
        QCOMPARE(f.fillId, std::string("83b5c849-620e-4c23-b63b-2e779c04a6e7:0xab679e56242324e15e5"
                                       "9cfd488cd0f12e4fd71b153b9bfb57518898b9983145e"));
        QCOMPARE(f.venueOrderId,
                 std::string("0xab679e56242324e15e59cfd488cd0f12e4fd71b153b9bfb57518898b9983145e"));
        QCOMPARE(f.side, TradeSide::Sell); // same token as the BUY taker: we sold
        QCOMPARE(f.price, dec("0.518"));
        QCOMPARE(f.shares, dec("5"));
        QCOMPARE(f.fee, Decimal());
        QCOMPARE(f.timeMs, std::int64_t(1725868859000));
    }

    void crossTokenMakerBuys()
    {
        // The "No" maker at 0.482 met a "Yes" BUY taker at 0.518: a MINT match, both bought.
        REQUIRE_TRADE("user_trade1.json", trade);
        const auto fills =
                accountFills(*trade, AccountIdentity{"78132bc3-22af-6aa2-79ae-11929f821cae", {}});
        QCOMPARE(fills.size(), std::size_t(1));
        QCOMPARE(fills[0].side, TradeSide::Buy);
        QCOMPARE(fills[0].tokenId, std::string("4833104333661288389093875950949315923475504897350"
                                               "0640148014422747788308965732"));
        QCOMPARE(fills[0].price, dec("0.482"));
        QCOMPARE(fills[0].shares, dec("10"));
    }

    void takerFoundByOrderId()
    {
        REQUIRE_TRADE("user_trade1.json", trade);
        const std::string taker =
                "0x3ad09f225ebe141dfbdb3824f31cb457e8e0301ca4e0a06311e543f5328b9dea";
        const auto fills = accountFills(*trade, AccountIdentity{},
                                        [&](std::string_view id) { return id == taker; });
        QCOMPARE(fills.size(), std::size_t(1));
        QCOMPARE(fills[0].fillId, std::string("83b5c849-620e-4c23-b63b-2e779c04a6e7"));
        QCOMPARE(fills[0].side, TradeSide::Buy);
        QCOMPARE(fills[0].shares, dec("1096.87"));
    }

    void takerFillByOwner()
    {
        REQUIRE_TRADE("user_trade2.json", trade);
        const auto fills = accountFills(*trade, AccountIdentity{kOurKey, kOurAddress});
        QCOMPARE(fills.size(), std::size_t(1));
        QCOMPARE(fills[0].fillId, std::string("f50e8ab2-652d-4dc8-9c82-8e46197fe98d"));
        QCOMPARE(fills[0].venueOrderId,
                 std::string("0x5b605a0e8e40f3402d3cb3bc19edad6733ed23fbc079d2a09ee399c3487ace81"));
        QCOMPARE(fills[0].side, TradeSide::Buy);
        QCOMPARE(fills[0].price, dec("0.52"));
        QCOMPARE(fills[0].shares, dec("5"));
        QCOMPARE(fills[0].timeMs, std::int64_t(1725958681000));
    }

    void makerFillsByAddress()
    {
        // Our maker entries carry another key of the same funder: only the address matches.
        REQUIRE_TRADE("user_trade4.json", trade);
        QVERIFY(accountFills(*trade, AccountIdentity{kOurKey, {}}).empty());
        const auto fills = accountFills(*trade, AccountIdentity{kOurKey, kOurAddress});
        QCOMPARE(fills.size(), std::size_t(2));
        QCOMPARE(fills[0].venueOrderId,
                 std::string("0x3ad09f225ebe141dfbdb3824f31cb457e8e0301ca4e0a06311e543f5328b9dea"));
        QCOMPARE(fills[0].price, dec("0.4"));
        QCOMPARE(fills[1].venueOrderId,
                 std::string("0x67b598cab933c71389176573822be763192a35a8c37e49999a11d611a5882e7d"));
        QCOMPARE(fills[1].price, dec("0.3"));
        QCOMPARE(fills[1].side, TradeSide::Buy); // explicit maker side
        QVERIFY(fills[0].fillId != fills[1].fillId);
        QCOMPARE(fills[0].timeMs, std::int64_t(1762776367000));
    }

    void failedTradeHasNoFills()
    {
        REQUIRE_TRADE("user_trade2.json", trade);
        ClobTrade failed = *trade;
        failed.status = "FAILED";
        QVERIFY(isFailedTrade(failed));
        QVERIFY(accountFills(failed, AccountIdentity{kOurKey, kOurAddress}).empty());
    }

    void orderEventStates()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/order_placement.json", placed);
        POLARIS_REQUIRE_FIXTURE("polymarket/ws-2024/order_cancel.json", cancelled);
        const auto p = parseUserFrame(std::string_view(placed.constData(), placed.size()), nullptr);
        const auto c =
                parseUserFrame(std::string_view(cancelled.constData(), cancelled.size()), nullptr);
        QVERIFY(p.ok() && c.ok());
        const OrderStatusReport live = orderEventReport(p->orders.at(0));
        QCOMPARE(live.state, OrderState::Live);
        QCOMPARE(live.venueOrderId,
                 std::string("0x0f76f4dc6eaf3332f4100f2e8a0b4a927351dd64646b7bb12f37df775c657a78"));
        QCOMPARE(live.limitPrice, dec("0.513"));
        QCOMPARE(live.originalShares, dec("5"));
        QCOMPARE(live.filledShares, Decimal());
        QCOMPARE(live.createdAtMs, std::int64_t(1725842520000));
        QCOMPARE(live.error, TradingError::None);

        const OrderStatusReport gone = orderEventReport(c->orders.at(0));
        QCOMPARE(gone.state, OrderState::Cancelled);
        QCOMPARE(gone.side, TradeSide::Sell);
        QCOMPARE(gone.filledShares, dec("5"));
        QCOMPARE(gone.message, std::string("CANCELED"));
    }

    void venueStatuses_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("matched");
        QTest::addColumn<int>("state");
        QTest::newRow("live") << QStringLiteral("LIVE") << QStringLiteral("0")
                              << int(OrderState::Live);
        QTest::newRow("live partly")
                << QStringLiteral("live") << QStringLiteral("2") << int(OrderState::Live);
        QTest::newRow("matched") << QStringLiteral("MATCHED") << QStringLiteral("5")
                                 << int(OrderState::Filled);
        QTest::newRow("canceled") << QStringLiteral("CANCELED") << QStringLiteral("0")
                                  << int(OrderState::Cancelled);
        QTest::newRow("fok kill") << QStringLiteral(
                "CANCELED_order couldn't be fully filled. FOK orders are fully "
                "filled or killed.")
                                  << QStringLiteral("0") << int(OrderState::Cancelled);
        QTest::newRow("invalid") << QStringLiteral("INVALID") << QStringLiteral("0")
                                 << int(OrderState::Rejected);
        QTest::newRow("delayed") << QStringLiteral("DELAYED") << QStringLiteral("0")
                                 << int(OrderState::Delayed);
        QTest::newRow("other") << QStringLiteral("MYSTERY") << QStringLiteral("0")
                               << int(OrderState::Unknown);
    }

    void venueStatuses()
    {
        QFETCH(QString, status);
        QFETCH(QString, matched);
        QFETCH(int, state);
        OpenOrder order;
        order.id = "0x1";
        order.status = status.toStdString();
        order.originalSize = dec("5");
        order.sizeMatched = Decimal::parse(matched.toStdString()).value();
        const OrderStatusReport report = orderReport(order);
        QCOMPARE(int(report.state), state);
        if (status.startsWith(QLatin1String("CANCELED_"))) {
            QCOMPARE(report.error, TradingError::FokNotFilled);
        }
    }

    void placements_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("side");
        QTest::addColumn<QByteArray>("json"); // fields of a PlaceOrderResult
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("filled");
        const int buy = int(TradeSide::Buy);
        const int sell = int(TradeSide::Sell);
        QTest::newRow("fok filled")
                << int(OrderType::Fok) << buy << QByteArray("1|0xa|matched|5|10|")
                << int(OrderState::Filled) << int(TradingError::None) << QStringLiteral("10");
        QTest::newRow("fok matched no amounts")
                << int(OrderType::Fok) << buy << QByteArray("1|0xa|matched|||")
                << int(OrderState::Filled) << int(TradingError::None) << QStringLiteral("10");
        QTest::newRow("fok killed")
                << int(OrderType::Fok) << buy
                << QByteArray("1||||| order couldn't be fully filled, FOK orders are fully "
                              "filled/killed")
                << int(OrderState::Cancelled) << int(TradingError::FokNotFilled)
                << QStringLiteral("0");
        QTest::newRow("fak partial")
                << int(OrderType::Fak) << sell << QByteArray("1|0xa|matched|4|2|")
                << int(OrderState::Cancelled) << int(TradingError::None) << QStringLiteral("4");
        QTest::newRow("gtc live") << int(OrderType::Gtc) << buy << QByteArray("1|0xa|live|||")
                                  << int(OrderState::Live) << int(TradingError::None)
                                  << QStringLiteral("0");
        QTest::newRow("gtc partly matched")
                << int(OrderType::Gtc) << buy << QByteArray("1|0xa|matched|1.5|3|")
                << int(OrderState::Live) << int(TradingError::None) << QStringLiteral("3");
        QTest::newRow("delayed") << int(OrderType::Fok) << buy << QByteArray("1|0xa|delayed|||")
                                 << int(OrderState::Delayed) << int(TradingError::Delayed)
                                 << QStringLiteral("0");
        QTest::newRow("order delayed refusal")
                << int(OrderType::Fok) << buy
                << QByteArray("0|0xa||||order match delayed due to market conditions")
                << int(OrderState::Delayed) << int(TradingError::Delayed) << QStringLiteral("0");
        QTest::newRow("balance") << int(OrderType::Fok) << buy
                                 << QByteArray("0|||||not enough balance / allowance")
                                 << int(OrderState::Rejected) << int(TradingError::NotEnoughBalance)
                                 << QStringLiteral("0");
        QTest::newRow("batch leg refused with success true")
                << int(OrderType::Gtc) << buy
                << QByteArray("1|||||order is invalid. Size lower than the minimum")
                << int(OrderState::Rejected) << int(TradingError::MinSize) << QStringLiteral("0");
        QTest::newRow("refused silently")
                << int(OrderType::Gtc) << buy << QByteArray("0|||||") << int(OrderState::Rejected)
                << int(TradingError::Unknown) << QStringLiteral("0");
        QTest::newRow("fok live is odd")
                << int(OrderType::Fok) << buy << QByteArray("1|0xa|live|||")
                << int(OrderState::Unknown) << int(TradingError::None) << QStringLiteral("0");
    }

    void placements()
    {
        QFETCH(int, type);
        QFETCH(int, side);
        QFETCH(QByteArray, json);
        QFETCH(int, state);
        QFETCH(int, error);
        QFETCH(QString, filled);
        const QList<QByteArray> f = json.split('|');
        PlaceOrderResult r;
        r.success = f[0] == "1";
        r.orderId = f[1].toStdString();
        r.status = f[2].toStdString();
        r.makingAmount = f[3].isEmpty() ? Decimal() : dec(f[3].constData());
        r.takingAmount = f[4].isEmpty() ? Decimal() : dec(f[4].constData());
        r.amountsReported = !f[3].isEmpty() || !f[4].isEmpty();
        r.errorMsg = f[5].trimmed().toStdString();
        const OrderIntent i = intent(OrderType(type), TradeSide(side));
        const OrderStatusReport report = placementReport(i, r, "0xhash");
        QCOMPARE(int(report.state), state);
        QCOMPARE(int(report.error), error);
        QCOMPARE(report.filledShares, Decimal::parse(filled.toStdString()).value());
        QCOMPARE(report.clientOrderId, std::string("leg-1"));
        QCOMPARE(report.venueOrderId, r.orderId.empty() ? std::string("0xhash") : r.orderId);
        QCOMPARE(report.originalShares, dec("10"));
    }

    void unknownAndNotSent()
    {
        const OrderIntent i = intent(OrderType::Fok);
        const OrderStatusReport u = unknownPlacementReport(i, "0xhash", "timeout");
        QCOMPARE(u.state, OrderState::Unknown);
        QCOMPARE(u.error, TradingError::Transport);
        QCOMPARE(u.venueOrderId, std::string("0xhash"));
        const OrderStatusReport n = notSentReport(i, TradingError::MinTickSize, "off tick");
        QCOMPARE(n.state, OrderState::Rejected);
        QVERIFY(n.venueOrderId.empty());
    }
};

QTEST_GUILESS_MAIN(TestTradingReports)
#include "tst_tradingreports.moc"
