#include "core/strategies/BondScanner.h"
#include "tests/core/strategies/HorizonFixtures.h"
#include "tests/support/TestPrinters.h"

#include <QTest>

#include <cmath>

using namespace polaris;
using namespace horizon_test;

namespace {

/// End date such that end + the default 2-day lag is `days` from now.
std::int64_t endForLockDays(double days)
{
    return kNowMs + static_cast<std::int64_t>(days * kDayMs) - ArbConfig{}.resolutionLagMs;
}

/// One market "m" whose YES token asks `asks`; the NO side mirrors it far out of the band.
struct BondSetup
{
    Event event;
    MapBooks books;

    BondSetup(double lockDays,
              std::vector<BookLevel> yesAsks,
              std::vector<BookLevel> yesBids = levels({{"0.90", "100"}}))
    {
        event = eventOf({binaryMarket("m", endForLockDays(lockDays))});
        books.add("m-yes", std::move(yesBids), std::move(yesAsks));
        books.add("m-no", levels({{"0.02", "100"}}), levels({{"0.08", "100"}}));
    }
    Market& market() { return event.markets.front(); }
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

/// BondScanner (strategy F): band, horizon, annualised threshold, depth, fees and refusals.
class TestBondScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportsBondAt95With10Days()
    {
        BondSetup setup(10, levels({{"0.95", "100"}}));
        const BondScanner scanner;
        const ScanResult result = scan(scanner, setup.event, setup.books);
        QCOMPARE(result.refusals.size(), std::size_t(0)); // NO at 0.08 is out of band: silent
        QCOMPARE(result.opportunities.size(), std::size_t(1));
        const Opportunity& bond = result.opportunities.front();
        QCOMPARE(bond.id, std::string("F:m-yes"));
        QCOMPARE(bond.strategy, Strategy::Bond);
        QCOMPARE(bond.eventId, std::string("ev1"));
        QCOMPARE(bond.marketIds, std::vector<std::string>{"0xcond-m"});
        QCOMPARE(bond.shares, d("100"));
        QCOMPARE(bond.cost, d("95"));
        QCOMPARE(bond.payout, d("100"));
        QCOMPARE(bond.fees, d("0"));
        QCOMPARE(bond.gas, d("0"));
        QCOMPARE(bond.netProfit, d("5"));
        QCOMPARE(bond.lockedUntilMs, std::optional<std::int64_t>(kNowMs + 10 * kDayMs));
        QVERIFY(bond.annualizedPct.has_value());
        const double expected = (1.0 / 0.95 - 1.0) * 365.0 / 10.0; // 1.92105...
        QVERIFY(std::abs(*bond.annualizedPct - expected) < 1e-9);
        QVERIFY(std::abs(*bond.annualizedPct - 1.9210526315789) < 1e-9);
        QVERIFY(std::abs(bond.netProfitPct - 5.0 / 95.0) < 1e-12);
        QCOMPARE(bond.firstSeenMs, kNowMs);

        QCOMPARE(bond.legs.size(), std::size_t(1));
        const OpportunityLeg& leg = bond.legs.front();
        QCOMPARE(leg.tokenId, std::string("m-yes"));
        QCOMPARE(leg.conditionId, std::string("0xcond-m"));
        QCOMPARE(leg.side, TradeSide::Buy);
        QCOMPARE(leg.limitPrice, d("0.95"));
        QCOMPARE(leg.vwap, d("0.95"));
        QCOMPARE(leg.shares, d("100"));
        QCOMPARE(leg.notional, d("95"));
        QCOMPARE(leg.bookHash, std::string("hash-m-yes"));
        QCOMPARE(leg.bookTimestampMs, kNowMs);
    }

    /// The venue's advice for augmented negRisk events: only trade named outcomes. "Other" (and a
    /// placeholder) can change meaning as placeholders are named, so neither is ever a bond.
    void neverTreatsOtherOrPlaceholdersAsBonds()
    {
        for (const bool other : {true, false}) {
            BondSetup setup(10, levels({{"0.95", "100"}}));
            setup.market().negRisk = true;
            if (other) {
                setup.market().negRiskOther = true;
                setup.market().groupItemTitle = "Other";
            } else {
                setup.market().active = false;
                setup.market().groupItemTitle = "Candidate A";
            }
            QVERIFY(setup.market().kind() != OutcomeKind::Named);
            const ScanResult result = scan(BondScanner(), setup.event, setup.books);
            QCOMPARE(result.opportunities.size(), std::size_t(0));
            QCOMPARE(result.refusals.size(), std::size_t(0));
        }
    }

