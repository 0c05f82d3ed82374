#pragma once

#include "core/execution/ExecutionReport.h"

#include <string>
#include <string_view>

namespace polaris {

/// A JSON string literal (quotes included) for any UTF-8 text: escapes quotes, backslashes and
/// control characters. Plain C++, for the records the engine writes without Qt.
std::string jsonQuoted(std::string_view text);

/// fact_arb_execution.legs_result: {"hedged_shares", "locked_in_pnl", "realized_pnl",
/// "payout_per_share", "legs": [{"order_id", "venue_order_id", "purpose", "token_id",
/// "condition_id", "side", "type", "limit", "shares", "filled", "cost", "fees", "state",
/// "error"}]}; money as decimal strings (docs/execution.md).
std::string executionLegsJson(const ExecutionReport& report, Decimal payoutPerShare);

} // namespace polaris
