#include "core/execution/RiskGuard.h"
#include "tests/support/TestPrinters.h"

#include <QTest>

using namespace polaris;

namespace {

constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kT0 = 1764547200000; // 2025-12-01T00:00:00Z

Decimal dec(const char* text)
{
    return Decimal::parse(text).value();
}

Opportunity trade(const char* cost, const std::string& eventId = "evt-1")
{
    Opportunity o;
    o.id = "A:" + eventId;
    o.eventId = eventId;
    o.cost = dec(cost);
    return o;
}

std::string detailOf(const Status& status)
{
    return status.ok() ? std::string() : status.error().detail;
}

bool contains(const std::string& text, const char* part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

/// RiskGuard: Layer 3 limits at, just under and just over; Layer 4 trips, expiry, roll-over.
class TstRiskGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void capitalLimits_data()
    {
        QTest::addColumn<QString>("balance");
        QTest::addColumn<QString>("cost");
        QTest::addColumn<QString>("eventBefore");
        QTest::addColumn<QString>("openBefore");
        QTest::addColumn<QString>("refusedBy"); // empty = accepted
        QTest::addColumn<QString>("numbers");   // part of the message
        // Defaults: 0.30 per trade, 0.50 per event, 0.80 open.
        QTest::newRow("trade at the limit") << "1000"
                                            << "300"
                                            << "0"
                                            << "0" << QString() << QString();
        QTest::newRow("trade just under") << "1000"
                                          << "299.999999"
                                          << "0"
                                          << "0" << QString() << QString();
        QTest::newRow("trade just over")
                << "1000"
                << "300.000001"
                << "0"
                << "0"
                << "max_capital_pct"
                << "300.000001 USD is over max_capital_pct 0.3 x balance 1000 USD = 300 USD";
        // 0.3 x 1234.567891 = 370.3703673: the micro-unit just under the exact product passes.
        QTest::newRow("odd balance, at") << "1234.567891"
                                         << "370.370367"
                                         << "0"
                                         << "0" << QString() << QString();
        QTest::newRow("odd balance, over") << "1234.567891"
                                           << "370.370368"
                                           << "0"
                                           << "0"
                                           << "max_capital_pct"
                                           << "= 370.370367 USD";
        QTest::newRow("event at the limit") << "1000"
                                            << "300"
                                            << "200"
                                            << "200" << QString() << QString();
        QTest::newRow("event just under") << "1000"
                                          << "300"
                                          << "199.999999"
                                          << "0" << QString() << QString();
        QTest::newRow("event just over")
                << "1000"
                << "300"
                << "200.000001"
                << "200.000001"
                << "max_event_pct"
                << "(200.000001 USD + 300 USD) 500.000001 USD is over max_event_pct 0.5";
        QTest::newRow("open at the limit") << "1000"
                                           << "300"
                                           << "0"
                                           << "500" << QString() << QString();
        QTest::newRow("open just under") << "1000"
                                         << "300"
                                         << "0"
                                         << "499.999999" << QString() << QString();
        QTest::newRow("open just over")
                << "1000"
                << "300"
                << "0"
                << "500.000001"
                << "max_open_pct"
                << "(500.000001 USD + 300 USD) 800.000001 USD is over max_open_pct 0.8 x "
                   "balance 1000 USD = 800 USD";
        QTest::newRow("no balance") << "0"
                                    << "1"
                                    << "0"
                                    << "0"
                                    << "balance"
                                    << "balance 0 USD: no collateral";
    }
    void capitalLimits()
    {
        QFETCH(QString, balance);
        QFETCH(QString, cost);
        QFETCH(QString, eventBefore);
        QFETCH(QString, openBefore);
        QFETCH(QString, refusedBy);
        QFETCH(QString, numbers);
        ManualClock clock(kT0);
        RiskGuard guard(ArbConfig{}, clock);
        CapitalState capital;
        capital.balance = dec(qPrintable(balance));
        capital.openExposure = dec(qPrintable(openBefore));
        capital.perEvent["evt-1"] = dec(qPrintable(eventBefore));
        capital.perEvent["evt-2"] = dec("999"); // another event's exposure does not count
        const Status status = guard.checkCapital(trade(qPrintable(cost)), capital);
        if (refusedBy.isEmpty()) {
            QVERIFY2(status.ok(), detailOf(status).c_str());
            return;
        }
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::OutOfRange);
        QVERIFY2(contains(status.error().detail, qPrintable(refusedBy)), detailOf(status).c_str());
        QVERIFY2(contains(status.error().detail, qPrintable(numbers)), detailOf(status).c_str());
    }

