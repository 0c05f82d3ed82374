#include "tests/ui/UiTestData.h"
#include "ui/MainWindow.h"
#include "ui/SnapshotThrottle.h"

#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace polaris;
using namespace polaris::test;
using polaris::ui::SnapshotThrottle;

/// SnapshotThrottle: visible tables take every summary, hidden ones the newest every interval,
/// and a table shown again gets the kept one at once.
class TestSnapshotThrottle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void visibleTakesEverything()
    {
        SnapshotThrottle throttle(SnapshotThrottle::Part::Opportunities, 2000);
        const ScanSummary summary = summaryOf({negRiskLong("a", "A", "1")});
        for (std::int64_t t = 0; t < 1000; t += 250) {
            QVERIFY(throttle.offer(summary, true, t));
        }
        QVERIFY(!throttle.hasKept());
    }

    void hiddenKeepsTheNewestAndReleasesItWhenDueOrShown()
    {
        SnapshotThrottle throttle(SnapshotThrottle::Part::Opportunities, 2000);
        QVERIFY(throttle.offer(summaryOf({negRiskLong("a", "A", "1")}), false, 0)); // first
        QVERIFY(!throttle.offer(summaryOf({negRiskLong("b", "B", "1")}), false, 250));
        QVERIFY(!throttle.offer(
                summaryOf({negRiskLong("c", "C", "1")}, {refusal("r", RefusalReason::StaleBook)}),
                false, 500));
        QVERIFY(!throttle.takeDue(false, 1999));
        const auto kept = throttle.takeDue(false, 2000);
        QVERIFY(kept);
        QCOMPARE(kept->opportunities.front().id, std::string("c"));
        QVERIFY(kept->refusals.empty()); // the opportunities table does not need them
        QVERIFY(!throttle.hasKept());
        QVERIFY(!throttle.offer(summaryOf({negRiskLong("d", "D", "1")}), false, 2100));
        const auto shown = throttle.takeDue(true, 2200); // the tab was opened
        QVERIFY(shown);
        QCOMPARE(shown->opportunities.front().id, std::string("d"));
        QVERIFY(throttle.offer(summaryOf({}), false, 4200)); // interval passed: applied directly
    }

    void refusalsKeepOnlyTheRefusals()
    {
        SnapshotThrottle throttle(SnapshotThrottle::Part::Refusals, 2000);
        QVERIFY(throttle.offer(summaryOf({}), false, 0));
        ScanSummary summary = summaryOf({negRiskLong("a", "A", "1")},
                                        {refusal("r1", RefusalReason::StaleBook),
                                         refusal("r2", RefusalReason::LowLiquidity)});
        summary.refusalCount = 40;
        QVERIFY(!throttle.offer(summary, false, 100));
        const auto kept = throttle.takeDue(true, 150);
        QVERIFY(kept);
        QVERIFY(kept->opportunities.empty());
        QCOMPARE(kept->refusals.size(), std::size_t(2));
        QCOMPARE(kept->refusalCount, 40);
    }

    void windowNearMissesCatchUpWhenShown()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto withRefusals = [](int count) {
            std::vector<Refusal> refusals;
            for (int i = 0; i < count; ++i) {
                refusals.push_back(refusal("r" + std::to_string(i), RefusalReason::StaleBook));
            }
            return summaryOf({negRiskLong("a", "A", "1")}, refusals);
        };
        window.setScanSummary(withRefusals(2));
        auto* nearMisses = window.findChild<QTableView*>(QStringLiteral("nearMissesTable"));
        QCOMPARE(nearMisses->model()->rowCount(), 2);
        window.setScanSummary(withRefusals(3)); // hidden: kept for later
        QCOMPARE(nearMisses->model()->rowCount(), 2);
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("opportunityTabs"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Near-misses (3)")); // the count is current
        window.toggleNearMisses();
        QCOMPARE(nearMisses->model()->rowCount(), 3);
        window.setScanSummary(withRefusals(4)); // on screen: at once
        QCOMPARE(nearMisses->model()->rowCount(), 4);
    }
};

QTEST_MAIN(TestSnapshotThrottle)
#include "tst_snapshotthrottle.moc"
