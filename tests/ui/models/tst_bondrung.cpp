#include "tests/ui/ViewsTestData.h"
#include "ui/models/BondRung.h"

#include <QTest>

#include <cmath>

using namespace polaris;
using namespace polaris::test;
using polaris::ui::BondGrouping;
using polaris::ui::BondRung;
using polaris::ui::BondRungItem;

namespace {

std::vector<BondPositionRecord> positions()
{
    return {position("p1", "100", "0.95", kNow + 10 * kDayMs),
            position("p2", "50.5", "0.97", kNow + 10 * kDayMs + 2 * kHourMs),
            position("p3", "10", "0.99", std::nullopt), position("p4", "5", "0.9", kNow - kDayMs)};
}

std::vector<Opportunity> candidates()
{
    // The A basket is not a bond: ignored.
    return {bondCandidate("c1", "200", "190", "0.5", kNow + 12 * kDayMs),
            negRiskLong("a", "Not a bond", "5")};
}

QStringList keys(const std::vector<BondRung>& rungs)
{
    QStringList out;
    for (const BondRung& rung : rungs) {
        out << QString::fromStdString(rung.key);
    }
    return out;
}

} // namespace

/// BondRung::group: rungs by UTC day or ISO week, totals, exact yields, annualisation.
class TestBondRung : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupsByDay()
    {
        const auto rungs = BondRung::group(positions(), candidates(), BondGrouping::Days, kNow);
        QCOMPARE(keys(rungs), (texts({"2027-01-14", "2027-01-25", "2027-01-27", "unknown"})));

        const BondRung& due = rungs[0]; // resolution passed: no annualised yield
        QCOMPARE(due.positions, 1);
        QCOMPARE(due.yield.value(), d("0.111111")); // 5 / 4.5 - 1, rounded down
        QVERIFY(!due.annualized);

        const BondRung& day = rungs[1];
        QCOMPARE(day.label, QStringLiteral("2027-01-25"));
        QCOMPARE(day.positions, 2);
        QCOMPARE(day.candidates, 0);
        QCOMPARE(day.shares, d("150.5"));
        QCOMPARE(day.capital, d("143.985")); // 100 x 0.95 + 50.5 x 0.97
        QCOMPARE(day.payout, d("150.5"));
        QCOMPARE(day.yield.value(), d("0.045247"));
        // Capital-weighted: 95 over 10 d, 48.985 over 10 d 2 h.
        QVERIFY(std::abs(*day.daysToResolution - 10.028350754) < 1e-6);
        QVERIFY(std::abs(*day.annualized - 0.045247 * 365 / 10.028350754) < 1e-9);
        QCOMPARE(day.items.size(), std::size_t(2));
        QCOMPARE(day.items[0].capital, d("95"));

        const BondRung& candidate = rungs[2];
        QCOMPARE(candidate.positions, 0);
        QCOMPARE(candidate.candidates, 1);
        QCOMPARE(candidate.capital, d("190.5")); // cost + fees
        QCOMPARE(candidate.payout, d("200"));
        QCOMPARE(candidate.yield.value(), d("0.049868"));
        QVERIFY(std::abs(*candidate.annualized - 0.049868 * 365 / 12) < 1e-9);
        QCOMPARE(candidate.items.front().kind, BondRungItem::Kind::Candidate);
        QCOMPARE(candidate.items.front().label, std::string("Bond event c1 · Yes"));
        QCOMPARE(candidate.items.front().price, d("0.95"));

        const BondRung& unknown = rungs[3];
        QCOMPARE(unknown.label, QStringLiteral("unknown date"));
        QCOMPARE(unknown.capital, d("9.9"));
        QCOMPARE(unknown.yield.value(), d("0.010101"));
        QVERIFY(!unknown.annualized);
    }

    void groupsByIsoWeek()
    {
        const auto rungs = BondRung::group(positions(), candidates(), BondGrouping::Weeks, kNow);
        QCOMPARE(keys(rungs), (texts({"2027-W02", "2027-W04", "unknown"})));
        const BondRung& week = rungs[1];
        QCOMPARE(week.label, QStringLiteral("2027-W04 (2027-01-25 – 2027-01-31)"));
        QCOMPARE(week.positions, 2);
        QCOMPARE(week.candidates, 1);
        QCOMPARE(week.shares, d("350.5"));
        QCOMPARE(week.capital, d("334.485"));
        QCOMPARE(week.yield.value(), d("0.047879"));
        QVERIFY(std::abs(*week.annualized - 1.5671611545) < 1e-8);
    }

    void nothingGivesNoRungs()
    {
        QVERIFY(BondRung::group({}, {}, BondGrouping::Days, kNow).empty());
    }
};

QTEST_GUILESS_MAIN(TestBondRung)
#include "tst_bondrung.moc"
