#pragma once

#include "core/config/ArbConfig.h"
#include "core/execution/ExecutionReport.h"
#include "core/execution/OrderGateway.h"
#include "core/execution/OrderRound.h"
#include "core/execution/PartialFillPlanner.h"
#include "core/execution/QuoteSource.h"
#include "core/execution/RecordSink.h"
#include "core/execution/RiskGuard.h"
#include "core/util/Clock.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace polaris {

class Portfolio;
struct Market;

/// Turns one approved opportunity into orders, per strategies.md "Execution": intent recorded,
/// pre-flight re-quote (STALE when gone), Layer 3/4 via RiskGuard, all legs in one batch
/// (FOK at each leg's limit by default), fills awaited up to the timeout, partial fills patched /
/// unwound / held, only this execution's own orders cancelled, every step persisted before and
/// after it happens. The same code runs Monitor, Paper and Live: only the gateway differs.
/// docs/execution.md describes the flow, the statuses and the accounting.
/// Plain C++, synchronous, one execution at a time; lives on the execution thread.
class ExecutionEngine
{
public:
    /// The market trading a token (nullptr: unknown). Must stay valid during execute().
    using MarketLookup = std::function<const Market*(std::string_view tokenId)>;

    struct Options
    {
        OrderType orderType = OrderType::Fok;
        int fillTimeoutMs = 10'000;
        int pollIntervalMs = 250;
        PartialFillPolicy partial;
        /// Fees (to price a patch exactly) and the negRisk flag of each order. Empty: a patch's
        /// fee is estimated from the quote's average fee per share, and negRisk from the strategy
        /// (A, A', C).
        MarketLookup markets;
    };
    /// fillTimeoutMs and the partial-fill policy from the configuration.
    static Options optionsFrom(const ArbConfig& config);

    /// Payout per complete basket share whatever the outcome: 1 for A and B, (bought legs − 1)
    /// for A' and C (the YES a C conversion would return are not counted), 0 for F and G (a bet,
    /// not a guarantee).
    static Decimal guaranteedPayoutPerShare(const Opportunity& opportunity);

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
    void run(ExecutionReport& report);
    /// The orders of the basket: every leg the engine can trade now (see docs/execution.md).
    std::vector<OrderIntent> intentsFor(const Opportunity& quote, std::string& note);
    OrderRound::Context roundContext(const ExecutionReport& report) const;
    PartialPlan plan(const ExecutionReport& report, const OrderRound& legs);
    Status persist(const ExecutionReport& report);
    /// Sets finishedAt, writes the final record; adds a note to the message if that fails.
    void finish(ExecutionReport& report);

    Options m_options;
    OrderGateway& m_gateway;
    QuoteSource& m_quotes;
    RiskGuard& m_risk;
    Portfolio& m_portfolio;
    RecordSink& m_records;
    const Clock& m_clock;
    std::function<std::string()> m_newId;
    int m_recordFailures = 0; ///< of the current execution, after its orders left
};

} // namespace polaris
