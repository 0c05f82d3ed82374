#include "tests/ui/ViewsTestData.h"
#include "ui/models/BondLadderModel.h"
#include "ui/models/ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace polaris;
using namespace polaris::test;
using polaris::ui::BondGrouping;
using polaris::ui::BondLadderModel;
using M = BondLadderModel;

namespace {

QStringList rowTexts(const BondLadderModel& model, int row)
{
    QStringList texts;
    for (int column = 0; column < M::ColumnCount; ++column) {
        texts << model.index(row, column).data().toString();
    }
    return texts;
}

ScanSummary scanWith(std::vector<Opportunity> opportunities)
{
    return summaryOf(std::move(opportunities));
}

} // namespace

/// BondLadderModel: rung rows with exact figures, updated in place when the scan or the database
/// moves, regrouped by days or weeks.
class TestBondLadderModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsRungsWithExactYields()
    {
        BondLadderModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPositions({position("p1", "100", "0.95", kNow + 10 * kDayMs),
                            position("p2", "50.5", "0.97", kNow + 10 * kDayMs + 2 * kHourMs),
                            position("p3", "10", "0.99", std::nullopt)},
                           kNow);
        model.setCandidates(scanWith({bondCandidate("c1", "200", "190", "0.5", kNow + 12 * kDayMs),
                                      negRiskLong("a", "Not a bond", "5")}),
                            kNow);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.candidateCount(), std::size_t(1));
        QCOMPARE(rowTexts(model, 0), (texts({"2027-01-25", "2", "0", "150.50", "143.99", "150.50",
                                             "4.52 %", "164.68 %"})));
        // Arrival order: the unknown rung came with the positions, the candidate's after it.
        QCOMPARE(rowTexts(model, 1),
                 (texts({"unknown date", "1", "0", "10.00", "9.90", "10.00", "1.01 %", "—"})));
        QCOMPARE(rowTexts(model, 2), (texts({"2027-01-27", "0", "1", "200.00", "190.50", "200.00",
                                             "4.99 %", "151.68 %"})));
        QCOMPARE(model.index(0, M::CapitalColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("143.985 USDC"));
        QCOMPARE(model.index(0, M::YieldColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("0.045247 (payout 150.5 / capital 143.985 − 1)"));
        // The proxy sorts dates by the rung's first instant; unknown sorts last.
        QVERIFY(model.index(0, M::DateColumn).data(ui::SortRole).toLongLong()
                < model.index(2, M::DateColumn).data(ui::SortRole).toLongLong());
        QVERIFY(model.index(2, M::DateColumn).data(ui::SortRole).toLongLong()
                < model.index(1, M::DateColumn).data(ui::SortRole).toLongLong());
        QCOMPARE(model.headerData(M::DateColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Resolves (day, UTC)"));
    }

    void newScansUpdateInPlace()
    {
        BondLadderModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPositions({position("p1", "100", "0.95", kNow + 10 * kDayMs)}, kNow);
        model.setCandidates(
                scanWith({bondCandidate("c1", "200", "190", "0.5", kNow + 10 * kDayMs + kHourMs)}),
                kNow);
        QCOMPARE(model.rowCount(), 1);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // The candidate's size moves: the same rung changes in place.
        model.setCandidates(
                scanWith({bondCandidate("c1", "100", "95", "0.25", kNow + 10 * kDayMs + kHourMs)}),
                kNow);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, M::SharesColumn).data().toString(), QStringLiteral("200.00"));
        QCOMPARE(model.index(0, M::CandidatesColumn).data().toString(), QStringLiteral("1"));
        // The candidate is gone and the position settled: the rung goes.
        model.setCandidates(ScanSummary{}, kNow);
        QCOMPARE(model.rowCount(), 1);
        model.setPositions({}, kNow);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(reset.count(), 0);
    }

    void weeksMergeDays()
    {
        BondLadderModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPositions({position("p1", "100", "0.95", kNow + 10 * kDayMs),
                            position("p2", "50.5", "0.97", kNow + 10 * kDayMs + 2 * kHourMs)},
                           kNow);
        model.setCandidates(
                scanWith({bondCandidate("c1", "200", "190", "0.5", kNow + 12 * kDayMs)}), kNow);
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
        model.setGrouping(BondGrouping::Weeks, kNow);
        QCOMPARE(header.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(rowTexts(model, 0), (texts({"2027-W04 (2027-01-25 – 2027-01-31)", "2", "1",
                                             "350.50", "334.49", "350.50", "4.79 %", "156.72 %"})));
        QCOMPARE(model.headerData(M::DateColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Resolves (week, UTC)"));
        model.setGrouping(BondGrouping::Days, kNow);
        QCOMPARE(model.rowCount(), 2);
    }

    void yieldTextIsExact()
    {
        QCOMPARE(BondLadderModel::yieldText(d("0.045247")), QStringLiteral("4.52 %"));
        QCOMPARE(BondLadderModel::yieldText(d("0.049868")), QStringLiteral("4.99 %"));
        QCOMPARE(BondLadderModel::yieldText(d("0.000049")), QStringLiteral("0.00 %"));
        QCOMPARE(BondLadderModel::yieldText(d("-0.01")), QStringLiteral("-1.00 %"));
    }
};

QTEST_GUILESS_MAIN(TestBondLadderModel)
#include "tst_bondladdermodel.moc"
