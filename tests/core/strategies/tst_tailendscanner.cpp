#include "core/strategies/ExternalFeedConfidence.h"
#include "core/strategies/PriceHistoryConfidence.h"
#include "core/strategies/TailEndScanner.h"
#include "tests/core/strategies/HorizonFixtures.h"
#include "tests/support/TestPrinters.h"

#include <QTest>

#include <cmath>

using namespace polaris;
using namespace horizon_test;

namespace {

constexpr std::int64_t kMinuteMs = 60'000;

/// Market "m" ending `hours` from now; YES bid/ask given, NO mirrors it.
struct TailSetup
{
    Event event;
    MapBooks books;
    PriceHistoryConfidence history;

    TailSetup(double hours, const char* yesBid, const char* yesAsk, const char* askSize = "100")
    {
        event = eventOf({binaryMarket("m", kNowMs + static_cast<std::int64_t>(hours * kHourMs))});
        books.add("m-yes", levels({{yesBid, "100"}}), levels({{yesAsk, askSize}}));
        const Decimal one = Decimal::fromInt(1);
        books.add("m-no", {BookLevel{one - d(yesAsk), d("100")}},
                  {BookLevel{one - d(yesBid), d("100")}});
    }
    Market& market() { return event.markets.front(); }

    /// One mid a minute for the last `minutes` minutes (inclusive of now), all at `mid`.
    void steadyHistory(const std::string& token, int minutes, double mid)
    {
        for (int i = minutes; i >= 0; --i) {
            history.record(token, kNowMs - i * kMinuteMs, mid);
        }
    }
};

/// The single refusal of a scan (by value: scan() returns a temporary), if that is all it gave.
std::optional<Refusal> onlyRefusal(const ScanResult& result)
{
    if (result.opportunities.empty() && result.refusals.size() == 1) {
        return result.refusals.front();
    }
    return std::nullopt;
}

} // namespace

