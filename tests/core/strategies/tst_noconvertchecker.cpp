#include "core/strategies/NoConvertChecker.h"
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

/// Outcomes X, Y, Z.
///   X: NO ask 0.60, YES bid 0.35 -> 1 - 0.60 = 0.40 >= 0.35: in S
///   Y: NO ask 0.55, YES bid 0.40 -> 0.45 >= 0.40: in S
///   Z: NO ask 0.85, YES bid 0.20 -> 0.15 <  0.20: out of S, its YES is sold
struct Fixture
{
    Event event;
    test::BookMap books;
    ArbConfig config;

    Fixture()
    {
        event = test::negRiskEvent(
                "e4", {test::binaryMarket("X"), test::binaryMarket("Y"), test::binaryMarket("Z")});
        books.add("NX", {lvl("0.60", "1000")}, {lvl("0.58", "10")}, kNow);
        books.add("YX", {lvl("0.42", "10")}, {lvl("0.35", "1000")}, kNow);
        books.add("NY", {lvl("0.55", "1000")}, {}, kNow);
        books.add("YY", {lvl("0.47", "10")}, {lvl("0.40", "1000")}, kNow);
        books.add("NZ", {lvl("0.85", "1000")}, {}, kNow);
        books.add("YZ", {lvl("0.25", "10")}, {lvl("0.20", "1000")}, kNow);
    }

    ScanResult run()
    {
        const ScanContext context{config, books, kNow};
        ScanResult result;
        NoConvertChecker().checkEvent(event, context, result);
        return result;
    }
};

} // namespace

class TestNoConvertChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convertsTheGreedySubsetAndSellsTheRest()
    {
        // S = {X, Y}, k = 2. Marginal: 1 + 0.20 = 1.20 > 0.60 + 0.55. Cap 500:
        // cost = 300 + 275 = 575; collateral (k-1) * 500 = 500; YES Z sold 500 * 0.20 = 100;
        // payout 600; gas 0.02; net = 600 - 575 - 0.02 = 24.98. Hold variant: 500 - 575 < 0 (not
        // shown).
        Fixture f;
        const ScanResult result = f.run();
        QCOMPARE(result.opportunities.size(), std::size_t(1));
        const Opportunity& o = result.opportunities[0];
        QCOMPARE(o.strategy, Strategy::NoConversion);
        QVERIFY(o.id.starts_with("C:e4:"));
        QCOMPARE(o.legs.size(), std::size_t(3));
        QCOMPARE(o.legs[0].tokenId, std::string("NX"));
        QCOMPARE(o.legs[1].tokenId, std::string("NY"));
        QCOMPARE(o.legs[2].tokenId, std::string("YZ"));
        QCOMPARE(o.legs[2].side, TradeSide::Sell);
        QCOMPARE(o.legs[2].notional, dec("100"));
        QCOMPARE(o.shares, dec("500"));
        QCOMPARE(o.cost, dec("575"));
        QCOMPARE(o.payout, dec("600"));
        QCOMPARE(o.gas, dec("0.02"));
        QCOMPARE(o.netProfit, dec("24.98"));
        QVERIFY(!o.lockedUntilMs);
    }

    void conversionFeeShrinksWhatComesOut()
    {
        // negRiskFeeBips 100: out = 500 - 5 = 495; payout = 495 + 0.20 * 495 = 594; net = 594 - 575
        // - 0.02 = 18.98.
        Fixture f;
        f.event.negRiskFeeBips = 100;
        const Opportunity o = f.run().opportunities.at(0);
        QCOMPARE(o.legs[2].shares, dec("495"));
        QCOMPARE(o.payout, dec("594"));
        QCOMPARE(o.netProfit, dec("18.98"));
    }

    void sellLegsPayFeesToo()
    {
        // Z charges rate 0.05: selling 500 YES at 0.20 costs 500 * 0.05 * 0.16 = 4. net = 24.98 - 4
        // = 20.98.
        Fixture f;
        test::setFee(f.event.markets[2], "0.05", 1);
        const Opportunity o = f.run().opportunities.at(0);
        QCOMPARE(o.legs[2].fee, dec("4"));
        QCOMPARE(o.fees, dec("4"));
        QCOMPARE(o.netProfit, dec("20.98"));
    }

    void everyOutcomeInSIsAPrimeWithImmediateCapital()
    {
        // Z's NO at 0.78 with YES bid 0.20: 0.22 >= 0.20, so S = all, k = 3, units 2, no sell legs.
        // cost = (0.60 + 0.55 + 0.78) * 500 = 965, payout 1000, net = 35 - 0.02 = 34.98.
        Fixture f;
        f.books.add("NZ", {lvl("0.78", "1000")}, {}, kNow);
        const ScanResult result = f.run();
        QCOMPARE(result.opportunities.size(), std::size_t(1));
        QCOMPARE(result.opportunities[0].legs.size(), std::size_t(3));
        QCOMPARE(result.opportunities[0].cost, dec("965"));
        QCOMPARE(result.opportunities[0].payout, dec("1000"));
        QCOMPARE(result.opportunities[0].netProfit, dec("34.98"));
    }

    void reportsBothSellAndHoldWhenBothPay()
    {
        // Add W: NO ask 0.95, YES bid 0.10 -> 0.05 < 0.10, out of S. With NZ at 0.78: S = {X, Y,
        // Z}, k = 3, units 2, cost 1.93 per share. Sell: payout 2 + 0.10 -> net = 0.17 * 500 - 0.02
        // = 84.98. Hold: payout 2 per share -> net = 0.07 * 500 - 0.02 = 34.98. Two ids.
        Fixture f;
        f.event.markets.push_back(test::binaryMarket("W"));
        f.books.add("NZ", {lvl("0.78", "1000")}, {}, kNow);
        f.books.add("NW", {lvl("0.95", "1000")}, {}, kNow);
        f.books.add("YW", {lvl("0.12", "10")}, {lvl("0.10", "1000")}, kNow);
        const ScanResult result = f.run();
        QCOMPARE(result.opportunities.size(), std::size_t(2));
        QCOMPARE(result.opportunities[0].netProfit, dec("84.98"));
        QCOMPARE(result.opportunities[0].legs.back().tokenId, std::string("YW"));
        QCOMPARE(result.opportunities[1].netProfit, dec("34.98"));
        QCOMPARE(result.opportunities[1].legs.size(), std::size_t(3));
        QVERIFY(result.opportunities[0].id != result.opportunities[1].id);
    }

    void augmentedEventsUseNamedOutcomesOnly()
    {
        // An "Other" leg with a dirt-cheap NO and a placeholder must not enter S nor be sold:
        // the result is the plain three-outcome one.
        for (const bool withOther : {true, false}) {
            Fixture f;
            f.event.enableNegRisk = f.event.negRiskAugmented = true;
            Market placeholder = test::binaryMarket("P");
            placeholder.groupItemTitle = "Candidate A";
            placeholder.active = false;
            f.event.markets.push_back(placeholder);
            f.books.add("NP", {lvl("0.01", "1000")}, {}, kNow);
            f.books.add("YP", {lvl("0.99", "1000")}, {lvl("0.90", "1000")}, kNow);
            if (withOther) {
                Market other = test::binaryMarket("O");
                other.groupItemTitle = "Other";
                other.negRiskOther = true;
                f.event.markets.push_back(other);
                f.books.add("NO", {lvl("0.01", "1000")}, {}, kNow);
                f.books.add("YO", {lvl("0.99", "1000")}, {lvl("0.90", "1000")}, kNow);
            }
            const Opportunity o = f.run().opportunities.at(0);
            QCOMPARE(o.marketIds, (std::vector<std::string>{"0xcX", "0xcY", "0xcZ"}));
            QCOMPARE(o.netProfit, dec("24.98"));
        }
    }

    void refusals()
    {
        {
            Fixture f;
            f.event.negRisk = false;
            QCOMPARE(f.run().refusals.at(0).reason, RefusalReason::NotNegRisk);
        }
        {
            Fixture f; // a YES book that is sold from is stale
            f.books.add("YZ", {lvl("0.25", "10")}, {lvl("0.20", "1000")}, kNow - 5'001);
            QCOMPARE(f.run().refusals.at(0).reason, RefusalReason::StaleBook);
        }
        {
            Fixture f;
            f.event.markets[0].archived = true;
            QCOMPARE(f.run().refusals.at(0).reason, RefusalReason::MarketNotTradable);
        }
        {
            Fixture f;
            f.event.liquidity = dec("10");
            QCOMPARE(f.run().refusals.at(0).reason, RefusalReason::LowLiquidity);
        }
        {
            // Only X joins S when Y's NO costs 0.65 (0.35 < 0.40): k = 1, no basket at all, so
            // not a near-miss either - even with a stale book.
            Fixture f;
            f.books.add("NY", {lvl("0.65", "1000")}, {}, kNow - 6'000);
            const ScanResult result = f.run();
            QVERIFY(result.opportunities.empty() && result.refusals.empty());
        }
        {
            // NO Z at 0.90 and YES Z bid 0.04: 0.10 >= 0.04 puts Z in S. S = all, k = 3:
            // cost 2.05 per share > payout 2: edge 2 - 2.05 = -0.05, nothing reported.
            Fixture f;
            f.books.add("NZ", {lvl("0.90", "1000")}, {}, kNow);
            f.books.add("YZ", {lvl("0.25", "10")}, {lvl("0.04", "1000")}, kNow);
            const ScanResult result = f.run();
            QVERIFY(result.opportunities.empty() && result.refusals.empty());
            // NO Z at 0.86: cost 2.01 > 2 still; at 0.83 the edge is 0.02 on ~1.98: 1 % < 3 %.
            f.books.add("NZ", {lvl("0.83", "1000")}, {}, kNow);
            const Refusal r = f.run().refusals.at(0);
            QCOMPARE(r.reason, RefusalReason::BelowMinDiscount);
            QCOMPARE(r.edge, std::optional<Decimal>(dec("0.02")));
        }
    }

    void randomUniversesPayInEveryWorld()
    {
        ArbConfig config;
        config.minShares = dec("20");
        config.maxShares = dec("150");
        config.minDiscount = dec("0.02");
        int opportunities = 0;
        int withSales = 0;
        for (const quint32 seed : {31u, 32u, 33u}) {
            test::Universe u = test::randomUniverse(seed, 150, kNow);
            const ScanContext context{config, u.books, kNow};
            for (const Event& event : u.events) {
                ScanResult result;
                NoConvertChecker().checkEvent(event, context, result);
                for (const Opportunity& o : result.opportunities) {
                    QVERIFY(test::verifyOpportunity(o, event, u.books, config) >= 2);
                    if (QTest::currentTestFailed()) {
                        return;
                    }
                    ++opportunities;
                    withSales += o.legs.back().side == TradeSide::Sell ? 1 : 0;
                    for (const OpportunityLeg& leg : o.legs) {
                        QVERIFY(test::marketOf(event, leg.conditionId)->kind()
                                == OutcomeKind::Named);
                    }
                }
            }
        }
        qInfo("%d opportunities verified (%d with sales)", opportunities, withSales);
        QVERIFY(opportunities >= 30);
        QVERIFY(withSales >= 5);
    }
};

QTEST_APPLESS_MAIN(TestNoConvertChecker)
#include "tst_noconvertchecker.moc"
