#include "tests/ui/ExecutionTestData.h"
#include "ui/models/RiskPanelModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace polaris;
using namespace polaris::test;
using polaris::ui::RiskLevel;
using polaris::ui::RiskPanelModel;

Q_DECLARE_METATYPE(polaris::ui::RiskLevel)

namespace {

using M = RiskPanelModel;

RiskLevel levelOf(const RiskSnapshot& s, M::Row row)
{
    return M::rowsFor(s)[std::size_t(row)].level;
}

} // namespace

class TestRiskPanelModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEveryLayerAgainstItsLimit()
    {
        RiskSnapshot s = riskSnapshot();
        s.layer1Refusals = 1234;
        s.layer2Refusals = 56;
        s.openExposure = d("412");
        s.largestEventExposure = d("212.5");
        s.largestEventId = "ev-9";
        s.consecutiveFailures = 1;
        s.dailyPnl = d("-12.345");
        s.lastLatencyMs = 180;
        const std::vector<ui::RiskRow> rows = M::rowsFor(s);
        QCOMPARE(int(rows.size()), int(M::RowCount));
        QCOMPARE(rows[M::DataIntegrityRow].layer, 1);
        QCOMPARE(rows[M::DataIntegrityRow].value, QStringLiteral("1234 refused in the last scan"));
        QCOMPARE(rows[M::QualityRow].layer, 2);
        QCOMPARE(rows[M::QualityRow].value, QStringLiteral("56 refused in the last scan"));
        QCOMPARE(rows[M::BalanceRow].value, QStringLiteral("1000.00 USDC"));
        QCOMPARE(rows[M::PerTradeRow].value, QStringLiteral("at most 300.00 USDC"));
        QCOMPARE(rows[M::PerTradeRow].limit, QStringLiteral("30.00 % of the balance"));
        QCOMPARE(rows[M::OpenExposureRow].value,
                 QStringLiteral("412.00 USDC (41.20 % of the balance)"));
        QCOMPARE(rows[M::OpenExposureRow].limit, QStringLiteral("≤ 800.00 USDC (80.00 %)"));
        QCOMPARE(rows[M::EventExposureRow].value,
                 QStringLiteral("212.50 USDC (21.25 % of the balance)"));
        QCOMPARE(rows[M::EventExposureRow].limit, QStringLiteral("≤ 500.00 USDC (50.00 %)"));
        QVERIFY(rows[M::EventExposureRow].detail.contains(QStringLiteral("ev-9")));
        QCOMPARE(rows[M::BreakerRow].value, QStringLiteral("Armed: trading allowed"));
        QCOMPARE(rows[M::BreakerRow].level, RiskLevel::Ok);
        QCOMPARE(rows[M::FailuresRow].value, QStringLiteral("1"));
        QCOMPARE(rows[M::FailuresRow].limit, QStringLiteral("pause at 3"));
        QCOMPARE(rows[M::DailyPnlRow].value, QStringLiteral("-12.35 USDC"));
        QCOMPARE(rows[M::DailyPnlRow].limit, QStringLiteral("loss ≤ 50.00 USDC"));
        QCOMPARE(rows[M::LatencyRow].value, QStringLiteral("180 ms"));
        QCOMPARE(rows[M::LatencyRow].limit, QStringLiteral("≤ 500 ms"));
        for (const ui::RiskRow& row : rows) {
            QVERIFY2(!row.detail.isEmpty(), qPrintable(row.check));
        }
    }

    void levelsAtTheLimits_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("value");
        QTest::addColumn<RiskLevel>("level");
        // Open exposure: limit 0.8 x 1000 = 800, warning from 640; "<= limit" rule.
        QTest::newRow("open 0") << int(M::OpenExposureRow) << "0" << RiskLevel::Ok;
        QTest::newRow("open 639.999999")
                << int(M::OpenExposureRow) << "639.999999" << RiskLevel::Ok;
        QTest::newRow("open 640") << int(M::OpenExposureRow) << "640" << RiskLevel::Warning;
        QTest::newRow("open 799.999999")
                << int(M::OpenExposureRow) << "799.999999" << RiskLevel::Warning;
        QTest::newRow("open 800 = limit") << int(M::OpenExposureRow) << "800" << RiskLevel::Tripped;
        QTest::newRow("open 950") << int(M::OpenExposureRow) << "950" << RiskLevel::Tripped;
        // Largest event: limit 0.5 x 1000 = 500, warning from 400.
        QTest::newRow("event 399.999999")
                << int(M::EventExposureRow) << "399.999999" << RiskLevel::Ok;
        QTest::newRow("event 400") << int(M::EventExposureRow) << "400" << RiskLevel::Warning;
        QTest::newRow("event 500 = limit")
                << int(M::EventExposureRow) << "500" << RiskLevel::Tripped;
        // Daily PnL: a loss over 50 stops the day; exactly 50 does not (warning from 40).
        QTest::newRow("pnl +10") << int(M::DailyPnlRow) << "10" << RiskLevel::Ok;
        QTest::newRow("pnl -39.999999") << int(M::DailyPnlRow) << "-39.999999" << RiskLevel::Ok;
        QTest::newRow("pnl -40") << int(M::DailyPnlRow) << "-40" << RiskLevel::Warning;
        QTest::newRow("pnl -50 = limit") << int(M::DailyPnlRow) << "-50" << RiskLevel::Warning;
        QTest::newRow("pnl -50.000001")
                << int(M::DailyPnlRow) << "-50.000001" << RiskLevel::Tripped;
        // Latency: over 500 ms drops to Monitor (warning from 400).
        QTest::newRow("latency 0 (unknown)") << int(M::LatencyRow) << "0" << RiskLevel::Ok;
        QTest::newRow("latency 399") << int(M::LatencyRow) << "399" << RiskLevel::Ok;
        QTest::newRow("latency 400") << int(M::LatencyRow) << "400" << RiskLevel::Warning;
        QTest::newRow("latency 500 = limit") << int(M::LatencyRow) << "500" << RiskLevel::Warning;
        QTest::newRow("latency 501") << int(M::LatencyRow) << "501" << RiskLevel::Tripped;
        // Consecutive failures: the max pauses.
        QTest::newRow("failures 0") << int(M::FailuresRow) << "0" << RiskLevel::Ok;
        QTest::newRow("failures 2") << int(M::FailuresRow) << "2" << RiskLevel::Warning;
        QTest::newRow("failures 3 = max") << int(M::FailuresRow) << "3" << RiskLevel::Tripped;
        // Balance: nothing to trade with.
        QTest::newRow("balance 0.000001") << int(M::BalanceRow) << "0.000001" << RiskLevel::Ok;
        QTest::newRow("balance 0") << int(M::BalanceRow) << "0" << RiskLevel::Tripped;
        QTest::newRow("per trade, balance 0") << int(M::PerTradeRow) << "0" << RiskLevel::Tripped;
    }

    void levelsAtTheLimits()
    {
        QFETCH(int, row);
        QFETCH(QString, value);
        QFETCH(RiskLevel, level);
        RiskSnapshot s = riskSnapshot();
        const Decimal v = *Decimal::parse(value.toStdString());
        switch (M::Row(row)) {
        case M::OpenExposureRow:
            s.openExposure = v;
            break;
        case M::EventExposureRow:
            s.largestEventExposure = v;
            s.openExposure = v;
            break;
        case M::DailyPnlRow:
            s.dailyPnl = v;
            break;
        case M::LatencyRow:
            s.lastLatencyMs = v.micros() / Decimal::kOne;
            break;
        case M::FailuresRow:
            s.consecutiveFailures = int(v.micros() / Decimal::kOne);
            break;
        case M::BalanceRow:
        case M::PerTradeRow:
            s.balance = v;
            break;
        default:
            QFAIL("row without a case");
        }
        QCOMPARE(levelOf(s, M::Row(row)), level);
    }

    void breakerStatesSayWhatAndUntilWhen()
    {
        RiskSnapshot s = riskSnapshot();
        s.breaker = BreakerState::Paused;
        s.breakerUntilMs = kNow + 3'600'000;
        s.breakerReason = "3 consecutive failed executions";
        s.consecutiveFailures = 3;
        auto rows = M::rowsFor(s);
        QCOMPARE(rows[M::BreakerRow].level, RiskLevel::Tripped);
        QCOMPARE(rows[M::BreakerRow].value,
                 QStringLiteral("Paused until 2027-01-15 09:00:00 UTC (in 1 h 00 m)"));
        QCOMPARE(rows[M::BreakerRow].limit, QStringLiteral("3 consecutive failed executions"));

        s.breaker = BreakerState::StoppedForDay;
        s.breakerUntilMs = kNow + 16 * 3'600'000; // next UTC midnight
        rows = M::rowsFor(s);
        QCOMPARE(rows[M::BreakerRow].level, RiskLevel::Tripped);
        QCOMPARE(
                rows[M::BreakerRow].value,
                QStringLiteral("Stopped for the day until 2027-01-16 00:00:00 UTC (in 16 h 00 m)"));

        s.breaker = BreakerState::DroppedToMonitor;
        rows = M::rowsFor(s);
        QCOMPARE(rows[M::BreakerRow].level, RiskLevel::Tripped);
        QCOMPARE(rows[M::BreakerRow].value, QStringLiteral("Dropped to Monitor: nothing is sent"));
    }

    void modelShowsTextAndColourAndSignalsOnlyChangedRows()
    {
        M model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), int(M::RowCount));
        RiskSnapshot s = riskSnapshot();
        model.setSnapshot(s);
        QCOMPARE(model.overallLevel(), RiskLevel::Ok);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        s.openExposure = d("800");
        s.asOfMs += 1000; // time alone changes nothing while armed
        model.setSnapshot(s);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].value<QModelIndex>(), model.index(M::OpenExposureRow, 0));
        QCOMPARE(changed[0][1].value<QModelIndex>(),
                 model.index(M::OpenExposureRow, M::ColumnCount - 1));
        const QModelIndex status = model.index(M::OpenExposureRow, M::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("✖ Tripped"));
        QCOMPARE(status.data(M::LevelRole).toInt(), int(RiskLevel::Tripped));
        QVERIFY(status.data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.index(M::OpenExposureRow, M::LayerColumn).data().toString(),
                 QStringLiteral("L3"));
        QCOMPARE(model.index(M::BalanceRow, M::StatusColumn).data().toString(),
                 QStringLiteral("✓ OK"));
        QCOMPARE(model.overallLevel(), RiskLevel::Tripped);
        s.openExposure = d("700");
        model.setSnapshot(s);
        QCOMPARE(status.data().toString(), QStringLiteral("⚠ Warning"));
        QCOMPARE(model.overallLevel(), RiskLevel::Warning);
    }
};

QTEST_MAIN(TestRiskPanelModel)
#include "tst_riskpanelmodel.moc"
