#include "tests/ui/ViewsTestData.h"
#include "ui/models/BondLadderModel.h"
#include "ui/widgets/BondLadderView.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace polaris;
using namespace polaris::test;
using polaris::ui::BondLadderModel;
using polaris::ui::BondLadderView;
using M = BondLadderModel;

namespace {

/// What the ladder table shows (through its sorting proxy), one "date|positions|candidates|
/// capital|yield" line per row.
QStringList shownRungs(BondLadderView& view)
{
    auto* table = view.findChild<QTableView*>(QStringLiteral("bondLadderTable"));
    QStringList rows;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        QStringList cells;
        for (const int column :
             {int(M::DateColumn), int(M::PositionsColumn), int(M::CandidatesColumn),
              int(M::CapitalColumn), int(M::YieldColumn)}) {
            cells << table->model()->index(row, column).data().toString();
        }
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

QString statusText(BondLadderView& view)
{
    return view.findChild<QLabel*>(QStringLiteral("bondLadderStatus"))->text();
}

} // namespace

/// BondLadderView against a real SQLite database written by StorageWriter: open positions read
/// off the GUI thread, the scanner's candidates merged in, the days/weeks toggle, the selected
/// rung's bonds, and a database that cannot be opened.
class TestBondLadderView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsOpenPositionsAndCandidates()
    {
        ScratchStore store;
        QVERIFY(store.valid());
        QVERIFY(store.write(
                {position("p1", "100", "0.95", kNow + 10 * kDayMs),
                 position("p2", "50.5", "0.97", kNow + 10 * kDayMs + 2 * kHourMs),
                 position("p3", "10", "0.99", std::nullopt),
                 position("settled", "999", "0.94", kNow + 10 * kDayMs, BondStatus::Settled)}));

        BondLadderView view(store.url());
        view.setClock([] { return kNow; });
        view.setRefreshIntervalMs(600'000);
        QSignalSpy read(&view, &BondLadderView::positionsRead);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(read.wait(10'000));
        // Three open positions; the settled one is not on the ladder.
        QVERIFY2(statusText(view).startsWith(QStringLiteral("3 open position(s) read")),
                 qPrintable(statusText(view)));
        QCOMPARE(shownRungs(view),
                 (texts({"2027-01-25|2|0|143.99|4.52 %", "unknown date|1|0|9.90|1.01 %"})));

        view.setScanSummary(
                summaryOf({bondCandidate("c1", "200", "190", "0.5", kNow + 12 * kDayMs)}));
        QCOMPARE(shownRungs(view),
                 (texts({"2027-01-25|2|0|143.99|4.52 %", "2027-01-27|0|1|190.50|4.99 %",
                         "unknown date|1|0|9.90|1.01 %"})));
        QVERIFY(statusText(view).endsWith(QStringLiteral("1 candidate(s) from the scanner")));
        QCOMPARE(view.findChild<QLabel*>(QStringLiteral("bondLadderTotals"))->text(),
                 QStringLiteral("Total: capital 344.385 USDC · pays 360.5 USDC · 3 rung(s)"));

        // The selected rung lists its bonds, and keeps them as the scan moves.
        auto* table = view.findChild<QTableView*>(QStringLiteral("bondLadderTable"));
        table->selectRow(0);
        auto* items = view.findChild<QTableWidget*>(QStringLiteral("bondRungItems"));
        QCOMPARE(items->rowCount(), 2);
        QCOMPARE(items->item(0, 0)->text(), QStringLiteral("position"));
        QCOMPARE(items->item(0, 1)->text(), QStringLiteral("Yes (p1)"));
        QCOMPARE(items->item(0, 2)->text(), QStringLiteral("2027-01-25 08:00:00 UTC"));
        QCOMPARE(items->item(1, 3)->text(), QStringLiteral("50.5"));
        QCOMPARE(items->item(1, 5)->toolTip(), QStringLiteral("48.985 USDC"));

        // Weeks: the two dated rungs share ISO week 4.
        view.findChild<QToolButton*>(QStringLiteral("bondGroupWeeks"))->click();
        QCOMPARE(shownRungs(view), (texts({"2027-W04 (2027-01-25 – 2027-01-31)|2|1|334.49|4.79 %",
                                           "unknown date|1|0|9.90|1.01 %"})));
        view.findChild<QToolButton*>(QStringLiteral("bondGroupDays"))->click();
        QCOMPARE(shownRungs(view).size(), 3);

        // A position opened later shows on the next read.
        QVERIFY(store.write({position("p5", "20", "0.96", kNow + 12 * kDayMs + kHourMs)}));
        view.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(shownRungs(view).at(1),
                                  QStringLiteral("2027-01-27|1|1|209.70|4.91 %"), 10'000);
    }

    void databaseDownIsReportedAndCandidatesStillShow()
    {
        // A database whose directory cannot exist: its parent is a file.
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("not-a-dir")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        BondLadderView view(QStringLiteral("sqlite:")
                            + dir.filePath(QStringLiteral("not-a-dir/x.sqlite")));
        view.setClock([] { return kNow; });
        view.setRefreshIntervalMs(600'000);
        QSignalSpy read(&view, &BondLadderView::positionsRead);
        QVERIFY(read.wait(10'000));
        QVERIFY2(statusText(view).startsWith(QStringLiteral("Database unavailable: ")),
                 qPrintable(statusText(view)));
        QVERIFY(statusText(view).contains(QStringLiteral("Open positions cannot be shown")));
        view.setScanSummary(
                summaryOf({bondCandidate("c1", "200", "190", "0.5", kNow + 12 * kDayMs)}));
        QCOMPARE(shownRungs(view), texts({"2027-01-27|0|1|190.50|4.99 %"}));
    }

    void destroyedWhileReading()
    {
        ScratchStore store;
        QVERIFY(store.write({position("p1", "100", "0.95", kNow + 10 * kDayMs)}));
        for (int i = 0; i < 5; ++i) {
            auto* view = new BondLadderView(store.url());
            view->refresh(); // a read on the pool, then the view goes away under it
            delete view;
        }
        QTest::qWait(300); // the reads finish on the pool; their results are dropped
    }

    void invalidUrlIsReported()
    {
        BondLadderView view(QStringLiteral("mysql://nowhere/db"));
        QSignalSpy read(&view, &BondLadderView::positionsRead);
        QVERIFY(read.wait(10'000));
        QVERIFY2(statusText(view).contains(QStringLiteral("invalid database URL")),
                 qPrintable(statusText(view)));
    }
};

QTEST_MAIN(TestBondLadderView)
#include "tst_bondladderview.moc"
