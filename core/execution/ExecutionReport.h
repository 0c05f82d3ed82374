#pragma once

#include "core/execution/ExecutionMode.h"
#include "core/execution/OrderTypes.h"
#include "core/strategies/Opportunity.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace polaris {

/// How an execution ended (fact_arb_execution.status). Stored names in executionStatusName().
enum class ExecutionStatus : std::uint8_t {
    Pending,     ///< intent recorded, orders not all answered yet ("PENDING")
    Recorded,    ///< Monitor: recorded what would have been sent ("MONITORED")
    Filled,      ///< every leg filled ("FILLED")
    Patched,     ///< partial, short legs topped up to the hedged size ("PATCHED")
    Unwound,     ///< partial, excess of the long legs sold back ("UNWOUND")
    PartialHold, ///< partial, exposure kept and reported ("PARTIAL_HOLD")
    NotFilled,   ///< nothing filled (all legs killed) ("NOT_FILLED")
    Stale,       ///< pre-flight: the opportunity no longer passes ("STALE")
    RiskRefused, ///< Layer 3 / 4 said no ("RISK_REFUSED")
    Error,       ///< could not run; see message ("ERROR")
};
const char* executionStatusName(ExecutionStatus status);
std::optional<ExecutionStatus> executionStatusFromName(std::string_view name);

/// One leg's outcome.
struct LegResult
{
    OrderIntent intent;
    OrderStatusReport report;
    Decimal filledShares;
    Decimal cost; ///< buy: paid (sell: negative = proceeds)
    Decimal fees;
    std::string purpose = "LEG"; ///< LEG (a basket leg), PATCH or UNWIND (OrderRecord::purpose)
};

struct ExecutionReport
{
    std::string executionId;
    std::string opportunityId;
    std::optional<std::string> approvalId;
    Strategy strategy = Strategy::NegRiskLong;
    std::string eventId;
    ExecutionMode mode = ExecutionMode::Monitor;
    ExecutionStatus status = ExecutionStatus::Pending;
    Opportunity quote; ///< what pre-flight priced (the approved quote if none)
    Decimal sharesTarget;
    Decimal hedgedShares; ///< min filled across legs (after patch/unwind)
    Decimal cost;         ///< net cash out, incl. patch and unwind orders
    Decimal fees;
    Decimal lockedInPnl;         ///< hedged shares' guaranteed payout - their cost - fees
    Decimal realizedPnl;         ///< cash PnL of this execution's sells (unwinds)
    std::vector<LegResult> legs; ///< the basket's legs, then any patch / unwind orders
    std::string message;         ///< for people: why this status
    std::int64_t startedAtMs = 0;
    std::int64_t finishedAtMs = 0;
};

} // namespace polaris
