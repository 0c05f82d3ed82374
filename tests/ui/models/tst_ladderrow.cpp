#include "core/strategies/BinaryArbChecker.h"
#include "core/strategies/BondScanner.h"
#include "tests/core/strategies/BasketTestSupport.h"
#include "tests/core/strategies/HorizonFixtures.h"
#include "tests/support/TestPrinters.h"
#include "ui/models/LadderRow.h"

#include <QTest>

using namespace polaris;
using polaris::ui::LadderRow;
using Fill = LadderRow::Fill;

namespace {

QStringList texts(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items) {
        out << QString::fromUtf8(item);
    }
    return out;
}

Decimal dec(const char* text)
{
    return Decimal::parse(text).value();
}

OpportunityLeg leg(TradeSide side,
                   const char* limit,
                   const char* shares,
                   std::initializer_list<std::pair<const char*, const char*>> depth)
{
    OpportunityLeg out;
    out.side = side;
    out.limitPrice = dec(limit);
    out.shares = dec(shares);
    for (const auto& [price, size] : depth) {
        out.depth.push_back(BookLevel{dec(price), dec(size)});
    }
    return out;
}

/// "price size cumulative taken fill" per row, for compact comparisons.
QStringList describe(const std::vector<LadderRow>& rows)
{
    QStringList out;
    for (const LadderRow& row : rows) {
        const char* fill = row.fill == Fill::Full      ? "full"
                           : row.fill == Fill::Partial ? "part"
                                                       : "-";
        out << QStringLiteral("%1 %2 %3 %4 %5")
                        .arg(QString::fromStdString(row.price.toString()),
                             QString::fromStdString(row.size.toString()),
                             QString::fromStdString(row.cumulative.toString()),
                             QString::fromStdString(row.taken.toString()), QLatin1String(fill));
    }
    return out;
}

} // namespace

