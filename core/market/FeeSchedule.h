#pragma once

#include "core/money/Decimal.h"

namespace polaris {

/// A market's V2 platform fee curve: fee = shares * rate * (p * (1 - p))^exponent (spec §6.4).
/// Read from Gamma `feeSchedule` {rate, exponent, takerOnly, rebateRate} or CLOB compact `fd`
/// {r, e, to}. `present` is false when the venue sent no schedule (fee-free or pre-V2 market).
/// Plain value; safe to copy across threads.
struct FeeSchedule
{
    bool present = false;
    Decimal rate;
    int exponent = 0;
    bool takerOnly = false;
    /// Share of taker fees paid back to makers (e.g. 0.25); informational for pricing.
    Decimal rebateRate;
};

} // namespace polaris
