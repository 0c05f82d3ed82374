#pragma once

#include "core/execution/ExecutionReport.h"
#include "core/execution/OrderRound.h"

#include <vector>

namespace polaris {

class Portfolio;

/// Where a basket's legs stand after every round of an execution.
struct RoundsOutcome
{
    bool anyFilled = false;       ///< the first round filled something
    bool allFull = false;         ///< the first round filled every leg completely
    Decimal minNet;               ///< smallest net position across the basket's legs
    Decimal maxNet;               ///< largest
    bool unreportedFills = false; ///< the venue reported filled shares without their fills
};

/// The fills an order's report accounts for. Filled shares the venue has not itemised yet are
/// counted at the order's limit (the worst case) with no fee, and `unreported` is set.
std::vector<FillReport> accountedFills(const OrderRound::Order& order, bool& unreported);

/// Adds up an execution's rounds (the basket's legs, then its patch or unwind orders): fills the
/// report's legs, net cost (buys − sells), fees, hedged shares (min net position across the
/// basket's legs), locked-in PnL (hedged × `payoutPerShare` − the hedged part of each leg's
/// cost, fees included, rounded against us) and the realised PnL of its sells; applies every
/// fill to the portfolio and records the hedged basket there. docs/execution.md, "Portfolio".
RoundsOutcome accountRounds(ExecutionReport& report,
                            const OrderRound& legs,
                            const OrderRound* followUp,
                            Portfolio& portfolio,
                            Decimal payoutPerShare);

} // namespace polaris