    void reportsCompoundingForm()
    {
        BondSetup setup(10, levels({{"0.95", "100"}}));
        const BondScanner scanner;
        const ArbConfig config;
        const ScanContext context{config, setup.books, kNowMs};
        const BondEvaluation result =
                scanner.evaluate(setup.event, setup.market(), setup.market().tokens[0], context);
        const auto* quote = std::get_if<BondQuote>(&result);
        QVERIFY(quote != nullptr);
        QVERIFY(std::abs(quote->yield.compounded - (std::pow(1.0 / 0.95, 36.5) - 1.0)) < 1e-9);
        QVERIFY(std::abs(quote->yield.days - 10.0) < 1e-12);
        QVERIFY(std::abs(quote->yield.periodReturn - 5.0 / 95.0) < 1e-12);
        // The NO token (0.08) is not a bond candidate.
        QVERIFY(std::holds_alternative<std::monostate>(
                scanner.evaluate(setup.event, setup.market(), setup.market().tokens[1], context)));
    }

    void annualizeIsTheSpecFormula()
    {
        const BondYield yield = BondScanner::annualize(1.0 / 0.99 - 1.0, 29 * kDayMs);
        QVERIFY(std::abs(yield.simple - (1.0 / 0.99 - 1.0) * 365.0 / 29.0) < 1e-12);
        QVERIFY(std::abs(yield.compounded - (std::pow(1.0 / 0.99, 365.0 / 29.0) - 1.0)) < 1e-12);
    }

    /// (1/0.99 - 1) x 365/29 = 0.127134... >= 10 %: reported.
    void reports99With29Days()
    {
        BondSetup setup(29, levels({{"0.99", "200"}}));
        const ScanResult result = scan(BondScanner(), setup.event, setup.books);
        QCOMPARE(result.opportunities.size(), std::size_t(1));
        const double expected = (1.0 / 0.99 - 1.0) * 365.0 / 29.0;
        QVERIFY(std::abs(expected - 0.12713) < 1e-5);
        QVERIFY(std::abs(*result.opportunities.front().annualizedPct - expected) < 1e-9);
        QCOMPARE(result.opportunities.front().cost, d("198"));
    }

    /// (1/0.993 - 1) x 365/29 = 0.0887... < 10 %: refused with the value.
    void refuses993With29DaysBelowMinAnnualized()
    {
        BondSetup setup(29, levels({{"0.993", "200"}}));
        const ScanResult result = scan(BondScanner(), setup.event, setup.books);
        const std::optional<Refusal> refusal = onlyRefusal(result);
        QVERIFY(refusal.has_value());
        QCOMPARE(refusal->reason, RefusalReason::BelowMinAnnualized);
        QCOMPARE(refusal->id, std::string("F:m-yes"));
        QCOMPARE(refusal->strategy, Strategy::Bond);
        QVERIFY2(refusal->detail.find("8.87% annualised") != std::string::npos,
                 refusal->detail.c_str());
        QVERIFY2(refusal->detail.find("below 10.00%") != std::string::npos,
                 refusal->detail.c_str());
        QCOMPARE(refusal->edge, std::optional<Decimal>(d("0.007")));
    }

    void ignoresTokensOutsideTheBand_data()
    {
        QTest::addColumn<QString>("ask");
        QTest::newRow("0.92 below band") << "0.92";
        QTest::newRow("0.996 above band") << "0.996";
    }
    void ignoresTokensOutsideTheBand()
    {
        QFETCH(QString, ask);
        BondSetup setup(10, levels({{ask.toLatin1().constData(), "500"}}));
        setup.market().liquidity = Decimal::fromInt(10); // would be refused if it were a candidate
        const ScanResult result = scan(BondScanner(), setup.event, setup.books);
        QVERIFY(result.opportunities.empty());
        QVERIFY(result.refusals.empty());
    }

    void bandEdgesAreInclusive()
    {
        BondSetup setup(10, levels({{"0.93", "100"}}));
        QCOMPARE(scan(BondScanner(), setup.event, setup.books).opportunities.size(),
                 std::size_t(1));
        BondSetup top(5, levels({{"0.995", "100"}})); // (1/0.995-1)*73 = 0.3668
        QCOMPARE(scan(BondScanner(), top.event, top.books).opportunities.size(), std::size_t(1));
    }

    void refusesTooFarFromResolution()
    {
        BondSetup setup(31, levels({{"0.95", "100"}}));
        const std::optional<Refusal> refusal =
                onlyRefusal(scan(BondScanner(), setup.event, setup.books));
        QVERIFY(refusal.has_value());
        QCOMPARE(refusal->reason, RefusalReason::TooFarFromResolution);
        QVERIFY2(refusal->detail.find("31.00 d") != std::string::npos, refusal->detail.c_str());
    }

