#include "tests/core/execution/EngineHarness.h"

#include <QTest>

using namespace polaris;
using namespace polaris::test;

/// ExecutionEngine end to end in paper: real Universe, BookStore, scanner re-quote, PaperGateway,
/// RiskGuard, Portfolio and MemoryRecordSink; exact money throughout.
class TstExecutionEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullFill()
    {
        Harness h;
        const ExecutionReport report = h.execute();
        QCOMPARE(report.status, ExecutionStatus::Filled);
        QCOMPARE(report.executionId, std::string("id-1"));
        QCOMPARE(report.approvalId, std::optional<std::string>("approval-1"));
        QCOMPARE(report.mode, ExecutionMode::Paper);
        QCOMPARE(report.strategy, Strategy::NegRiskLong);
        QCOMPARE(report.eventId, std::string("e1"));
        QCOMPARE(report.sharesTarget, dec("100"));
        QCOMPARE(report.hedgedShares, dec("100"));
        QCOMPARE(report.cost, dec("89.8"));
        QCOMPARE(report.fees, dec("3.1455"));
        QCOMPARE(report.lockedInPnl, dec("7.0545"));
        QCOMPARE(report.lockedInPnl, h.quote.netProfit); // exactly what the scanner promised
        QCOMPARE(report.realizedPnl, dec("0"));
        QCOMPARE(report.legs.size(), std::size_t(3));
        QCOMPARE(report.legs[0].intent.limitPrice, dec("0.31"));
        QCOMPARE(report.legs[0].intent.type, OrderType::Fok);
        QVERIFY(report.legs[0].intent.negRisk);
        QCOMPARE(report.legs[0].cost, dec("29.8"));
        QCOMPARE(report.legs[0].fees, dec("1.0455"));
        QCOMPARE(report.legs[0].report.fills.size(), std::size_t(2));
        QCOMPARE(report.startedAtMs, kNow);
        QCOMPARE(report.finishedAtMs, kNow + 250);
        QCOMPARE(h.sleeps, std::vector<std::int64_t>{250}); // one batch, nothing to wait for
        // Paper account and our books agree to the micro-unit.
        QCOMPARE(*h.gateway.collateralBalance(), dec("907.0545"));
        QCOMPARE(h.portfolio.cash(), dec("907.0545"));
        QCOMPARE(h.portfolio.lockedPnl(), dec("7.0545"));
        QCOMPARE(h.portfolio.capitalState().perEvent.at("e1"), dec("92.9455"));
        // Records: intent first, then orders, fills and the result.
        checkRecordOrder(h.records);
        const std::vector<ExecutionRecord> executions = h.executions();
        QCOMPARE(executions.size(), std::size_t(2));
        const ExecutionRecord& last = executions.back();
        QCOMPARE(last.execId, std::string("id-1"));
        QCOMPARE(last.status, std::string("FILLED"));
        QCOMPARE(last.mode, std::string("PAPER"));
        QCOMPARE(last.opportunityKey, h.quote.id);
        QCOMPARE(last.approvalId, std::optional<std::string>("approval-1"));
        QCOMPARE(last.sharesFilled, dec("100"));
        QCOMPARE(*last.totalCost, dec("89.8"));
        QCOMPARE(*last.fees, dec("3.1455"));
        QCOMPARE(*last.finishedAtMs, kNow + 250);
        QVERIFY(contains(last.legsResultJson, "\"locked_in_pnl\":\"7.0545\""));
        QVERIFY(contains(last.legsResultJson, "\"state\":\"FILLED\""));
        const std::vector<OrderRecord> orders = h.orders();
        QCOMPARE(orders.size(), std::size_t(6)); // 3 INTENT, 3 FILLED
        QCOMPARE(orders[3].status, std::string("FILLED"));
        QCOMPARE(orders[3].venueOrderId, std::string("paper-1"));
        QCOMPARE(orders[3].filledShares, dec("100"));
        QCOMPARE(orders[3].purpose, std::string("LEG"));
        QCOMPARE(orders[3].mode, std::string("PAPER"));
        QCOMPARE(orders[3].execId, std::optional<std::string>("id-1"));
        QCOMPARE(h.records.recordsOf<FillRecord>().size(), std::size_t(4));
    }

    void liveFillsGetTheirFeesAndItemsFromLaterReports()
    {
        // The venue says "filled" first and itemises later, without fees: the round waits for
        // the fills (merging one report per trade) and charges the market's taker fee, so the
        // live books equal the paper ones to the micro-unit.
        Harness h;
        LiveLikeGateway live(h.gateway);
        live.statusListsFills = false; // only the four trade events itemise the fills
        const ExecutionReport report = h.execute(&live);
        QCOMPARE(report.status, ExecutionStatus::Filled);
        QVERIFY2(!contains(report.message, "not itemised"), report.message.c_str());
        QCOMPARE(report.cost, dec("89.8"));
        QCOMPARE(report.fees, dec("3.1455"));
        QCOMPARE(report.lockedInPnl, dec("7.0545"));
        QCOMPARE(report.legs[0].report.fills.size(), std::size_t(2)); // 0.29 x 60, 0.31 x 40
        QCOMPARE(report.legs[0].report.fills[0].fee, dec("0.6177"));
        QCOMPARE(report.legs[0].report.fills[1].fee, dec("0.4278"));
        QCOMPARE(h.portfolio.cash(), dec("907.0545"));
        const std::vector<FillRecord> fills = h.records.recordsOf<FillRecord>();
        QCOMPARE(fills.size(), std::size_t(4));
        Decimal fees;
        for (const FillRecord& fill : fills) {
            fees += fill.fee;
        }
        QCOMPARE(fees, dec("3.1455")); // stored with their fee too
        checkRecordOrder(h.records);
    }

    void unitemisedFillsArePolled()
    {
        // No events at all (the user channel is down): status() itemises the fills.
        Harness h;
        LiveLikeGateway live(h.gateway);
        h.options.pollIntervalMs = 100;
        struct Mute final : OrderGateway
        {
            explicit Mute(LiveLikeGateway& g)
                : inner(g)
            {}
            ExecutionMode mode() const override { return inner.mode(); }
            Result<std::vector<OrderStatusReport>> place(std::span<const OrderIntent> i) override
            {
                return inner.place(i);
            }
            Result<std::vector<std::string>> cancel(std::span<const std::string> ids) override
            {
                return inner.cancel(ids);
            }
            Result<OrderStatusReport> status(const std::string& id) override
            {
                return inner.status(id);
            }
            std::vector<OrderStatusReport> waitForUpdates(int) override { return {}; }
            Result<std::vector<OrderStatusReport>> openOrders() override
            {
                return inner.openOrders();
            }
            Result<std::vector<FillReport>> fillsSince(std::int64_t ms) override
            {
                return inner.fillsSince(ms);
            }
            Result<Decimal> collateralBalance() override { return inner.collateralBalance(); }
            std::int64_t lastLatencyMs() const override { return 0; }
            LiveLikeGateway& inner;
        } mute(live);
        const ExecutionReport report = h.execute(&mute);
        QCOMPARE(report.status, ExecutionStatus::Filled);
        QCOMPARE(report.fees, dec("3.1455"));
        QCOMPARE(report.lockedInPnl, dec("7.0545"));
        QCOMPARE(live.statusCalls, 3); // once per leg, then nothing is pending
    }

    void killedLegIsUnwound()
    {
        // While the orders travel, YES 3's depth drops to 50: its FOK is killed, the two others
        // fill. Ratio 0 < 0.5: both are sold back at best bid - 5 % (0.26 and 0.27 limits), FAK.
        Harness h;
        h.duringLatency = [&] { h.venue.setBook("y3", {{"0.28", "200"}}, {{"0.30", "50"}}); };
        const ExecutionReport report = h.execute();
        QCOMPARE(report.status, ExecutionStatus::Unwound);
        QCOMPARE(report.hedgedShares, dec("0"));
        QCOMPARE(report.lockedInPnl, dec("0"));
        QCOMPARE(report.legs.size(), std::size_t(5));
        QCOMPARE(report.legs[2].report.error, TradingError::FokNotFilled);
        QCOMPARE(report.legs[3].purpose, std::string("UNWIND"));
        QCOMPARE(report.legs[3].intent.side, TradeSide::Sell);
        QCOMPARE(report.legs[3].intent.limitPrice, dec("0.26"));
        QCOMPARE(report.legs[3].filledShares, dec("100"));
        QCOMPARE(report.legs[4].intent.limitPrice, dec("0.27"));
        // Bought 29.8 + 30, sold 27 + 28; fees 1.0455 + 1.05 + 0.9855 + 1.008.
        QCOMPARE(report.cost, dec("4.8"));
        QCOMPARE(report.fees, dec("4.089"));
        QCOMPARE(report.realizedPnl, dec("-8.889"));
        QCOMPARE(h.portfolio.cash(), dec("991.111"));
        QCOMPARE(*h.gateway.collateralBalance(), dec("991.111"));
        QVERIFY(h.portfolio.positions().empty());
        QCOMPARE(h.risk.snapshot(h.portfolio.capitalState()).dailyPnl, dec("-8.889"));
        checkRecordOrder(h.records);
        const auto orders = h.orders();
        QCOMPARE(std::count_if(orders.begin(), orders.end(),
                               [](const OrderRecord& o) {
                                   return o.purpose == "UNWIND" && o.status == "FILLED";
                               }),
                 2);
        QCOMPARE(h.executions().back().status, std::string("UNWOUND"));
        QCOMPARE(*h.executions().back().realizedPnl, dec("-8.889"));
    }

    void everyLegKilledIsNotFilled()
    {
        Harness h;
        h.duringLatency = [&] {
            for (const char* token : {"y1", "y2", "y3"}) {
                h.venue.setBook(token, {{"0.28", "200"}}, {{"0.40", "500"}});
            }
        };
        const ExecutionReport report = h.execute();
        QCOMPARE(report.status, ExecutionStatus::NotFilled);
        QVERIFY(contains(report.message, "FOK_ORDER_NOT_FILLED_ERROR"));
        QCOMPARE(report.cost, dec("0"));
        QCOMPARE(report.legs.size(), std::size_t(3));
        QCOMPARE(h.portfolio.cash(), dec("1000"));
        QCOMPARE(h.risk.snapshot(h.portfolio.capitalState()).consecutiveFailures, 0);
        QCOMPARE(h.executions().back().status, std::string("NOT_FILLED"));
    }

    void shortLegIsPatched()
    {
        // FAK legs; YES 3 has only 90 at 0.30 (and 50 at 0.31) when the orders arrive: ratio 0.9.
        // Patch 10 at 0.30 x 1.05 -> 0.31: 3.1 + fee 0.10695.
        Harness h(OrderType::Fak);
        h.duringLatency = [&] {
            h.venue.setBook("y3", {{"0.28", "200"}}, {{"0.30", "90"}, {"0.31", "50"}});
        };
        const ExecutionReport report = h.execute();
        QCOMPARE(report.status, ExecutionStatus::Patched);
        QCOMPARE(report.hedgedShares, dec("100"));
        QCOMPARE(report.legs.size(), std::size_t(4));
        QCOMPARE(report.legs[2].filledShares, dec("90"));
        QCOMPARE(report.legs[3].purpose, std::string("PATCH"));
        QCOMPARE(report.legs[3].intent.limitPrice, dec("0.31"));
        QCOMPARE(report.legs[3].intent.shares, dec("10"));
        QCOMPARE(report.legs[3].report.fills.front().price, dec("0.31"));
        QCOMPARE(report.cost, dec("89.9"));
        QCOMPARE(report.fees, dec("3.14745")); // 1.0455 + 1.05 + 0.945 + 0.10695
        QCOMPARE(report.lockedInPnl, dec("6.95255"));
        QCOMPARE(h.portfolio.lockedPnl(), dec("6.95255"));
        QCOMPARE(h.portfolio.cash(), dec("906.95255"));
        checkRecordOrder(h.records);
        QCOMPARE(h.executions().back().status, std::string("PATCHED"));
    }

    void middleRatioIsHeld()
    {
        // YES 3 fills 70 of 100: between 0.5 and 0.8, hold. 70 hedged; the hedged part of each
        // leg's cost: 30.8455 x 0.7 = 21.59185, 31.05 x 0.7 = 21.735, 21 + 0.735.
        Harness h(OrderType::Fak);
        h.duringLatency = [&] { h.venue.setBook("y3", {{"0.28", "200"}}, {{"0.30", "70"}}); };
        const ExecutionReport report = h.execute();
        QCOMPARE(report.status, ExecutionStatus::PartialHold);
        QCOMPARE(report.hedgedShares, dec("70"));
        QCOMPARE(report.lockedInPnl, dec("4.93815"));
        QCOMPARE(report.legs.size(), std::size_t(3));
        QVERIFY(contains(report.message, "holding"));
        QCOMPARE(h.risk.snapshot(h.portfolio.capitalState()).consecutiveFailures, 1);
        // 30 loose shares of YES 1 and 2 are exposure, marked at their bids.
        QCOMPARE(h.portfolio.find("y1", Strategy::NegRiskLong)->shares, dec("100"));
        QCOMPARE(h.executions().back().status, std::string("PARTIAL_HOLD"));
    }

    void lowRatioIsUnwoundToTheHedge()
    {
        // YES 3 fills 40: sell 60 of YES 1 (fee 0.5913) and YES 2 (fee 0.6048) back.
        Harness h(OrderType::Fak);
        h.duringLatency = [&] { h.venue.setBook("y3", {{"0.28", "200"}}, {{"0.30", "40"}}); };
        const ExecutionReport report = h.execute();
        QCOMPARE(report.status, ExecutionStatus::Unwound);
        QCOMPARE(report.hedgedShares, dec("40"));
        QCOMPARE(report.lockedInPnl, dec("2.8218"));
        // 15.6087 - 18.5073 and 16.1952 - 18.63
        QCOMPARE(report.realizedPnl, dec("-5.3334"));
        QCOMPARE(h.portfolio.find("y1", Strategy::NegRiskLong)->shares, dec("40"));
        QCOMPARE(h.portfolio.lockedPnl(), dec("2.8218"));
    }

    void restingLegIsCancelledAfterTheTimeoutAndOnlyIt()
    {
        // GTC legs; YES 3 is offered only at 0.32 when they arrive, so its order rests. After the
        // 1 s timeout it is cancelled (the account's other order is left alone) and the two
        // filled legs are unwound.
        Harness h(OrderType::Gtc, "1000", 1000);
        OrderIntent foreign;
        foreign.clientOrderId = "someone-else";
        foreign.tokenId = "y2";
        foreign.limitPrice = dec("0.1");
        foreign.shares = dec("10");
        foreign.type = OrderType::Gtc;
        QCOMPARE(h.gateway.place(std::span(&foreign, 1))->front().state, OrderState::Live);
        h.sleeps.clear();
        h.duringLatency = [&] { h.venue.setBook("y3", {{"0.28", "200"}}, {{"0.32", "100"}}); };
        const ExecutionReport report = h.execute();
        QCOMPARE(report.status, ExecutionStatus::Unwound);
        QCOMPARE(report.legs[2].report.state, OrderState::Cancelled);
        QCOMPARE(report.legs[2].filledShares, dec("0"));
        QCOMPARE(report.realizedPnl, dec("-8.889"));
        // One round trip, four polls of 250 ms until the timeout, the unwind's round trip.
        QCOMPARE(h.sleeps, (std::vector<std::int64_t>{250, 250, 250, 250, 250, 250}));
        const auto open = h.gateway.openOrders();
        QCOMPARE(open->size(), std::size_t(1));
        QCOMPARE(open->front().clientOrderId, std::string("someone-else"));
        const auto orders = h.orders();
        QVERIFY(std::any_of(orders.begin(), orders.end(), [](const OrderRecord& o) {
            return o.status == "LIVE" && o.purpose == "LEG";
        }));
        QVERIFY(std::any_of(orders.begin(), orders.end(), [](const OrderRecord& o) {
            return o.status == "CANCELLED" && o.purpose == "LEG";
        }));
        checkRecordOrder(h.records);
    }

    void staleAtPreFlight()
    {
        Harness h;
        const std::vector<Opportunity> found = h.venue.scan();
        QCOMPARE(found.size(), std::size_t(1));
        h.venue.setBook("y1", {{"0.27", "200"}}, {{"0.40", "120"}}); // the edge is gone
        ExecutionEngine engine(h.options, h.gateway, *h.venue.quotes, h.risk, h.portfolio,
                               h.records, h.venue.clock,
                               [&] { return "id-" + std::to_string(++h.ids); });
        const ExecutionReport report = engine.execute(found.front());
        QCOMPARE(report.status, ExecutionStatus::Stale);
        QVERIFY(h.sleeps.empty());
        QVERIFY(h.orders().empty());
        QCOMPARE(h.executions().size(), std::size_t(2));
        QCOMPARE(h.executions().back().status, std::string("STALE"));
        QCOMPARE(*h.gateway.collateralBalance(), dec("1000"));
    }

    void capitalLimitRefuses()
    {
        Harness h(OrderType::Fok, "100"); // max 30 % of 100 = 30 < 89.8
        const ExecutionReport report = h.execute();
        QCOMPARE(report.status, ExecutionStatus::RiskRefused);
        QVERIFY(contains(report.message, "max_capital_pct"));
        QVERIFY(h.sleeps.empty());
        QVERIFY(h.orders().empty());
        QCOMPARE(h.executions().back().status, std::string("RISK_REFUSED"));
    }

    void breakerRefuses()
    {
        Harness h;
        for (int i = 0; i < 3; ++i) {
            h.risk.recordOutcome(false, Decimal());
        }
        const ExecutionReport report = h.execute();
        QCOMPARE(report.status, ExecutionStatus::RiskRefused);
        QVERIFY(contains(report.message, "Layer 4"));
        QVERIFY(h.sleeps.empty());
    }

    void monitorRecordsWithoutSending()
    {
        Harness h;
        h.risk.setPhase(ExecutionMode::Monitor);
        const ExecutionReport report = h.execute();
        QCOMPARE(report.status, ExecutionStatus::Recorded);
        QCOMPARE(report.mode, ExecutionMode::Monitor);
        QCOMPARE(report.legs.size(), std::size_t(3));
        QCOMPARE(report.legs[0].report.state, OrderState::Intent);
        QVERIFY(h.sleeps.empty());
        QVERIFY(h.orders().empty());
        QCOMPARE(h.executions().back().status, std::string("MONITORED"));
        QCOMPARE(h.executions().back().mode, std::string("MONITOR"));
        QVERIFY(contains(h.executions().back().legsResultJson, "\"state\":\"INTENT\""));
    }

    void liveLeftToTheLiveGateway()
    {
        Harness h;
        h.risk.setPhase(ExecutionMode::Live);
        const ExecutionReport report = h.execute();
        QCOMPARE(report.status, ExecutionStatus::Error);
        QVERIFY(contains(report.message, "the phase is LIVE but the gateway is PAPER"));
        QVERIFY(h.sleeps.empty());
    }

    void nothingSentWithoutTheIntentOnRecord()
    {
        Harness h;
        h.records.setFailure(Error{ErrorCode::Io, "database is down"});
        ExecutionReport report = h.execute();
        QCOMPARE(report.status, ExecutionStatus::Error);
        QVERIFY(contains(report.message, "could not record the execution intent"));
        QVERIFY(contains(report.message, "nothing was sent"));
        QVERIFY(h.sleeps.empty());
        QVERIFY(h.gateway.fillsSince(0)->empty());

        Harness orders;
        RefusingOrdersSink sink;
        report = orders.execute(nullptr, &sink);
        QCOMPARE(report.status, ExecutionStatus::Error);
        QVERIFY(contains(report.message, "could not record the order intents"));
        QVERIFY(orders.sleeps.empty());
        QCOMPARE(*orders.gateway.collateralBalance(), dec("1000"));
        const auto executions = sink.inner.recordsOf<ExecutionRecord>();
        QCOMPARE(executions.back().status, std::string("ERROR"));
    }

    void lostConnectionMeansReconcile()
    {
        Harness h;
        LostConnectionGateway lost(h.gateway);
        const ExecutionReport report = h.execute(&lost);
        QCOMPARE(report.status, ExecutionStatus::Error);
        QVERIFY(contains(report.message, "reconcile"));
        const auto orders = h.orders();
        QCOMPARE(orders.size(), std::size_t(6));
        for (std::size_t i = 3; i < 6; ++i) {
            QCOMPARE(orders[i].status, std::string("UNKNOWN"));
            QVERIFY(contains(orders[i].errorMessage, "TRANSPORT"));
        }
        QCOMPARE(h.risk.snapshot(h.portfolio.capitalState()).consecutiveFailures, 1);
    }

    void payoutPerShare()
    {
        Opportunity o;
        o.legs.resize(4);
        o.strategy = Strategy::NegRiskLong;
        QCOMPARE(ExecutionEngine::guaranteedPayoutPerShare(o), dec("1"));
        o.strategy = Strategy::NegRiskShort;
        QCOMPARE(ExecutionEngine::guaranteedPayoutPerShare(o), dec("3"));
        o.strategy = Strategy::NoConversion;
        o.legs[3].side = TradeSide::Sell; // a YES sold after conversion: not a NO bought
        QCOMPARE(ExecutionEngine::guaranteedPayoutPerShare(o), dec("2"));
        o.strategy = Strategy::Bond;
        QCOMPARE(ExecutionEngine::guaranteedPayoutPerShare(o), dec("0"));
        QCOMPARE(std::string(executionStatusName(ExecutionStatus::PartialHold)),
                 std::string("PARTIAL_HOLD"));
        QCOMPARE(executionStatusFromName("MONITORED"), std::optional(ExecutionStatus::Recorded));
        QVERIFY(!executionStatusFromName("PARTIAL"));
    }
};

QTEST_APPLESS_MAIN(TstExecutionEngine)
#include "tst_executionengine.moc"
