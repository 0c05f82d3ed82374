#include "core/strategies/NegRiskSumChecker.h"
#include "core/strategies/NoConvertChecker.h"
#include "tests/core/strategies/BasketTestSupport.h"
#include "tests/support/TestPrinters.h"
#include "ui/models/OutcomePayouts.h"

#include <QTest>

using namespace polaris;
using polaris::test::dec;
using polaris::ui::OutcomePayout;
using World = OutcomePayout::World;

namespace {

constexpr std::int64_t kNow = 1'800'000'000'000;

BookLevel lvl(const char* price, const char* size)
{
    return BookLevel{dec(price), dec(size)};
}

ScanResult runNegRisk(Strategy only)
{
    // Books of tests/core/strategies/tst_negrisksumchecker.cpp: YES asks sum below 1, NO asks
    // sum below N − 1, so both A and A' are found.
    test::BookMap books;
    books.add("YA", {lvl("0.30", "200")}, {lvl("0.28", "50")}, kNow - 100);
    books.add("YB", {lvl("0.30", "200")}, {}, kNow - 100);
    books.add("YC", {lvl("0.32", "100"), lvl("0.34", "300")}, {}, kNow - 100);
    books.add("NA", {lvl("0.65", "300")}, {}, kNow - 100);
    books.add("NB", {lvl("0.66", "300")}, {}, kNow - 100);
    books.add("NC", {lvl("0.62", "300")}, {}, kNow - 100);
    Event event = test::negRiskEvent(
            "e1", {test::binaryMarket("A"), test::binaryMarket("B"), test::binaryMarket("C")});
    event.endDateMs = kNow + 10LL * 86'400'000;
    ArbConfig config;
    ScanContext context{config, books, kNow};
    context.enabled.reset();
    context.enabled.set(static_cast<std::size_t>(only));
    ScanResult result;
    NegRiskSumChecker().checkEvent(event, context, result);
    return result;
}

OpportunityLeg
leg(const char* token, const char* condition, const char* outcome, const char* shares)
{
    OpportunityLeg l;
    l.tokenId = token;
    l.conditionId = condition;
    l.outcome = outcome;
    l.shares = dec(shares);
    return l;
}

} // namespace