    void showsEndedUnresolvedMarketsAsAwaitingResolution()
    {
        BondSetup setup(10, levels({{"0.97", "100"}}));
        setup.market().endDateMs = kNowMs - 3 * kHourMs;
        setup.market().umaResolutionStatuses = {"proposed"};
        const std::optional<Refusal> refusal =
                onlyRefusal(scan(BondScanner(), setup.event, setup.books));
        QVERIFY(refusal.has_value());
        QCOMPARE(refusal->reason, RefusalReason::AwaitingResolution);
        QVERIFY2(refusal->detail.find("3.00 h ago") != std::string::npos, refusal->detail.c_str());
        QVERIFY2(refusal->detail.find("proposed") != std::string::npos, refusal->detail.c_str());
    }

    void refusesOpenUmaDispute()
    {
        BondSetup setup(10, levels({{"0.95", "100"}}));
        setup.market().umaResolutionStatuses = {"proposed", "disputed"};
        const std::optional<Refusal> refusal =
                onlyRefusal(scan(BondScanner(), setup.event, setup.books));
        QVERIFY(refusal.has_value());
        QCOMPARE(refusal->reason, RefusalReason::UmaDispute);
    }

    void refusesLowLiquidity()
    {
        BondSetup setup(10, levels({{"0.95", "100"}}));
        setup.market().liquidity = d("999.99");
        const std::optional<Refusal> refusal =
                onlyRefusal(scan(BondScanner(), setup.event, setup.books));
        QVERIFY(refusal.has_value());
        QCOMPARE(refusal->reason, RefusalReason::LowLiquidity);
        QVERIFY2(refusal->detail.find("$999.99 below $1000") != std::string::npos,
                 refusal->detail.c_str());
    }

    void refusesTooFewSharesAtThePrice()
    {
        // 40 at 0.95; the next level (0.997) is outside the band.
        BondSetup setup(10, levels({{"0.95", "40"}, {"0.997", "1000"}}));
        const std::optional<Refusal> refusal =
                onlyRefusal(scan(BondScanner(), setup.event, setup.books));
        QVERIFY(refusal.has_value());
        QCOMPARE(refusal->reason, RefusalReason::BelowMinShares);
        QVERIFY2(refusal->detail.find("only 40 shares at <= 0.95 (min 50)") != std::string::npos,
                 refusal->detail.c_str());
    }

    void walksDepthAcrossTwoLevels()
    {
        BondSetup setup(10, levels({{"0.95", "60"}, {"0.96", "100"}}));
        const ScanResult result = scan(BondScanner(), setup.event, setup.books);
        QCOMPARE(result.opportunities.size(), std::size_t(1));
        const Opportunity& bond = result.opportunities.front();
        QCOMPARE(bond.shares, d("160"));
        QCOMPARE(bond.cost, d("153")); // 60 x 0.95 + 100 x 0.96
        QCOMPARE(bond.netProfit, d("7"));
        QCOMPARE(bond.legs.front().limitPrice, d("0.96"));
        QCOMPARE(bond.legs.front().vwap, d("0.95625"));
        QVERIFY(std::abs(*bond.annualizedPct - 7.0 / 153.0 * 36.5) < 1e-9);

        // Capped by maxShares: 60 at 0.95 + 40 at 0.96.
        ArbConfig capped;
        capped.maxShares = Decimal::fromInt(100);
        const ScanResult small = scan(BondScanner(), setup.event, setup.books, capped);
        QCOMPARE(small.opportunities.size(), std::size_t(1));
        QCOMPARE(small.opportunities.front().shares, d("100"));
        QCOMPARE(small.opportunities.front().cost, d("95.4"));
    }

    /// With 29 days the yield threshold price is 1/(1 + 0.1 x 29/365) = 0.99212: 0.992 still
    /// earns 10.15 %, 0.993 does not, so the walk stops before it.
    void stopsTheWalkAtTheThresholdPrice()
    {
        BondSetup setup(29, levels({{"0.99", "60"}, {"0.992", "50"}, {"0.993", "500"}}));
        const ScanResult result = scan(BondScanner(), setup.event, setup.books);
        QCOMPARE(result.opportunities.size(), std::size_t(1));
        const Opportunity& bond = result.opportunities.front();
        QCOMPARE(bond.shares, d("110"));
        QCOMPARE(bond.cost, d("109")); // 59.4 + 49.6
        QCOMPARE(bond.legs.front().limitPrice, d("0.992"));
        QVERIFY(*bond.annualizedPct >= 0.1);
    }

