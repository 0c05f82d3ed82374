#pragma once

#include "core/market/TradeSide.h"
#include "core/money/Decimal.h"
#include "core/money/UInt256.h"
#include "core/signing/ExchangeConfig.h"

namespace polaris::signing {

/// Decimal places for price, size and the computed amount leg per tick size (spec §4.3,
/// S1 ROUNDING_CONFIG).
struct RoundingConfig
{
    int priceDecimals = 0;
    int sizeDecimals = 0;
    int amountDecimals = 0;
};

/// Fails (OutOfRange) for a tick size not in {0.1, 0.01, 0.005, 0.0025, 0.001, 0.0001}.
Result<RoundingConfig> roundingConfigForTick(Decimal tickSize);

/// makerAmount/takerAmount as 6-dp integers (what is signed and sent), plus the share and
/// collateral quantities they encode.
struct OrderAmounts
{
    UInt256 makerAmount;
    UInt256 takerAmount;
    Decimal price; ///< the limit price used
};

/// Limit order (spec §4.3): size (shares) floored to the size decimals; BUY gives
/// maker = size × price collateral for taker = size shares, SELL the reverse. The price must be a
/// multiple of the tick inside [tick, 1 − tick]; we reject rather than round it (SDKs round
/// half-up), so a typo never silently moves a limit price.
Result<OrderAmounts>
limitOrderAmounts(TradeSide side, Decimal price, Decimal size, Decimal tickSize);

/// Market order (FOK/FAK): `amount` is collateral to spend for BUY, shares to sell for SELL,
/// floored to the size decimals; `price` is the worst acceptable price. BUY taker = amount / price,
/// SELL taker = amount × price, with the SDK fix-up (ceil to amount+4 dp, then floor to amount dp)
/// done in exact integer arithmetic.
Result<OrderAmounts>
marketOrderAmounts(TradeSide side, Decimal price, Decimal amount, Decimal tickSize);

} // namespace polaris::signing
