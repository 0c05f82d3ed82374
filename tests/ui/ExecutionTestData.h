#pragma once

#include "core/execution/ApprovalDesk.h"
#include "core/execution/ExecutionReport.h"
#include "core/execution/RiskSnapshot.h"
#include "tests/ui/UiTestData.h"

#include <string>

/// Hand-made approvals, reports and risk snapshots for the risk panel and approval queue tests.
namespace polaris::test {

/// An entry waiting for the operator: an A basket quoted at kNow, valid for `ttlMs`.
inline PendingApproval approval(const std::string& id,
                                const char* netProfit = "1.5",
                                ApprovalStage stage = ApprovalStage::Waiting,
                                std::int64_t ttlMs = 30'000)
{
    PendingApproval entry;
    entry.approvalId = "ap-" + id;
    entry.quote = negRiskLong(id, "Event " + id, netProfit);
    entry.quotedAtMs = kNow;
    entry.expiresAtMs = kNow + ttlMs;
    entry.stage = stage;
    return entry;
}

/// A risk snapshot with a funded balance and the default limits, nothing open, breaker armed.
inline RiskSnapshot riskSnapshot()
{
    RiskSnapshot s;
    s.phase = ExecutionMode::Paper;
    s.effectiveMode = ExecutionMode::Paper;
    s.balance = d("1000");
    s.maxCapitalPct = d("0.3");
    s.maxEventPct = d("0.5");
    s.maxOpenPct = d("0.8");
    s.maxConsecutiveFailures = 3;
    s.maxDailyLoss = d("50");
    s.maxLatencyMs = 500;
    s.asOfMs = kNow;
    return s;
}

inline ExecutionReport filledReport(const std::string& executionId, const Opportunity& quote)
{
    ExecutionReport r;
    r.executionId = executionId;
    r.opportunityId = quote.id;
    r.strategy = quote.strategy;
    r.eventId = quote.eventId;
    r.mode = ExecutionMode::Paper;
    r.status = ExecutionStatus::Filled;
    r.quote = quote;
    r.sharesTarget = quote.shares;
    r.hedgedShares = quote.shares;
    r.cost = quote.cost;
    r.fees = d("0.25");
    r.lockedInPnl = quote.payout - quote.cost - r.fees;
    r.startedAtMs = kNow;
    r.finishedAtMs = kNow + 400;
    return r;
}

} // namespace polaris::test
