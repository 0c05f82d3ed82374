#pragma once

#include "core/config/ArbConfig.h"
#include "core/execution/ExecutionReport.h"
#include "core/execution/OrderGateway.h"
#include "core/execution/PartialFillPlanner.h"
#include "core/execution/QuoteSource.h"
#include "core/execution/RecordSink.h"
#include "core/execution/RiskGuard.h"
#include "core/util/Clock.h"

#include <functional>
#include <optional>
#include <string>

namespace polaris {

class Portfolio;

/// Turns one approved opportunity into orders, per strategies.md "Execution": intent recorded,
/// pre-flight re-quote (STALE when gone), Layer 3/4 via RiskGuard, all legs in one batch
/// (FOK at each leg's limit by default), fills awaited up to the timeout, partial fills patched /
/// unwound / held, only this execution's own orders cancelled, every step persisted before and
/// after it happens. The same code runs Monitor, Paper and Live: only the gateway differs.
/// Plain C++, synchronous, one execution at a time; lives on the execution thread.
class ExecutionEngine
{
public:
    struct Options
    {
        OrderType orderType = OrderType::Fok;
        int fillTimeoutMs = 10'000;
        int pollIntervalMs = 250;
        PartialFillPolicy partial;
    };

    ExecutionEngine(Options options,
                    OrderGateway& gateway,
                    QuoteSource& quotes,
                    RiskGuard& risk,
                    Portfolio& portfolio,
                    RecordSink& records,
                    const Clock& clock,
                    std::function<std::string()> newId);

    /// Runs the whole flow. Never throws; every outcome is a report (and its stored records).
    ExecutionReport execute(const Opportunity& approvedQuote,
                            std::optional<std::string> approvalId = std::nullopt);

private:
    Options m_options;
    OrderGateway& m_gateway;
    QuoteSource& m_quotes;
    RiskGuard& m_risk;
    Portfolio& m_portfolio;
    RecordSink& m_records;
    const Clock& m_clock;
    std::function<std::string()> m_newId;
};

} // namespace polaris