    void consecutiveFailuresPauseThenExpire()
    {
        ManualClock clock(kT0 + 10 * kHour);
        ArbConfig config; // 3 failures, one hour
        RiskGuard guard(config, clock);
        guard.setPhase(ExecutionMode::Paper);
        guard.recordOutcome(false, Decimal());
        guard.recordOutcome(false, Decimal());
        guard.recordOutcome(true, Decimal()); // a success starts the count again
        guard.recordOutcome(false, Decimal());
        guard.recordOutcome(false, Decimal());
        QCOMPARE(guard.breaker(), BreakerState::Armed); // 2 of 3: just under
        QCOMPARE(guard.admit().value(), ExecutionMode::Paper);
        QCOMPARE(guard.snapshot({}).consecutiveFailures, 2);

        guard.recordOutcome(false, Decimal()); // 3 of 3: at the limit
        QCOMPARE(guard.breaker(), BreakerState::Paused);
        const Result<ExecutionMode> refused = guard.admit();
        QVERIFY(!refused.ok());
        QVERIFY2(contains(refused.error().detail, "PAUSED: 3 consecutive failed executions"),
                 refused.error().detail.c_str());
        QVERIFY2(contains(refused.error().detail, "paused until 2025-12-01T11:00:00Z"),
                 refused.error().detail.c_str());
        RiskSnapshot s = guard.snapshot({});
        QCOMPARE(s.breaker, BreakerState::Paused);
        QCOMPARE(s.breakerUntilMs, kT0 + 11 * kHour);
        QCOMPARE(s.effectiveMode, ExecutionMode::Monitor);
        QCOMPARE(s.consecutiveFailures, 3);

        clock.advanceMs(kHour - 1);
        QCOMPARE(guard.breaker(), BreakerState::Paused);
        QVERIFY(!guard.admit().ok());
        clock.advanceMs(1);
        QCOMPARE(guard.breaker(), BreakerState::Armed);
        QCOMPARE(guard.snapshot({}).consecutiveFailures, 0);
        QCOMPARE(guard.admit().value(), ExecutionMode::Paper);
        // The count starts afresh after the pause: two more failures do not pause again.
        guard.recordOutcome(false, Decimal());
        guard.recordOutcome(false, Decimal());
        QCOMPARE(guard.breaker(), BreakerState::Armed);
    }

    void operatorResetsPause()
    {
        ManualClock clock(kT0);
        ArbConfig config;
        config.maxConsecutiveFailures = 1;
        RiskGuard guard(config, clock);
        guard.setPhase(ExecutionMode::Live);
        QVERIFY(guard.resetBreaker().ok()); // armed: nothing to reset, not an error
        guard.recordOutcome(false, Decimal());
        QCOMPARE(guard.breaker(), BreakerState::Paused);
        QVERIFY(guard.resetBreaker().ok());
        QCOMPARE(guard.breaker(), BreakerState::Armed);
        QCOMPARE(guard.admit().value(), ExecutionMode::Live);
    }

    void dailyLossStopsUntilUtcMidnight()
    {
        ManualClock clock(kT0 + 9 * kHour);
        ArbConfig config; // max_daily_loss 50
        RiskGuard guard(config, clock);
        guard.setPhase(ExecutionMode::Paper);
        guard.recordOutcome(true, dec("-30"));
        guard.recordOutcome(true, dec("-19.999999"));
        QCOMPARE(guard.breaker(), BreakerState::Armed); // 49.999999 lost: under
        guard.recordOutcome(true, dec("-0.000001"));
        QCOMPARE(guard.breaker(), BreakerState::Armed); // exactly 50: at the limit
        QCOMPARE(guard.snapshot({}).dailyPnl, dec("-50"));
        guard.recordOutcome(true, dec("-0.000001")); // 50.000001: over
        QCOMPARE(guard.breaker(), BreakerState::StoppedForDay);
        const Result<ExecutionMode> refused = guard.admit();
        QVERIFY(!refused.ok());
        QVERIFY2(contains(refused.error().detail, "STOPPED_FOR_DAY: today's realised loss "
                                                  "50.000001 USD is over max_daily_loss 50 USD"),
                 refused.error().detail.c_str());
        QVERIFY2(contains(refused.error().detail, "until 2025-12-02T00:00:00Z"),
                 refused.error().detail.c_str());
        QCOMPARE(guard.snapshot({}).breakerUntilMs, kT0 + 24 * kHour);
        // Not even the operator lifts it early, and a win does not either.
        const Status reset = guard.resetBreaker();
        QVERIFY(!reset.ok());
        QVERIFY(contains(reset.error().detail, "daily loss stop cannot be reset"));
        guard.recordOutcome(true, dec("100"));
        QCOMPARE(guard.breaker(), BreakerState::StoppedForDay);

        clock.setNowMs(kT0 + 24 * kHour - 1);
        QVERIFY(!guard.admit().ok());
        clock.setNowMs(kT0 + 24 * kHour);
        QCOMPARE(guard.breaker(), BreakerState::Armed);
        QCOMPARE(guard.snapshot({}).dailyPnl, Decimal());
        QCOMPARE(guard.admit().value(), ExecutionMode::Paper);
    }

