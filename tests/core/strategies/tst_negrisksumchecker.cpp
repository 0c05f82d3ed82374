#include "core/strategies/NegRiskSumChecker.h"
#include "tests/core/strategies/RandomBasketUniverse.h"

#include <QTest>

using namespace polaris;
using polaris::test::dec;

namespace {

constexpr std::int64_t kNow = 1'800'000'000'000;
constexpr std::int64_t kDay = 86'400'000;

BookLevel lvl(const char* price, const char* size)
{
    return BookLevel{dec(price), dec(size)};
}

/// Outcomes A, B, C. YES asks: A 0.30 x 200, B 0.30 x 200, C 0.32 x 100 + 0.34 x 300.
/// NO asks: A 0.65 x 300, B 0.66 x 300, C 0.62 x 300. End date now + 10 days.
struct Fixture
{
    Event event;
    test::BookMap books;
    ArbConfig config;

    Fixture()
    {
        event = test::negRiskEvent(
                "e1", {test::binaryMarket("A"), test::binaryMarket("B"), test::binaryMarket("C")});
        event.endDateMs = kNow + 10 * kDay;
        books.add("YA", {lvl("0.30", "200")}, {lvl("0.28", "50")}, kNow - 100);
        books.add("YB", {lvl("0.30", "200")}, {}, kNow - 100);
        books.add("YC", {lvl("0.32", "100"), lvl("0.34", "300")}, {}, kNow - 100);
        books.add("NA", {lvl("0.65", "300")}, {}, kNow - 100);
        books.add("NB", {lvl("0.66", "300")}, {}, kNow - 100);
        books.add("NC", {lvl("0.62", "300")}, {}, kNow - 100);
    }

    ScanResult run(Strategy only)
    {
        ScanContext context{config, books, kNow};
        context.enabled.reset();
        context.enabled.set(static_cast<std::size_t>(only));
        ScanResult result;
        NegRiskSumChecker().checkEvent(event, context, result);
        return result;
    }

    Refusal refusalOf(Strategy only)
    {
        const ScanResult result = run(only);
        if (result.refusals.size() != 1 || !result.opportunities.empty()) {
            qWarning("expected exactly one refusal, got %zu refusals and %zu opportunities",
                     result.refusals.size(), result.opportunities.size());
            return Refusal{};
        }
        return result.refusals.front();
    }

    void addAugmentation(bool withOther)
    {
        event.enableNegRisk = event.negRiskAugmented = true;
        Market placeholder = test::binaryMarket("P");
        placeholder.groupItemTitle = "Candidate A";
        placeholder.active = false;
        event.markets.push_back(placeholder);
        books.add("YP", {lvl("0.01", "1000")}, {}, kNow - 100);
        books.add("NP", {lvl("0.01", "1000")}, {}, kNow - 100);
        if (withOther) {
            Market other = test::binaryMarket("O");
            other.groupItemTitle = "Other";
            other.negRiskOther = true;
            event.markets.push_back(other);
            books.add("YO", {lvl("0.02", "1000")}, {}, kNow - 100);
            books.add("NO", {lvl("0.01", "1000")}, {},
                      kNow - 100); // absurdly cheap: must not be used
        }
    }
};

} // namespace

class TestNegRiskSumChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longBasketHandComputed()
    {
        // Marginal 0.92 (<= 100), 0.94 (<= 200); A and B run out at 200. q* = 200:
        // cost = 60 + 60 + (32 + 34) = 186, payout 200, net 14 (7.53 %).
        Fixture f;
        const ScanResult result = f.run(Strategy::NegRiskLong);
        QCOMPARE(result.opportunities.size(), std::size_t(1));
        const Opportunity& o = result.opportunities.front();
        QCOMPARE(o.strategy, Strategy::NegRiskLong);
        QVERIFY(o.id.starts_with("A:e1:"));
        QCOMPARE(o.eventId, std::string("e1"));
        QCOMPARE(o.shares, dec("200"));
        QCOMPARE(o.cost, dec("186"));
        QCOMPARE(o.payout, dec("200"));
        QCOMPARE(o.fees, Decimal());
        QCOMPARE(o.gas, Decimal());
        QCOMPARE(o.netProfit, dec("14"));
        QCOMPARE(o.netProfitPct, 14.0 / 186.0);
        QCOMPARE(o.legs.size(), std::size_t(3));
        QCOMPARE(o.legs[2].tokenId, std::string("YC"));
        QCOMPARE(o.legs[2].limitPrice, dec("0.34"));
        QCOMPARE(o.legs[2].vwap, dec("0.33"));
        QCOMPARE(o.legs[2].bookHash, std::string("h-YC"));
        QCOMPARE(o.legs[2].bookTimestampMs, kNow - 100);
        QCOMPARE(o.marketIds, (std::vector<std::string>{"0xcA", "0xcB", "0xcC"}));
        // Locked until end + 2 days = 12 days from now.
        QCOMPARE(o.lockedUntilMs, std::optional<std::int64_t>(kNow + 12 * kDay));
        QVERIFY(o.annualizedPct);
        QCOMPARE(*o.annualizedPct, (14.0 / 186.0) * 365.0 / 12.0);
        QCOMPARE(o.firstSeenMs, kNow);
        QCOMPARE(o.lastSeenMs, kNow);
    }

    void shortBasketHandComputed()
    {
        // NO asks 0.65 + 0.66 + 0.62 = 1.93 < 2; depth 300. cost 579, payout 2 * 300 = 600, net 21.
        Fixture f;
        const ScanResult result = f.run(Strategy::NegRiskShort);
        QCOMPARE(result.opportunities.size(), std::size_t(1));
        const Opportunity& o = result.opportunities.front();
        QVERIFY(o.id.starts_with("A':e1:"));
        QCOMPARE(o.shares, dec("300"));
        QCOMPARE(o.cost, dec("579"));
        QCOMPARE(o.payout, dec("600"));
        QCOMPARE(o.netProfit, dec("21"));
    }

    void feesComeFromTheMarket()
    {
        // Market A charges rate 0.05, exponent 1: 200 * 0.05 * 0.30 * 0.70 = 2.1. net = 14 - 2.1
        // = 11.9.
        Fixture f;
        test::setFee(f.event.markets[0], "0.05", 1);
        Opportunity o = f.run(Strategy::NegRiskLong).opportunities.at(0);
        QCOMPARE(o.legs[0].fee, dec("2.1"));
        QCOMPARE(o.fees, dec("2.1"));
        QCOMPARE(o.netProfit, dec("11.9"));
        // A schedule that is present but disabled charges nothing.
        f.event.markets[0].feesEnabled = false;
        o = f.run(Strategy::NegRiskLong).opportunities.at(0);
        QCOMPARE(o.fees, Decimal());
    }

    void tickOneThousandth()
    {
        // YES asks 0.305 x 200, 0.301 x 200, 0.322 x 400: sum 0.928. q* = 200:
        // cost = 61 + 60.2 + 64.4 = 185.6, net 14.4.
        Fixture f;
        for (Market& m : f.event.markets) {
            m.tickSize = dec("0.001");
        }
        f.books.add("YA", {lvl("0.305", "200")}, {}, kNow);
        f.books.add("YB", {lvl("0.301", "200")}, {}, kNow);
        f.books.add("YC", {lvl("0.322", "400")}, {}, kNow);
        const Opportunity o = f.run(Strategy::NegRiskLong).opportunities.at(0);
        QCOMPARE(o.shares, dec("200"));
        QCOMPARE(o.cost, dec("185.6"));
        QCOMPARE(o.netProfit, dec("14.4"));
    }

    void idIsStableAcrossBookUpdates()
    {
        Fixture f;
        const std::string before = f.run(Strategy::NegRiskLong).opportunities.at(0).id;
        f.books.add("YA", {lvl("0.29", "250")}, {}, kNow);
        const Opportunity after = f.run(Strategy::NegRiskLong).opportunities.at(0);
        QCOMPARE(after.id, before);
        QCOMPARE(after.cost, dec("184")); // 58 + 60 + 66
        QVERIFY(f.run(Strategy::NegRiskShort).opportunities.at(0).id != before);
    }

    void maxSharesCapsTheBasket()
    {
        // Cap 150: cost = 45 + 45 + 32 + 17 = 139, net 11.
        Fixture f;
        f.config.maxShares = dec("150");
        const Opportunity o = f.run(Strategy::NegRiskLong).opportunities.at(0);
        QCOMPARE(o.shares, dec("150"));
        QCOMPARE(o.cost, dec("139"));
        QCOMPARE(o.netProfit, dec("11"));
    }

    void augmentedRefusesTheYesBasket()
    {
        for (const bool withOther : {true, false}) {
            Fixture f;
            f.addAugmentation(withOther);
            const Refusal r = f.refusalOf(Strategy::NegRiskLong);
            QCOMPARE(r.reason, RefusalReason::AugmentedNegRisk);
            QCOMPARE(refusalLayer(r.reason), RiskLayer::DataIntegrity);
            QCOMPARE(r.edge, std::optional<Decimal>(dec("0.08"))); // 1 - 0.92 over the named legs
            QCOMPARE(r.marketIds, (std::vector<std::string>{"0xcA", "0xcB", "0xcC"}));
        }
    }

    void augmentedShortUsesNamedLegsOnly()
    {
        for (const bool withOther : {true, false}) {
            Fixture f;
            f.addAugmentation(withOther);
            // Same as the plain event: k = 3 named legs, payout (k - 1) * 300 = 600, net 21.
            const Opportunity o = f.run(Strategy::NegRiskShort).opportunities.at(0);
            QCOMPARE(o.marketIds, (std::vector<std::string>{"0xcA", "0xcB", "0xcC"}));
            QCOMPARE(o.payout, dec("600"));
            QCOMPARE(o.netProfit, dec("21"));
        }
        // Two named legs left (C closed): payout (2 - 1) * q; NO asks 0.65 + 0.66 > 1: no edge at
        // all, so not even a near-miss.
        Fixture f;
        f.addAugmentation(true);
        f.event.markets[2].closed = true;
        const ScanResult none = f.run(Strategy::NegRiskShort);
        QVERIFY(none.opportunities.empty() && none.refusals.empty());
        // NO asks 0.49 + 0.50: edge 1 - 0.99 = 0.01 (it would be 1.01 with a payout of 2): 1 % is
        // below the 3 % discount -> a near-miss.
        f.books.add("NA", {lvl("0.49", "300")}, {}, kNow);
        f.books.add("NB", {lvl("0.50", "300")}, {}, kNow);
        const Refusal r = f.refusalOf(Strategy::NegRiskShort);
        QCOMPARE(r.reason, RefusalReason::BelowMinDiscount);
        QCOMPARE(r.edge, std::optional<Decimal>(dec("0.01")));
    }

    void layerOneRefusals()
    {
        {
            Fixture f;
            f.event.negRisk = false;
            QCOMPARE(f.refusalOf(Strategy::NegRiskLong).reason, RefusalReason::NotNegRisk);
            QCOMPARE(f.refusalOf(Strategy::NegRiskShort).reason, RefusalReason::NotNegRisk);
        }
        const auto untradable = [](auto mutate) {
            Fixture f;
            mutate(f.event.markets[1]);
            return f.refusalOf(Strategy::NegRiskLong);
        };
        QCOMPARE(untradable([](Market& m) { m.closed = true; }).reason,
                 RefusalReason::MarketNotTradable);
        QCOMPARE(untradable([](Market& m) { m.archived = true; }).reason,
                 RefusalReason::MarketNotTradable);
        QCOMPARE(untradable([](Market& m) { m.active = false; }).reason,
                 RefusalReason::MarketNotTradable);
        QCOMPARE(untradable([](Market& m) { m.acceptingOrders = false; }).reason,
                 RefusalReason::MarketNotTradable);
        {
            Fixture f;
            f.event.liquidity = dec("999.99");
            QCOMPARE(f.refusalOf(Strategy::NegRiskLong).reason, RefusalReason::LowLiquidity);
        }
        {
            Fixture f; // 5.001 s old
            f.books.add("YB", {lvl("0.30", "200")}, {}, kNow - 5'001);
            const Refusal stale = f.refusalOf(Strategy::NegRiskLong);
            QCOMPARE(stale.reason, RefusalReason::StaleBook);
            QCOMPARE(stale.detail,
                     std::string("book YB last confirmed 5001 ms ago (live, limit 5000 ms)"));
            f.books.add("YB", {lvl("0.30", "200")}, {},
                        kNow - 5'000); // exactly at the limit is fresh
            QCOMPARE(f.run(Strategy::NegRiskLong).opportunities.size(), std::size_t(1));
            f.books.get("YB")->markStale();
            QCOMPARE(f.refusalOf(Strategy::NegRiskLong).reason, RefusalReason::StaleBook);
        }
        {
            Fixture f; // crossed snapshot leaves the book Invalid
            f.books.add("YC", {lvl("0.30", "200")}, {lvl("0.40", "10")}, kNow);
            QCOMPARE(f.refusalOf(Strategy::NegRiskLong).reason, RefusalReason::InvalidBook);
        }
        {
            Fixture f; // bids only
            f.books.add("YC", {}, {lvl("0.30", "10")}, kNow);
            const Refusal r = f.refusalOf(Strategy::NegRiskLong);
            QCOMPARE(r.reason, RefusalReason::MissingAsk);
            QVERIFY(r.id.starts_with("A:e1:"));
            f.books.remove("YC");
            QCOMPARE(f.refusalOf(Strategy::NegRiskLong).reason, RefusalReason::MissingAsk);
        }
    }

    void layerTwoRefusalsCarryTheEdge()
    {
        {
            // 0.33 + 0.33 + 0.32 = 0.98: 2 % < 3 %.
            Fixture f;
            f.books.add("YA", {lvl("0.33", "200")}, {}, kNow);
            f.books.add("YB", {lvl("0.33", "200")}, {}, kNow);
            const Refusal r = f.refusalOf(Strategy::NegRiskLong);
            QCOMPARE(r.reason, RefusalReason::BelowMinDiscount);
            QCOMPARE(refusalLayer(r.reason), RiskLayer::Quality);
            QCOMPARE(r.edge, std::optional<Decimal>(dec("0.02")));
        }
        {
            // Market B's minimum order (250) exceeds the depth available (200).
            Fixture f;
            f.event.markets[1].minOrderSize = dec("250");
            QCOMPARE(f.refusalOf(Strategy::NegRiskLong).reason, RefusalReason::BelowMinOrderSize);
        }
        {
            // Only 40 shares of A.
            Fixture f;
            f.books.add("YA", {lvl("0.30", "40")}, {}, kNow);
            QCOMPARE(f.refusalOf(Strategy::NegRiskLong).reason, RefusalReason::BelowMinShares);
        }
    }

    void singleMarketEventsAreNotCandidates()
    {
        Fixture f;
        f.event.negRisk = false;
        f.event.markets.resize(1);
        const ScanResult result = f.run(Strategy::NegRiskLong);
        QVERIFY(result.opportunities.empty() && result.refusals.empty());
    }

    void randomUniversesPayInEveryWorld()
    {
        ArbConfig config;
        config.minShares = dec("20");
        config.maxShares = dec("150");
        config.minDiscount = dec("0.02");
        int opportunities = 0;
        int refusedAtLayerTwo = 0;
        for (const quint32 seed : {11u, 12u, 13u}) {
            test::Universe u = test::randomUniverse(seed, 150, kNow);
            const ScanContext context{config, u.books, kNow};
            for (const Event& event : u.events) {
                ScanResult result;
                NegRiskSumChecker().checkEvent(event, context, result);
                for (const Opportunity& o : result.opportunities) {
                    QVERIFY(o.strategy == Strategy::NegRiskLong
                            || o.strategy == Strategy::NegRiskShort);
                    QVERIFY(!(o.strategy == Strategy::NegRiskLong && event.isAugmented()));
                    QVERIFY(test::verifyOpportunity(o, event, u.books, config) >= 2);
                    if (QTest::currentTestFailed()) {
                        return;
                    }
                    ++opportunities;
                }
                for (const Refusal& r : result.refusals) {
                    if (refusalLayer(r.reason) != RiskLayer::Quality || refusedAtLayerTwo >= 80) {
                        continue;
                    }
                    // No size at all passes for a Layer 2 refusal.
                    ++refusedAtLayerTwo;
                    test::NaiveBasket naive;
                    for (const std::string& conditionId : r.marketIds) {
                        const Market* m = test::marketOf(event, conditionId);
                        const bool yes = r.strategy == Strategy::NegRiskLong;
                        naive.legs.push_back(test::naiveLeg(
                                *m, u.books.find(m->tokens[yes ? 0 : 1].tokenId), true));
                    }
                    naive.units = r.strategy == Strategy::NegRiskLong
                                          ? 1
                                          : static_cast<std::int64_t>(r.marketIds.size()) - 1;
                    for (Decimal q = config.minShares; q <= config.maxShares;
                         q += config.shareStep) {
                        QVERIFY2(!naive.passes(q, config),
                                 qPrintable(QString::fromStdString(r.id + " " + q.toString())));
                    }
                }
            }
        }
        qInfo("%d opportunities verified, %d layer-2 refusals brute-forced", opportunities,
              refusedAtLayerTwo);
        QVERIFY(opportunities >= 30);
        QVERIFY(refusedAtLayerTwo >= 30);
    }
};

QTEST_APPLESS_MAIN(TestNegRiskSumChecker)
#include "tst_negrisksumchecker.moc"
