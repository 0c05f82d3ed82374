#include "core/strategies/BinaryArbChecker.h"
#include "tests/core/strategies/RandomBasketUniverse.h"

#include <QTest>

using namespace polaris;
using polaris::test::dec;

namespace {

constexpr std::int64_t kNow = 1'800'000'000'000;

BookLevel lvl(const char* price, const char* size)
{
    return BookLevel{dec(price), dec(size)};
}

/// One plain binary market "S": YES asks 0.45 x 100, 0.47 x 200; NO asks 0.50 x 500.
struct Fixture
{
    Event event;
    test::BookMap books;
    ArbConfig config;

    Fixture()
    {
        event = test::negRiskEvent("e2", {test::binaryMarket("S", false)});
        event.negRisk = false;
        event.endDateMs = kNow + 86'400'000;
        books.add("YS", {lvl("0.45", "100"), lvl("0.47", "200")}, {lvl("0.44", "10")}, kNow - 10);
        books.add("NS", {lvl("0.50", "500")}, {lvl("0.49", "10")}, kNow - 10);
    }

    ScanResult run()
    {
        const ScanContext context{config, books, kNow};
        ScanResult result;
        BinaryArbChecker().checkEvent(event, context, result);
        return result;
    }
};

} // namespace

class TestBinaryArbChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void feeFreeMarketHandComputed()
    {
        // Marginal 0.95 then 0.97; YES runs out at 300. q* = 300:
        // cost = 45 + 94 + 150 = 289, payout 300, gas 0.01 (merge), net = 300 - 289 - 0.01 = 10.99.
        Fixture f;
        const ScanResult result = f.run();
        QCOMPARE(result.opportunities.size(), std::size_t(1));
        const Opportunity& o = result.opportunities.front();
        QCOMPARE(o.strategy, Strategy::BinaryComplement);
        QVERIFY(o.id.starts_with("B:e2:"));
        QCOMPARE(o.eventTitle, std::string("Will S win?"));
        QCOMPARE(o.shares, dec("300"));
        QCOMPARE(o.cost, dec("289"));
        QCOMPARE(o.payout, dec("300"));
        QCOMPARE(o.gas, dec("0.01"));
        QCOMPARE(o.netProfit, dec("10.99"));
        QCOMPARE(o.legs[0].limitPrice, dec("0.47"));
        QCOMPARE(o.legs[0].vwap, dec("0.463334")); // 139 / 300 rounded up
        QCOMPARE(o.legs[1].tokenId, std::string("NS"));
        QCOMPARE(o.marketIds, (std::vector<std::string>{"0xcS", "0xcS"}));
        QVERIFY(!o.lockedUntilMs); // merged at once
        QVERIFY(!o.annualizedPct);
    }

    void feesTurnItIntoANearMiss()
    {
        // Rate 0.05, exponent 1 on the market (both legs). First share:
        // 1 - (0.45 + ceil(0.05*0.2475)=0.012375) - (0.50 + 0.0125) = 0.025125 per share,
        // i.e. under 3 % of ~0.95 at any size: refused, edge 0.025125.
        Fixture f;
        test::setFee(f.event.markets[0], "0.05", 1);
        const ScanResult result = f.run();
        QVERIFY(result.opportunities.empty());
        QCOMPARE(result.refusals.size(), std::size_t(1));
        QCOMPARE(result.refusals[0].reason, RefusalReason::BelowMinDiscount);
        QCOMPARE(result.refusals[0].edge, std::optional<Decimal>(dec("0.025125")));
        // With a 2 % threshold it passes up to q* where net/cost >= 0.02; at 300 the fees are
        // 1.2375 + 2.491 + 3.75 = 7.4785 and net = 300 - 289 - 7.4785 - 0.01 = 3.5115 (1.2 %): q* <
        // 300.
        f.config.minDiscount = dec("0.02");
        const ScanResult relaxed = f.run();
        QCOMPARE(relaxed.opportunities.size(), std::size_t(1));
        // q <= 100: net = 0.05 q - floor5(0.012375 q) - floor5(0.0125 q) - 0.01, cost 0.95 q.
        // At 100: net = 5 - 1.2375 - 1.25 - 0.01 = 2.5025 >= 0.02 * 95 = 1.9. Past 100 the YES leg
        // costs 0.47 (+ fee 0.012455/share): the basket gains 0.005045 per share while 2 % of the
        // extra cost is 0.0194, so q - 100 <= ~0.6025 / 0.014355 = 41.97 -> q* = 141.97 (an exact
        // scan of the grid agrees; 141.98 fails):
        // cost = 45 + 0.47*41.97 + 0.50*141.97 = 45 + 19.7259 + 70.985 = 135.7109;
        // fees = 1.2375 + floor5(41.97*0.05*0.47*0.53 = 0.5227364) + floor5(141.97*0.0125
        // = 1.774625)
        //      = 1.2375 + 0.52273 + 1.77462 = 3.53485;  net = 141.97 - 135.7109 - 3.53485 - 0.01
        //      = 2.71425.
        const Opportunity& o = relaxed.opportunities[0];
        QCOMPARE(o.shares, dec("141.97"));
        QCOMPARE(o.fees, dec("3.53485"));
        QCOMPARE(o.cost, dec("135.7109"));
        QCOMPARE(o.netProfit, dec("2.71425"));
    }

    void tickOneThousandthAndMinOrderSize()
    {
        // YES 0.471 x 400, NO 0.502 x 400: edge 0.027 -> 2.8 % < 3 %: refused.
        Fixture f;
        f.event.markets[0].tickSize = dec("0.001");
        f.books.add("YS", {lvl("0.471", "400")}, {}, kNow);
        f.books.add("NS", {lvl("0.502", "400")}, {}, kNow);
        QCOMPARE(f.run().refusals.at(0).reason, RefusalReason::BelowMinDiscount);
        // YES 0.461: cost 0.963 q, net 0.037 q - 0.01 -> q* = 400 (depth): cost 385.2, net 14.79.
        f.books.add("YS", {lvl("0.461", "400")}, {}, kNow);
        const Opportunity o = f.run().opportunities.at(0);
        QCOMPARE(o.shares, dec("400"));
        QCOMPARE(o.cost, dec("385.2"));
        QCOMPARE(o.netProfit, dec("14.79"));
        // A minimum order of 450 cannot be met with 400 shares on the book.
        f.event.markets[0].minOrderSize = dec("450");
        QCOMPARE(f.run().refusals.at(0).reason, RefusalReason::BelowMinOrderSize);
    }

    void checksEveryBinaryMarketOfANegRiskEvent()
    {
        // Neg-risk event: A has a B-arb, C is closed (skipped), P is a placeholder (skipped),
        // D is not accepting orders (refused), E has a stale NO book (refused).
        Fixture f;
        Market placeholder = test::binaryMarket("P");
        placeholder.groupItemTitle = "Candidate B";
        placeholder.active = false;
        Market closed = test::binaryMarket("C");
        closed.closed = true;
        Market paused = test::binaryMarket("D");
        paused.acceptingOrders = false;
        f.event = test::negRiskEvent("e3", {test::binaryMarket("A"), closed, placeholder, paused,
                                            test::binaryMarket("E")});
        f.books.add("YA", {lvl("0.20", "1000")}, {}, kNow);
        f.books.add("NA", {lvl("0.70", "1000")}, {}, kNow);
        f.books.add("YE", {lvl("0.20", "1000")}, {}, kNow);
        f.books.add("NE", {lvl("0.70", "1000")}, {}, kNow - 6'000);
        const ScanResult result = f.run();
        QCOMPARE(result.opportunities.size(), std::size_t(1));
        // A: q = 500, cost 450, net = 500 - 450 - 0.01 = 49.99.
        QCOMPARE(result.opportunities[0].marketIds[0], std::string("0xcA"));
        QCOMPARE(result.opportunities[0].netProfit, dec("49.99"));
        QCOMPARE(result.refusals.size(), std::size_t(2));
        QCOMPARE(result.refusals[0].reason, RefusalReason::MarketNotTradable);
        QCOMPARE(result.refusals[0].marketIds[0], std::string("0xcD"));
        QCOMPARE(result.refusals[1].reason, RefusalReason::StaleBook);
        QCOMPARE(result.refusals[1].marketIds[0], std::string("0xcE"));
    }

    void layerOneRefusals()
    {
        {
            Fixture f;
            f.event.markets[0].liquidity = dec("999");
            QCOMPARE(f.run().refusals.at(0).reason, RefusalReason::LowLiquidity);
        }
        {
            Fixture f;
            f.books.add("NS", {}, {lvl("0.49", "10")}, kNow);
            QCOMPARE(f.run().refusals.at(0).reason, RefusalReason::MissingAsk);
        }
        {
            Fixture f;
            f.books.add("NS", {lvl("0.40", "10")}, {lvl("0.49", "10")}, kNow); // crossed
            QCOMPARE(f.run().refusals.at(0).reason, RefusalReason::InvalidBook);
        }
        {
            Fixture f;
            f.event.markets[0].archived = true; // finished markets are not near-misses
            QVERIFY(f.run().refusals.empty());
        }
    }

    void randomUniversesPayInEveryWorld()
    {
        ArbConfig config;
        config.minShares = dec("20");
        config.maxShares = dec("150");
        config.minDiscount = dec("0.02");
        int opportunities = 0;
        for (const quint32 seed : {21u, 22u}) {
            test::Universe u = test::randomUniverse(seed, 150, kNow);
            const ScanContext context{config, u.books, kNow};
            for (const Event& event : u.events) {
                ScanResult result;
                BinaryArbChecker().checkEvent(event, context, result);
                for (const Opportunity& o : result.opportunities) {
                    QCOMPARE(test::verifyOpportunity(o, event, u.books, config), 2);
                    if (QTest::currentTestFailed()) {
                        return;
                    }
                    ++opportunities;
                }
            }
        }
        qInfo("%d opportunities verified", opportunities);
        QVERIFY(opportunities >= 30);
    }
};

QTEST_APPLESS_MAIN(TestBinaryArbChecker)
#include "tst_binaryarbchecker.moc"