    void feeFromTheScheduleReducesProfit()
    {
        BondSetup setup(10, levels({{"0.95", "100"}}));
        setup.market().feesEnabled = true;
        setup.market().feeSchedule = FeeSchedule{true, d("0.05"), 1, true, d("0.25")};
        const ScanResult result = scan(BondScanner(), setup.event, setup.books);
        QCOMPARE(result.opportunities.size(), std::size_t(1));
        const Opportunity& bond = result.opportunities.front();
        // 100 x 0.05 x 0.95 x 0.05 = 0.2375
        QCOMPARE(bond.fees, d("0.2375"));
        QCOMPARE(bond.legs.front().fee, d("0.2375"));
        QCOMPARE(bond.cost, d("95"));
        QCOMPARE(bond.netProfit, d("4.7625"));
        QVERIFY(std::abs(*bond.annualizedPct - 4.7625 / 95.2375 * 36.5) < 1e-9);

        // Two levels: each level is one fill, floored to 5 dp: 0.1425 + 0.192.
        BondSetup deep(10, levels({{"0.95", "60"}, {"0.96", "100"}}));
        deep.market().feeSchedule = setup.market().feeSchedule;
        const ScanResult two = scan(BondScanner(), deep.event, deep.books);
        QCOMPARE(two.opportunities.size(), std::size_t(1));
        QCOMPARE(two.opportunities.front().fees, d("0.3345"));
        QCOMPARE(two.opportunities.front().netProfit, d("6.6655"));
    }

    void feeCanPushBelowTheThreshold()
    {
        // 0.99 over 29 days earns 12.7 % gross; a 0.25 x p(1-p)^1 fee takes it below 10 %.
        BondSetup setup(29, levels({{"0.99", "200"}}));
        setup.market().feeSchedule = FeeSchedule{true, d("0.25"), 1, true, d("0")};
        const std::optional<Refusal> refusal =
                onlyRefusal(scan(BondScanner(), setup.event, setup.books));
        QVERIFY(refusal.has_value());
        QCOMPARE(refusal->reason, RefusalReason::BelowMinAnnualized);
    }

    void refusesStaleAndInvalidBooks()
    {
        BondSetup stale(10, levels({{"0.95", "100"}}));
        stale.books.add("m-yes", levels({{"0.90", "100"}}), levels({{"0.95", "100"}}),
                        kNowMs - 7'000);
        const std::optional<Refusal> refusal =
                onlyRefusal(scan(BondScanner(), stale.event, stale.books));
        QVERIFY(refusal.has_value());
        QCOMPARE(refusal->reason, RefusalReason::StaleBook);
        QVERIFY2(refusal->detail.find("7.0 s ago (limit 5.0 s)") != std::string::npos,
                 refusal->detail.c_str());

        // A crossed snapshot leaves the book Invalid and empty; Gamma's price keeps it a candidate.
        BondSetup invalid(10, levels({{"0.95", "100"}}));
        invalid.books.add("m-yes", levels({{"0.96", "100"}}), levels({{"0.95", "100"}}));
        invalid.market().tokens[0].price = d("0.955");
        const std::optional<Refusal> bad =
                onlyRefusal(scan(BondScanner(), invalid.event, invalid.books));
        QVERIFY(bad.has_value());
        QCOMPARE(bad->reason, RefusalReason::InvalidBook);
    }

    void missingBookWithGammaPriceInBandIsMissingAsk()
    {
        Event event = eventOf({binaryMarket("m", endForLockDays(10))});
        event.markets[0].tokens[0].price = d("0.96");
        const MapBooks books;
        const std::optional<Refusal> refusal = onlyRefusal(scan(BondScanner(), event, books));
        QVERIFY(refusal.has_value());
        QCOMPARE(refusal->reason, RefusalReason::MissingAsk);
    }

    void skipsClosedMarketsAndDisabledStrategy()
    {
        BondSetup setup(10, levels({{"0.95", "100"}}));
        setup.market().closed = true;
        QVERIFY(scan(BondScanner(), setup.event, setup.books).refusals.empty());
        setup.market().closed = false;
        ArbConfig config;
        ScanContext context{config, setup.books, kNowMs};
        context.enabled.reset(static_cast<std::size_t>(Strategy::Bond));
        ScanResult result;
        BondScanner().checkEvent(setup.event, context, result);
        QVERIFY(result.opportunities.empty());
        QVERIFY(result.refusals.empty());
    }

    void notAcceptingOrdersIsNotTradable()
    {
        BondSetup setup(10, levels({{"0.95", "100"}}));
        setup.market().acceptingOrders = false;
        const std::optional<Refusal> refusal =
                onlyRefusal(scan(BondScanner(), setup.event, setup.books));
        QVERIFY(refusal.has_value());
        QCOMPARE(refusal->reason, RefusalReason::MarketNotTradable);
    }
};

QTEST_GUILESS_MAIN(TestBondScanner)
#include "tst_bondscanner.moc"