/// LadderRow: which levels of a leg's recorded depth the basket takes, and the depth the
/// strategies record with every reported opportunity.
class TestLadderRow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buyLegTakesLevelsUpToItsShares()
    {
        const OpportunityLeg buy =
                leg(TradeSide::Buy, "0.47", "250",
                    {{"0.45", "100"}, {"0.46", "50"}, {"0.47", "200"}, {"0.48", "300"}});
        QCOMPARE(describe(LadderRow::compute(buy)),
                 (texts({"0.45 100 100 100 full", "0.46 50 150 50 full", "0.47 200 350 100 part",
                         "0.48 300 650 0 -"})));
        QCOMPARE(LadderRow::sharesBeyond(buy), dec("0"));
    }

    void sellLegWalksBidsDownToItsLimit()
    {
        const OpportunityLeg sell = leg(TradeSide::Sell, "0.29", "90",
                                        {{"0.3", "40"}, {"0.29", "100"}, {"0.28", "10"}});
        QCOMPARE(describe(LadderRow::compute(sell)),
                 (texts({"0.3 40 40 40 full", "0.29 100 140 50 part", "0.28 10 150 0 -"})));
    }

    void lastLevelTakenWholeIsFull()
    {
        const OpportunityLeg buy =
                leg(TradeSide::Buy, "0.46", "150", {{"0.45", "100"}, {"0.46", "50"}, {"0.5", "1"}});
        QCOMPARE(describe(LadderRow::compute(buy)),
                 (texts({"0.45 100 100 100 full", "0.46 50 150 50 full", "0.5 1 151 0 -"})));
    }

    void neverTakesBeyondTheLimitPrice()
    {
        // Shares the ladder cannot account for within the limit are reported, not invented.
        const OpportunityLeg buy =
                leg(TradeSide::Buy, "0.45", "300", {{"0.45", "100"}, {"0.46", "500"}});
        QCOMPARE(describe(LadderRow::compute(buy)),
                 (texts({"0.45 100 100 100 full", "0.46 500 600 0 -"})));
        QCOMPARE(LadderRow::sharesBeyond(buy), dec("200"));
    }

    void sharesBelowTheShownLevelsAreCounted()
    {
        OpportunityLeg buy = leg(TradeSide::Buy, "0.6", "150", {});
        for (int i = 0; i < int(kLadderLevels); ++i) {
            buy.depth.push_back(BookLevel{Decimal::fromMicros(400'000 + i * 10'000), dec("10")});
        }
        const std::vector<LadderRow> rows = LadderRow::compute(buy);
        QCOMPARE(rows.size(), kLadderLevels);
        QCOMPARE(rows.back().cumulative, dec("100"));
        QCOMPARE(rows.back().fill, Fill::Full);
        QCOMPARE(LadderRow::sharesBeyond(buy), dec("50"));
    }

    void emptyDepthHasNoRows()
    {
        const OpportunityLeg bare = leg(TradeSide::Buy, "0.5", "10", {});
        QVERIFY(LadderRow::compute(bare).empty());
        QCOMPARE(LadderRow::sharesBeyond(bare), dec("10"));
    }

    /// B from the real checker: YES asks 0.45 x 100, 0.47 x 200; NO asks 0.50 x 500; q* = 300.
    void binaryArbOpportunityCarriesBothLadders()
    {
        constexpr std::int64_t now = 1'800'000'000'000;
        Event event = test::negRiskEvent("e2", {test::binaryMarket("S", false)});
        event.negRisk = false;
        event.endDateMs = now + 86'400'000;
        test::BookMap books;
        books.add("YS", {{dec("0.45"), dec("100")}, {dec("0.47"), dec("200")}},
                  {{dec("0.44"), dec("10")}}, now - 10);
        books.add("NS", {{dec("0.5"), dec("500")}}, {{dec("0.49"), dec("10")}}, now - 10);
        const ArbConfig config;
        const ScanContext context{config, books, now};
        ScanResult result;
        BinaryArbChecker().checkEvent(event, context, result);
        QCOMPARE(result.opportunities.size(), std::size_t(1));
        const Opportunity& o = result.opportunities.front();
        QCOMPARE(o.shares, dec("300"));
        QCOMPARE(o.legs[0].depth,
                 (std::vector<BookLevel>{{dec("0.45"), dec("100")}, {dec("0.47"), dec("200")}}));
        QCOMPARE(describe(LadderRow::compute(o.legs[0])),
                 (texts({"0.45 100 100 100 full", "0.47 200 300 200 full"})));
        QCOMPARE(describe(LadderRow::compute(o.legs[1])), (texts({"0.5 500 500 300 part"})));
    }

    /// F from the real scanner: 0.95 and 0.96 meet the threshold, 0.998 is above the band.
    void bondOpportunityCarriesItsAskLadder()
    {
        using namespace horizon_test;
        Event event =
                eventOf({binaryMarket("m", kNowMs + 10 * kDayMs - ArbConfig{}.resolutionLagMs)});
        MapBooks books;
        books.add("m-yes", levels({{"0.9", "100"}}),
                  levels({{"0.95", "100"}, {"0.96", "100"}, {"0.998", "1000"}}));
        books.add("m-no", levels({{"0.02", "100"}}), levels({{"0.08", "100"}}));
        const ScanResult result = horizon_test::scan(BondScanner(), event, books);
        QCOMPARE(result.opportunities.size(), std::size_t(1));
        const OpportunityLeg& bond = result.opportunities.front().legs.front();
        QCOMPARE(bond.shares, dec("200"));
        QCOMPARE(bond.depth.size(), std::size_t(3));
        QCOMPARE(
                describe(LadderRow::compute(bond)),
                (texts({"0.95 100 100 100 full", "0.96 100 200 100 full", "0.998 1000 1200 0 -"})));
    }

    void depthIsCappedAtTheLadderLength()
    {
        using namespace horizon_test;
        Event event =
                eventOf({binaryMarket("m", kNowMs + 10 * kDayMs - ArbConfig{}.resolutionLagMs)});
        std::vector<BookLevel> asks;
        for (int i = 0; i < 15; ++i) {
            asks.push_back(BookLevel{Decimal::fromMicros(940'000 + i * 1000), dec("10")});
        }
        MapBooks books;
        books.add("m-yes", levels({{"0.9", "100"}}), asks);
        books.add("m-no", levels({{"0.02", "100"}}), levels({{"0.08", "100"}}));
        const ScanResult result = horizon_test::scan(BondScanner(), event, books);
        QCOMPARE(result.opportunities.size(), std::size_t(1));
        const OpportunityLeg& bond = result.opportunities.front().legs.front();
        QCOMPARE(bond.shares, dec("150"));
        QCOMPARE(bond.depth.size(), kLadderLevels);
        QCOMPARE(bond.depth.front().price, dec("0.94"));
        QCOMPARE(LadderRow::sharesBeyond(bond), dec("50"));
    }
};

QTEST_GUILESS_MAIN(TestLadderRow)
#include "tst_ladderrow.moc"