    void lossesOfYesterdayDoNotCount()
    {
        ManualClock clock(kT0 + 23 * kHour);
        RiskGuard guard(ArbConfig{}, clock);
        guard.recordOutcome(true, dec("-40"));
        clock.advanceMs(kHour + kHour / 2);               // 00:30 the next day
        QCOMPARE(guard.snapshot({}).dailyPnl, Decimal()); // seen before anything is recorded
        guard.recordOutcome(true, dec("-40"));
        QCOMPARE(guard.breaker(), BreakerState::Armed);
        QCOMPARE(guard.snapshot({}).dailyPnl, dec("-40"));
    }

    void latencyDropsToMonitorAndRecovers()
    {
        ManualClock clock(kT0);
        RiskGuard guard(ArbConfig{}, clock); // 500 ms
        guard.setPhase(ExecutionMode::Live);
        guard.recordLatency(500);
        QCOMPARE(guard.breaker(), BreakerState::Armed);
        QCOMPARE(guard.admit().value(), ExecutionMode::Live);
        guard.recordLatency(501);
        QCOMPARE(guard.breaker(), BreakerState::DroppedToMonitor);
        QCOMPARE(guard.admit().value(), ExecutionMode::Monitor);
        const RiskSnapshot s = guard.snapshot({});
        QCOMPARE(s.lastLatencyMs, 501);
        QVERIFY(contains(s.breakerReason, "API latency 501 ms is over max_api_latency_ms 500"));
        guard.recordLatency(0); // unknown: the last known latency stands
        QCOMPARE(guard.breaker(), BreakerState::DroppedToMonitor);
        guard.recordLatency(499);
        QCOMPARE(guard.breaker(), BreakerState::Armed);
        QCOMPARE(guard.admit().value(), ExecutionMode::Live);
    }

    void admitNeverRaisesThePhase()
    {
        ManualClock clock(kT0);
        RiskGuard guard(ArbConfig{}, clock);
        QCOMPARE(guard.phase(), ExecutionMode::Monitor); // the default
        QCOMPARE(guard.admit().value(), ExecutionMode::Monitor);
        guard.setPhase(ExecutionMode::Paper);
        QCOMPARE(guard.admit().value(), ExecutionMode::Paper);
        guard.recordLatency(10'000);
        QCOMPARE(guard.admit().value(), ExecutionMode::Monitor);
        guard.recordLatency(1);
        QCOMPARE(guard.admit().value(), ExecutionMode::Paper); // recovery returns to Paper only
    }

    void severestTripWins()
    {
        ManualClock clock(kT0);
        ArbConfig config;
        config.maxConsecutiveFailures = 1;
        RiskGuard guard(config, clock);
        guard.recordLatency(900);
        QCOMPARE(guard.breaker(), BreakerState::DroppedToMonitor);
        guard.recordOutcome(false, Decimal());
        QCOMPARE(guard.breaker(), BreakerState::Paused);
        guard.recordOutcome(false, dec("-60"));
        QCOMPARE(guard.breaker(), BreakerState::StoppedForDay);
        clock.setNowMs(kT0 + 24 * kHour); // stop and pause over; latency still high
        QCOMPARE(guard.breaker(), BreakerState::DroppedToMonitor);
        QCOMPARE(std::string(breakerStateName(BreakerState::StoppedForDay)),
                 std::string("STOPPED_FOR_DAY"));
    }

    void snapshotReportsCapitalAndLimits()
    {
        ManualClock clock(kT0 + 5);
        RiskGuard guard(ArbConfig{}, clock);
        guard.setPhase(ExecutionMode::Paper);
        CapitalState capital{
                dec("1000"), dec("420"), {{"b", dec("200")}, {"a", dec("200")}, {"c", dec("20")}}};
        const RiskSnapshot s = guard.snapshot(capital);
        QCOMPARE(s.phase, ExecutionMode::Paper);
        QCOMPARE(s.effectiveMode, ExecutionMode::Paper);
        QCOMPARE(s.balance, dec("1000"));
        QCOMPARE(s.openExposure, dec("420"));
        QCOMPARE(s.largestEventId, std::string("a")); // ties: the smaller id, for stable display
        QCOMPARE(s.largestEventExposure, dec("200"));
        QCOMPARE(s.maxCapitalPct, dec("0.3"));
        QCOMPARE(s.maxEventPct, dec("0.5"));
        QCOMPARE(s.maxOpenPct, dec("0.8"));
        QCOMPARE(s.maxDailyLoss, dec("50"));
        QCOMPARE(s.maxConsecutiveFailures, 3);
        QCOMPARE(s.maxLatencyMs, 500);
        QCOMPARE(s.asOfMs, kT0 + 5);
        QCOMPARE(s.breaker, BreakerState::Armed);
    }
};

QTEST_GUILESS_MAIN(TstRiskGuard)
#include "tst_riskguard.moc"