class TestOutcomePayouts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yesBasketPaysItsSharesInEveryOutcome()
    {
        const ScanResult result = runNegRisk(Strategy::NegRiskLong);
        QCOMPARE(result.opportunities.size(), std::size_t(1));
        const Opportunity& o = result.opportunities[0];
        const auto worlds = OutcomePayout::compute(o);
        QCOMPARE(worlds.size(), std::size_t(3));
        QCOMPARE(worlds[0].outcome, std::string("A"));
        QCOMPARE(worlds[2].outcome, std::string("C"));
        for (const OutcomePayout& w : worlds) {
            QCOMPARE(w.world, World::Wins);
            QCOMPARE(w.payout, o.shares);
            QCOMPARE(w.payout, o.payout);
            QCOMPARE(w.net, o.netProfit);
        }
    }

    void noBasketPaysNMinusOneAndAllWhenAnotherOutcomeWins()
    {
        const ScanResult result = runNegRisk(Strategy::NegRiskShort);
        QCOMPARE(result.opportunities.size(), std::size_t(1));
        const Opportunity& o = result.opportunities[0];
        const auto worlds = OutcomePayout::compute(o);
        QCOMPARE(worlds.size(), std::size_t(4));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(worlds[std::size_t(i)].payout, o.shares * 2);
            QCOMPARE(worlds[std::size_t(i)].payout, o.payout);
            QCOMPARE(worlds[std::size_t(i)].net, o.netProfit);
        }
        QCOMPARE(worlds[3].world, World::OtherWins);
        QCOMPARE(worlds[3].payout, o.shares * 3);
    }

    void conversionPaysTheSameEverywhereEvenWithAConversionFee()
    {
        // The fixture of tst_noconvertchecker: S = {X, Y}, YES Z sold; fee 100 bips ->
        // out = 495, payout 495 + 0.20 * 495 = 594 whoever wins.
        test::BookMap books;
        books.add("NX", {lvl("0.60", "1000")}, {lvl("0.58", "10")}, kNow);
        books.add("YX", {lvl("0.42", "10")}, {lvl("0.35", "1000")}, kNow);
        books.add("NY", {lvl("0.55", "1000")}, {}, kNow);
        books.add("YY", {lvl("0.47", "10")}, {lvl("0.40", "1000")}, kNow);
        books.add("NZ", {lvl("0.85", "1000")}, {}, kNow);
        books.add("YZ", {lvl("0.25", "10")}, {lvl("0.20", "1000")}, kNow);
        Event event = test::negRiskEvent(
                "e4", {test::binaryMarket("X"), test::binaryMarket("Y"), test::binaryMarket("Z")});
        event.negRiskFeeBips = 100;
        ArbConfig config;
        const ScanContext context{config, books, kNow};
        ScanResult result;
        NoConvertChecker().checkEvent(event, context, result);
        QCOMPARE(result.opportunities.size(), std::size_t(1));
        const Opportunity& o = result.opportunities[0];
        QCOMPARE(o.payout, dec("594"));
        const auto worlds = OutcomePayout::compute(o);
        QCOMPARE(worlds.size(), std::size_t(4));
        QCOMPARE(worlds[0].outcome, std::string("X"));
        QCOMPARE(worlds[2].outcome, std::string("Z"));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(worlds[std::size_t(i)].payout, dec("594"));
            QCOMPARE(worlds[std::size_t(i)].net, o.netProfit);
        }
        QCOMPARE(worlds[3].world, World::OtherWins);
        QCOMPARE(worlds[3].payout, dec("1089")); // a YES left unsold would add out = 495
    }

    void binaryComplementPaysTheSharesEitherWay()
    {
        Opportunity o;
        o.strategy = Strategy::BinaryComplement;
        o.legs = {leg("yes", "c", "Yes", "50"), leg("no", "c", "No", "50")};
        o.cost = dec("48.5");
        o.fees = dec("0.25");
        o.gas = dec("0.02");
        const auto worlds = OutcomePayout::compute(o);
        QCOMPARE(worlds.size(), std::size_t(2));
        QCOMPARE(worlds[0].outcome, std::string("Yes"));
        QCOMPARE(worlds[1].outcome, std::string("No"));
        QCOMPARE(worlds[0].payout, dec("50"));
        QCOMPARE(worlds[1].payout, dec("50"));
        QCOMPARE(worlds[1].net, dec("1.23"));
    }

    void bondPaysOnlyIfItsOutcomeHappens()
    {
        Opportunity o;
        o.strategy = Strategy::Bond;
        o.legs = {leg("t", "c", "Yes (Fed holds)", "200")};
        o.cost = dec("194");
        const auto worlds = OutcomePayout::compute(o);
        QCOMPARE(worlds.size(), std::size_t(2));
        QCOMPARE(worlds[0].world, World::Wins);
        QCOMPARE(worlds[0].net, dec("6"));
        QCOMPARE(worlds[1].world, World::DoesNotWin);
        QCOMPARE(worlds[1].outcome, std::string("Yes (Fed holds)"));
        QCOMPARE(worlds[1].payout, Decimal());
        QCOMPARE(worlds[1].net, dec("-194"));
    }

    void marketLabelDropsTheSide()
    {
        QCOMPARE(ui::marketLabel("Trump Yes"), std::string("Trump"));
        QCOMPARE(ui::marketLabel("Harris No"), std::string("Harris"));
        QCOMPARE(ui::marketLabel("Yes"), std::string("Yes"));
        QCOMPARE(ui::marketLabel("Notes"), std::string("Notes"));
    }
};

QTEST_APPLESS_MAIN(TestOutcomePayouts)
#include "tst_outcomepayouts.moc"
