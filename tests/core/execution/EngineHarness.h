#pragma once

// The engine test's harness and gateways (tests/core/execution/tst_executionengine.cpp only):
// a paper stack over ExecutionFixture, a gateway that loses its connection, one that answers the
// way the live CLOB does (fills itemised later, fee 0), and a sink that refuses order records.

#include "core/execution/ExecutionEngine.h"
#include "core/execution/MemoryRecordSink.h"
#include "core/execution/PaperGateway.h"
#include "core/execution/Portfolio.h"
#include "core/execution/RiskGuard.h"
#include "tests/core/execution/ExecutionFixture.h"
#include "tests/support/TestPrinters.h"

#include <QTest>

namespace polaris::test {

namespace {

bool contains(const std::string& text, const char* part)
{
    return text.find(part) != std::string::npos;
}

/// Test input: a gateway whose place() loses the connection (the real ones cannot be made to).
class LostConnectionGateway final : public OrderGateway
{
public:
    explicit LostConnectionGateway(OrderGateway& inner)
        : m_inner(inner)
    {}
    ExecutionMode mode() const override { return m_inner.mode(); }
    Result<std::vector<OrderStatusReport>> place(std::span<const OrderIntent>) override
    {
        return Error{ErrorCode::Timeout, "no answer from the venue within 10 s"};
    }
    Result<std::vector<std::string>> cancel(std::span<const std::string> ids) override
    {
        return m_inner.cancel(ids);
    }
    Result<OrderStatusReport> status(const std::string& id) override { return m_inner.status(id); }
    std::vector<OrderStatusReport> waitForUpdates(int ms) override
    {
        return m_inner.waitForUpdates(ms);
    }
    Result<std::vector<OrderStatusReport>> openOrders() override { return m_inner.openOrders(); }
    Result<std::vector<FillReport>> fillsSince(std::int64_t ms) override
    {
        return m_inner.fillsSince(ms);
    }
    Result<Decimal> collateralBalance() override { return m_inner.collateralBalance(); }
    std::int64_t lastLatencyMs() const override { return 0; }

private:
    OrderGateway& m_inner;
};

/// Test input: the paper venue answering the way the live CLOB does. The placement answer says
/// how much filled but lists no fills; the fills arrive later, one report per trade (the user
/// channel's trade events), and neither they nor status() carry a fee (V2 trades carry a rate
/// only).
class LiveLikeGateway final : public OrderGateway
{
public:
    explicit LiveLikeGateway(OrderGateway& inner)
        : m_inner(inner)
    {}
    ExecutionMode mode() const override { return m_inner.mode(); }
    Result<std::vector<OrderStatusReport>> place(std::span<const OrderIntent> intents) override
    {
        auto placed = m_inner.place(intents);
        if (!placed.ok()) {
            return placed;
        }
        std::vector<OrderStatusReport> reports = std::move(placed).value();
        for (OrderStatusReport& report : reports) {
            for (FillReport fill : report.fills) {
                OrderStatusReport event = report;
                fill.fee = Decimal();
                event.fills = {fill};
                m_events.push_back(std::move(event));
            }
            report.fills.clear();
        }
        return reports;
    }
    Result<std::vector<std::string>> cancel(std::span<const std::string> ids) override
    {
        return m_inner.cancel(ids);
    }
    Result<OrderStatusReport> status(const std::string& id) override
    {
        ++statusCalls;
        auto answer = m_inner.status(id);
        if (!answer.ok()) {
            return answer;
        }
        OrderStatusReport report = std::move(answer).value();
        for (FillReport& fill : report.fills) {
            fill.fee = Decimal();
        }
        if (!statusListsFills) {
            report.fills.clear(); // the venue's trade list lags behind its order state
        }
        return report;
    }
    std::vector<OrderStatusReport> waitForUpdates(int) override
    {
        // One trade event per call: the round must merge them, not keep only the last.
        if (m_events.empty()) {
            return {};
        }
        std::vector<OrderStatusReport> one{m_events.front()};
        m_events.erase(m_events.begin());
        return one;
    }
    Result<std::vector<OrderStatusReport>> openOrders() override { return m_inner.openOrders(); }
    Result<std::vector<FillReport>> fillsSince(std::int64_t ms) override
    {
        return m_inner.fillsSince(ms);
    }
    Result<Decimal> collateralBalance() override { return m_inner.collateralBalance(); }
    std::int64_t lastLatencyMs() const override { return 0; }

