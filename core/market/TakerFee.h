#pragma once

#include "core/money/Decimal.h"

namespace polaris {

/// Polymarket's V2 platform taker fee for one fill, in collateral (USDC/pUSD):
///
///     fee = shares × rate × (price × (1 − price))^exponent, floored to 5 decimal places
///
/// (spec polymarket-api.md §6.4; the floor matches 21 real on-chain V2 fills, §8.8). Computed
/// exactly with 256-bit intermediates; never through floating point. Makers pay nothing.
/// `rate` and `exponent` come from the market (Gamma feeSchedule / CLOB fd), never hard-coded.
Decimal takerFee(Decimal shares, Decimal price, Decimal rate, int exponent);

} // namespace polaris
