#include "tests/ui/ViewsTestData.h"
#include "ui/widgets/PnlChart.h"
#include "ui/widgets/PnlChartView.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace polaris;
using namespace polaris::test;
using polaris::ui::PnlChart;
using polaris::ui::PnlChartView;

namespace {

/// Paper: the total over a month, strategies A and F; Live: one total point.
std::vector<StorageRecord> points()
{
    return {pnlPoint("PAPER", "ALL", kNow - 30 * kDayMs, "1.5", "0"),
            pnlPoint("PAPER", "ALL", kNow - 3 * kDayMs, "4.25", "-2.25", "300"),
            pnlPoint("PAPER", "ALL", kNow - 2 * kHourMs, "12.345678", "-1.000001", "250.5"),
            pnlPoint("PAPER", "A", kNow - 3 * kDayMs, "4.25", "-2.25"),
            pnlPoint("PAPER", "A", kNow - 2 * kHourMs, "10", "-1"),
            pnlPoint("PAPER", "F", kNow - 2 * kHourMs, "2.345678", "-0.000001"),
            pnlPoint("LIVE", "ALL", kNow - kHourMs, "-0.5", "0.25")};
}

/// "strategy:y1,y2,..." per line of a chart, in legend order.
QStringList lines(PnlChart* chart)
{
    QStringList out;
    for (QAbstractSeries* series : chart->chart()->series()) {
        auto* line = qobject_cast<QLineSeries*>(series);
        QStringList ys;
        for (const QPointF& point : line->points()) {
            ys << QString::number(point.y(), 'f', 6);
        }
        out << line->name() + QLatin1Char(':') + ys.join(QLatin1Char(','));
    }
    return out;
}

QString message(PnlChartView& view)
{
    return view.findChild<QLabel*>(QStringLiteral("pnlMessage"))->text();
}

bool showsCharts(PnlChartView& view)
{
    return view.findChild<QStackedWidget*>()->currentIndex() == 0;
}

} // namespace

/// PnlChartView against a real SQLite database written by StorageWriter: series per strategy
/// for one phase, the range and phase selectors, legend toggles, exact tooltips, the empty state
/// and a database that cannot be opened.
class TestPnlChartView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chartsEachStrategyOfThePhase()
    {
        ScratchStore store;
        QVERIFY(store.write(points()));
        PnlChartView view(store.url());
        view.setClock([] { return kNow; });
        view.setRefreshIntervalMs(600'000);
        QSignalSpy read(&view, &PnlChartView::seriesRead);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(read.wait(10'000));
        QVERIFY(showsCharts(view));
        QCOMPARE(lines(view.realizedChart()), (texts({"Total:1.500000,4.250000,12.345678",
                                                      "A:4.250000,10.000000", "F:2.345678"})));
        QCOMPARE(lines(view.unrealizedChart()), (texts({"Total:0.000000,-2.250000,-1.000001",
                                                        "A:-2.250000,-1.000000", "F:-0.000001"})));
        QCOMPARE(view.realizedChart()->lineOf("ALL")->points().front().x(),
                 double(kNow - 30 * kDayMs));
        // Labels and tooltips carry the exact decimals, never the chart's doubles.
        QCOMPARE(view.findChild<QLabel*>(QStringLiteral("pnlLatest"))->text(),
                 QStringLiteral("Total at 2027-01-15 06:00:00 UTC: realised 12.345678 USDC · "
                                "unrealised -1.000001 USDC · open exposure 250.5 USDC"));
        QCOMPARE(view.realizedChart()->pointText("F", kNow),
                 QStringLiteral("F · 2027-01-15 06:00:00 UTC\nrealised 2.345678 USDC\n"
                                "unrealised -0.000001 USDC\nopen exposure 100 USDC"));

        // The last week, then the last day.
        view.setRange(PnlChartView::Range::Week);
        QVERIFY(read.wait(10'000));
        QCOMPARE(lines(view.realizedChart()),
                 (texts({"Total:4.250000,12.345678", "A:4.250000,10.000000", "F:2.345678"})));
        view.setRange(PnlChartView::Range::Day);
        QVERIFY(read.wait(10'000));
        QCOMPARE(lines(view.realizedChart()),
                 (texts({"Total:12.345678", "A:10.000000", "F:2.345678"})));

        // A legend entry hides its strategy in both charts, and brings it back.
        QLineSeries* a = view.realizedChart()->lineOf("A");
        QLegendMarker* marker = view.realizedChart()->chart()->legend()->markers(a).front();
        Q_EMIT marker->clicked();
        QVERIFY(!a->isVisible());
        QVERIFY(!view.unrealizedChart()->lineOf("A")->isVisible());
        QVERIFY(marker->isVisible()); // dimmed, still clickable
        Q_EMIT marker->clicked();
        QVERIFY(a->isVisible());

        // Live never mixes with paper.
        view.setMode(ExecutionMode::Live);
        QVERIFY(read.wait(10'000));
        QVERIFY(showsCharts(view));
        QCOMPARE(lines(view.realizedChart()), texts({"Total:-0.500000"}));
        QCOMPARE(lines(view.unrealizedChart()), texts({"Total:0.250000"}));

        // New points show on the next refresh.
        QVERIFY(store.write({pnlPoint("LIVE", "ALL", kNow - 30 * 60'000, "1", "0")}));
        view.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(lines(view.realizedChart()), texts({"Total:-0.500000,1.000000"}),
                                  10'000);
    }

    void emptyPhaseSaysSo()
    {
        ScratchStore store;
        QVERIFY(store.write({pnlPoint("PAPER", "ALL", kNow - 3 * kDayMs, "1", "0")}));
        PnlChartView view(store.url());
        view.setClock([] { return kNow; });
        view.setRefreshIntervalMs(600'000);
        view.setMode(ExecutionMode::Live);
        QSignalSpy read(&view, &PnlChartView::seriesRead);
        QVERIFY(read.wait(10'000));
        QVERIFY(!showsCharts(view));
        QCOMPARE(message(view), QStringLiteral("No live trades yet"));
        view.setMode(ExecutionMode::Paper);
        view.setRange(PnlChartView::Range::Day);
        QVERIFY(read.wait(10'000));
        QCOMPARE(message(view), QStringLiteral("No paper trades in the last day"));
        view.setRange(PnlChartView::Range::All);
        QVERIFY(read.wait(10'000));
        QVERIFY(showsCharts(view));
    }

    void freshDatabaseHasNoPaperTradesYet()
    {
        ScratchStore store;
        QVERIFY(store.write({}));
        PnlChartView view(store.url());
        QSignalSpy read(&view, &PnlChartView::seriesRead);
        QVERIFY(read.wait(10'000));
        QCOMPARE(message(view), QStringLiteral("No paper trades yet"));
    }

    void databaseDownIsReported()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("not-a-dir")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        PnlChartView view(QStringLiteral("sqlite:")
                          + dir.filePath(QStringLiteral("not-a-dir/x.sqlite")));
        QSignalSpy read(&view, &PnlChartView::seriesRead);
        QVERIFY(read.wait(10'000));
        QVERIFY(!showsCharts(view));
        QVERIFY2(message(view).startsWith(
                         QStringLiteral("PnL cannot be shown: the database cannot be read")),
                 qPrintable(message(view)));
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("pnlStatus"))
                        ->text()
                        .startsWith(QStringLiteral("Database unavailable: ")));
    }
};

QTEST_MAIN(TestPnlChartView)
#include "tst_pnlchartview.moc"
