#include "tests/ui/ViewsTestData.h"
#include "ui/models/PnlSeries.h"

#include <QTest>

using namespace polaris;
using namespace polaris::test;
using polaris::ui::PnlSeries;

/// PnlSeries: one series per strategy, total first, points in time order, nearest point.
class TestPnlSeries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupsTotalFirstThenStrategyOrder()
    {
        const auto series = PnlSeries::group(
                {pnlPoint("PAPER", "F", kNow, "1", "0"), pnlPoint("PAPER", "ALL", kNow, "3", "1"),
                 pnlPoint("PAPER", "A'", kNow, "2", "0"), pnlPoint("PAPER", "ZZ", kNow, "0", "0"),
                 pnlPoint("PAPER", "ALL", kNow - kHourMs, "2", "1"),
                 pnlPoint("PAPER", "A", kNow, "0", "1")});
        QStringList order;
        for (const PnlSeries& s : series) {
            order << QString::fromStdString(s.strategy);
        }
        QCOMPARE(order, (texts({"ALL", "A", "A'", "F", "ZZ"})));
        QVERIFY(series[0].isTotal());
        QCOMPARE(series[0].points.size(), std::size_t(2));
        QCOMPARE(series[0].points[0].takenAtMs, kNow - kHourMs); // sorted by time
        QCOMPARE(series[0].points[1].realizedPnl, d("3"));
    }

    void nearestPoint()
    {
        const auto series = PnlSeries::group({pnlPoint("PAPER", "ALL", 1000, "1", "0"),
                                              pnlPoint("PAPER", "ALL", 2000, "2", "0"),
                                              pnlPoint("PAPER", "ALL", 4000, "4", "0")})
                                    .front();
        QCOMPARE(series.nearest(0)->takenAtMs, 1000);
        QCOMPARE(series.nearest(1499)->takenAtMs, 1000);
        QCOMPARE(series.nearest(1500)->takenAtMs, 1000); // a tie goes to the earlier point
        QCOMPARE(series.nearest(3100)->takenAtMs, 4000);
        QCOMPARE(series.nearest(9000)->takenAtMs, 4000);
        QVERIFY(PnlSeries{}.nearest(0) == nullptr);
    }
};

QTEST_GUILESS_MAIN(TestPnlSeries)
#include "tst_pnlseries.moc"