/// TailEndScanner (strategy G): time window, leader, confidence, discount, sizing, refusals.
class TestTailEndScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportsConfidentLeaderFiveHoursOut()
    {
        TailSetup setup(5, "0.94", "0.95");
        for (int minute = 70; minute >= 0; --minute) { // dips to exactly 0.90: still confident
            setup.history.record("m-yes", kNowMs - minute * kMinuteMs, minute == 40 ? 0.90 : 0.92);
        }
        QCOMPARE(*setup.history.confidence(setup.market(), "m-yes", kNowMs), 0.90);
        const TailEndScanner scanner(setup.history);
        const ScanResult result = scan(scanner, setup.event, setup.books);
        QCOMPARE(result.refusals.size(), std::size_t(0));
        QCOMPARE(result.opportunities.size(), std::size_t(1));
        const Opportunity& tail = result.opportunities.front();
        QCOMPARE(tail.id, std::string("G:m-yes"));
        QCOMPARE(tail.strategy, Strategy::TailEnd);
        QCOMPARE(tail.shares, d("100"));
        QCOMPARE(tail.cost, d("95"));
        QCOMPARE(tail.payout, d("100"));
        QCOMPARE(tail.netProfit, d("5"));
        QVERIFY(std::abs(tail.netProfitPct - (1.0 - 0.95) / 0.95) < 1e-12); // 5.26 %
        QVERIFY(std::abs(tail.netProfitPct - 0.0526315789) < 1e-9);
        QCOMPARE(tail.lockedUntilMs,
                 std::optional<std::int64_t>(kNowMs + 5 * kHourMs + 2 * kDayMs));
        const double lockDays = (5.0 + 48.0) / 24.0;
        QVERIFY(std::abs(*tail.annualizedPct - 5.0 / 95.0 * 365.0 / lockDays) < 1e-9);
        QCOMPARE(tail.legs.size(), std::size_t(1));
        QCOMPARE(tail.legs.front().tokenId, std::string("m-yes"));
        QCOMPARE(tail.legs.front().limitPrice, d("0.95"));
    }

    void refusesWhenHistoryDippedBelowConfidence()
    {
        TailSetup setup(5, "0.94", "0.95");
        for (int minute = 70; minute >= 0; --minute) {
            setup.history.record("m-yes", kNowMs - minute * kMinuteMs, minute == 30 ? 0.85 : 0.93);
        }
        const std::optional<Refusal> refusal =
                onlyRefusal(scan(TailEndScanner(setup.history), setup.event, setup.books));
        QVERIFY(refusal.has_value());
        QCOMPARE(refusal->reason, RefusalReason::LowConfidence);
        QCOMPARE(refusal->id, std::string("G:m-yes"));
        QVERIFY2(refusal->detail.find("confidence 0.8500 below 0.9") != std::string::npos,
                 refusal->detail.c_str());
    }

    void aDipOlderThanTheHourNoLongerCounts()
    {
        TailSetup setup(5, "0.94", "0.95");
        for (int minute = 90; minute >= 0; --minute) { // in time order, as a live feed delivers
            setup.history.record("m-yes", kNowMs - minute * kMinuteMs, minute == 80 ? 0.50 : 0.93);
        }
        // Twenty-five minutes ago the dip was still inside the hour.
        QCOMPARE(*setup.history.confidence(setup.market(), "m-yes", kNowMs - 25 * kMinuteMs), 0.50);
        QCOMPARE(*setup.history.confidence(setup.market(), "m-yes", kNowMs), 0.93);
        QCOMPARE(scan(TailEndScanner(setup.history), setup.event, setup.books).opportunities.size(),
                 std::size_t(1));
    }

    void refusesSevenHoursOutAsTooFar()
    {
        TailSetup setup(7, "0.94", "0.95");
        setup.steadyHistory("m-yes", 70, 0.92);
        const std::optional<Refusal> refusal =
                onlyRefusal(scan(TailEndScanner(setup.history), setup.event, setup.books));
        QVERIFY(refusal.has_value());
        QCOMPARE(refusal->reason, RefusalReason::TooFarFromResolution);
        QVERIFY2(refusal->detail.find("resolves in 7.00 h (window 6.00 h)") != std::string::npos,
                 refusal->detail.c_str());
    }

    void farMarketsWithAnUncertainLeaderAreSilent()
    {
        TailSetup setup(7, "0.60", "0.62");
        QVERIFY(scan(TailEndScanner(setup.history), setup.event, setup.books).refusals.empty());
        TailSetup near(5, "0.60", "0.62"); // in the window but nobody rates it near-certain
        QVERIFY(scan(TailEndScanner(near.history), near.event, near.books).refusals.empty());
    }

    /// (1 - 0.98) / 0.98 = 2.04 % < 3 %.
    void refusesThinDiscount()
    {
        TailSetup setup(5, "0.97", "0.98");
        setup.steadyHistory("m-yes", 70, 0.97);
        const std::optional<Refusal> refusal =
                onlyRefusal(scan(TailEndScanner(setup.history), setup.event, setup.books));
        QVERIFY(refusal.has_value());
        QCOMPARE(refusal->reason, RefusalReason::BelowMinDiscount);
        QVERIFY2(refusal->detail.find("profit 2.04% at ask 0.98") != std::string::npos,
                 refusal->detail.c_str());
        QVERIFY2(refusal->detail.find("below 3.00%") != std::string::npos, refusal->detail.c_str());
        QCOMPARE(refusal->edge, std::optional<Decimal>(d("0.02")));
    }

    void refusesMissingHistoryWithAClearDetail()
    {
        TailSetup setup(5, "0.94", "0.95");
        const std::optional<Refusal> refusal =
                onlyRefusal(scan(TailEndScanner(setup.history), setup.event, setup.books));
        QVERIFY(refusal.has_value());
        QCOMPARE(refusal->reason, RefusalReason::LowConfidence);
        QVERIFY2(refusal->detail.find(
                         "not enough history: no price history recorded for token m-yes")
                         != std::string::npos,
                 refusal->detail.c_str());

        setup.steadyHistory("m-yes", 20, 0.95); // 20 minutes of the hour
        const std::optional<Refusal> partial =
                onlyRefusal(scan(TailEndScanner(setup.history), setup.event, setup.books));
        QVERIFY(partial.has_value());
        QCOMPARE(partial->reason, RefusalReason::LowConfidence);
        QVERIFY2(partial->detail.find("covers 20.0 min of the required 60 min")
                         != std::string::npos,
                 partial->detail.c_str());
    }

    void picksTheNoTokenWhenItLeads()
    {
        TailSetup setup(3, "0.04", "0.05"); // NO: bid 0.95, ask 0.96
        setup.steadyHistory("m-no", 70, 0.95);
        const ScanResult result = scan(TailEndScanner(setup.history), setup.event, setup.books);
        QCOMPARE(result.opportunities.size(), std::size_t(1));
        QCOMPARE(result.opportunities.front().legs.front().tokenId, std::string("m-no"));
        QCOMPARE(result.opportunities.front().cost, d("96"));
    }

    void externalFeedCanVouchForALowPricedLeader()
    {
        TailSetup setup(2, "0.78", "0.80");
        ExternalFeedConfidence feed;
        QVERIFY(feed.load(R"({"m-yes": 0.97})").ok());
        const ScanResult result = scan(TailEndScanner(feed), setup.event, setup.books);
        QCOMPARE(result.opportunities.size(), std::size_t(1));
        QCOMPARE(result.opportunities.front().netProfit, d("20")); // 100 - 80
    }

    void feeReducesProfitAndDepthStopsAtThreshold()
    {
        TailSetup setup(5, "0.94", "0.95");
        setup.books.add("m-yes", levels({{"0.94", "100"}}),
                        levels({{"0.95", "60"}, {"0.96", "100"}, {"0.975", "500"}}));
        setup.market().feeSchedule = FeeSchedule{true, d("0.05"), 1, true, d("0.25")};
        setup.steadyHistory("m-yes", 70, 0.93);
        const ScanResult result = scan(TailEndScanner(setup.history), setup.event, setup.books);
        QCOMPARE(result.opportunities.size(), std::size_t(1));
        const Opportunity& tail = result.opportunities.front();
        // 0.975 earns (1 - 0.975 - 0.00121875) / 0.97621875 = 2.44 %: not taken.
        QCOMPARE(tail.shares, d("160"));
        QCOMPARE(tail.cost, d("153"));
        QCOMPARE(tail.fees, d("0.3345")); // 60 x 0.05 x 0.95 x 0.05 + 100 x 0.05 x 0.96 x 0.04
        QCOMPARE(tail.netProfit, d("6.6655"));
        QCOMPARE(tail.legs.front().limitPrice, d("0.96"));
    }

    void refusesThinBookStaleBookAndEndedMarket()
    {
        TailSetup thin(5, "0.94", "0.95", "30");
        thin.steadyHistory("m-yes", 70, 0.93);
        const std::optional<Refusal> few =
                onlyRefusal(scan(TailEndScanner(thin.history), thin.event, thin.books));
        QVERIFY(few.has_value());
        QCOMPARE(few->reason, RefusalReason::BelowMinShares);

        TailSetup stale(5, "0.94", "0.95");
        stale.steadyHistory("m-yes", 70, 0.93);
        stale.books.add("m-yes", levels({{"0.94", "100"}}), levels({{"0.95", "100"}}),
                        kNowMs - 60'000);
        const std::optional<Refusal> old =
                onlyRefusal(scan(TailEndScanner(stale.history), stale.event, stale.books));
        QVERIFY(old.has_value());
        QCOMPARE(old->reason, RefusalReason::StaleBook);

        TailSetup ended(-1, "0.94", "0.95");
        ended.steadyHistory("m-yes", 70, 0.93);
        const std::optional<Refusal> waiting =
                onlyRefusal(scan(TailEndScanner(ended.history), ended.event, ended.books));
        QVERIFY(waiting.has_value());
        QCOMPARE(waiting->reason, RefusalReason::AwaitingResolution);

        TailSetup disputed(5, "0.94", "0.95");
        disputed.steadyHistory("m-yes", 70, 0.93);
        disputed.market().umaResolutionStatus = "disputed";
        const std::optional<Refusal> uma =
                onlyRefusal(scan(TailEndScanner(disputed.history), disputed.event, disputed.books));
        QVERIFY(uma.has_value());
        QCOMPARE(uma->reason, RefusalReason::UmaDispute);

        TailSetup poor(5, "0.94", "0.95");
        poor.steadyHistory("m-yes", 70, 0.93);
        poor.market().liquidity = Decimal::fromInt(200);
        const std::optional<Refusal> rug =
                onlyRefusal(scan(TailEndScanner(poor.history), poor.event, poor.books));
        QVERIFY(rug.has_value());
        QCOMPARE(rug->reason, RefusalReason::LowLiquidity);
    }

    void leaderIsHighestMid()
    {
        TailSetup setup(5, "0.30", "0.32");
        const Token* lead = TailEndScanner::leader(setup.market(), setup.books);
        QVERIFY(lead != nullptr);
        QCOMPARE(lead->tokenId, std::string("m-no"));
        const MapBooks none;
        QVERIFY(TailEndScanner::leader(setup.market(), none) == nullptr);
    }
};

QTEST_GUILESS_MAIN(TestTailEndScanner)
#include "tst_tailendscanner.moc"