    int statusCalls = 0;
    bool statusListsFills = true;

private:
    OrderGateway& m_inner;
    std::vector<OrderStatusReport> m_events;
};

/// Test input: a database that accepts the execution row but refuses order rows.
class RefusingOrdersSink final : public RecordSink
{
public:
    Status persist(StorageRecord record) override
    {
        if (std::holds_alternative<OrderRecord>(record)) {
            return Error{ErrorCode::Io, "arb_order: disk full"};
        }
        return inner.persist(std::move(record));
    }
    MemoryRecordSink inner;
};

/// The engine in paper on a three-outcome neg-risk event (fee 0.05 everywhere):
///   YES 1: bids 0.27 x 200; asks 0.29 x 60, 0.31 x 60
///   YES 2, YES 3: bids 0.28 x 200; asks 0.30 x 100
/// The scanner's A basket: 100 shares, cost 17.4 + 12.4 + 30 + 30 = 89.8, fees 0.6177 + 0.4278
/// + 1.05 + 1.05 = 3.1455, net 7.0545.
struct Harness
{
    explicit Harness(OrderType type = OrderType::Fok,
                     const char* balance = "1000",
                     int fillTimeoutMs = 10'000)
        : venue({negRiskEvent(3)})
        , gateway(
                  *venue.quotes,
                  venue.clock,
                  [this](std::string_view token) { return venue.quotes->feeOf(token); },
                  PaperGateway::Options{250, dec(balance)},
                  [this](std::int64_t ms) {
                      sleeps.push_back(ms);
                      venue.clock.advanceMs(ms);
                      if (duringLatency) {
                          auto once = std::move(duringLatency);
                          duringLatency = nullptr;
                          once();
                      }
                  })
        , risk(venue.config, venue.clock)
        , portfolio(ExecutionMode::Paper, dec(balance))
    {
        venue.setBook("y1", {{"0.27", "200"}}, {{"0.29", "60"}, {"0.31", "60"}});
        venue.setBook("y2", {{"0.28", "200"}}, {{"0.30", "100"}});
        venue.setBook("y3", {{"0.28", "200"}}, {{"0.30", "100"}});
        risk.setPhase(ExecutionMode::Paper);
        options = ExecutionEngine::optionsFrom(venue.config);
        options.orderType = type;
        options.fillTimeoutMs = fillTimeoutMs;
        options.markets = [this](std::string_view token) { return venue.quotes->marketOf(token); };
    }

    ExecutionReport execute(OrderGateway* through = nullptr, RecordSink* sink = nullptr)
    {
        const std::vector<Opportunity> found = venue.scan();
        if (found.size() != 1) {
            qWarning("expected one opportunity, found %zu", found.size());
            return {};
        }
        quote = found.front();
        ExecutionEngine engine(options, through ? *through : gateway, *venue.quotes, risk,
                               portfolio, sink ? *sink : records, venue.clock,
                               [this] { return "id-" + std::to_string(++ids); });
        return engine.execute(quote, std::string("approval-1"));
    }

    std::vector<ExecutionRecord> executions() const { return records.recordsOf<ExecutionRecord>(); }
    std::vector<OrderRecord> orders() const { return records.recordsOf<OrderRecord>(); }

    Venue venue;
    PaperGateway gateway;
    RiskGuard risk;
    Portfolio portfolio;
    MemoryRecordSink records;
    ExecutionEngine::Options options;
    Opportunity quote;
    std::vector<std::int64_t> sleeps;
    std::function<void()> duringLatency;
    int ids = 0;
};

/// Every record of the run, checked for the crash-safety order: the execution's PENDING row
/// first, every order's INTENT before any answer about it.
void checkRecordOrder(const MemoryRecordSink& sink)
{
    const std::vector<StorageRecord> all = sink.records();
    QVERIFY(!all.empty());
    const auto* first = std::get_if<ExecutionRecord>(&all.front());
    QVERIFY(first != nullptr);
    QCOMPARE(first->status, std::string("PENDING"));
    std::set<std::string> intents;
    for (const StorageRecord& record : all) {
        if (const auto* order = std::get_if<OrderRecord>(&record)) {
            if (order->status == "INTENT") {
                intents.insert(order->orderId);
            } else {
                QVERIFY2(intents.contains(order->orderId), order->orderId.c_str());
            }
        }
        if (const auto* fill = std::get_if<FillRecord>(&record)) {
            QVERIFY(intents.contains(fill->orderId));
        }
    }
}

} // namespace

} // namespace polaris::test
