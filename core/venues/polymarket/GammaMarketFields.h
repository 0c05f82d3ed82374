#pragma once

#include "core/market/Market.h"

#include <string>
#include <string_view>

#include <simdjson.h>

namespace polaris::polymarket {

class GammaFieldReader;

/// Field names of the trading parameters, which Gamma spells in camelCase and the CLOB in
/// snake_case.
struct TradingParamKeys
{
    std::string_view tickSize;
    std::string_view minOrderSize;
    std::string_view makerBaseFee;
    std::string_view takerBaseFee;
    std::string_view secondsDelay;
};

/// Gamma `feeSchedule` {rate, exponent, takerOnly, rebateRate} or CLOB compact `fd` {r, e, to}.
struct FeeKeys
{
    std::string_view rate;
    std::string_view exponent;
    std::string_view takerOnly;
    std::string_view rebateRate; ///< empty when the form has none
};

/// Tick size (0 < tick < 1, default 0.01), min order size (>= 0, default 5), base fees in bps
/// ([0, 10000]) and seconds delay. Bad values are fatal: orders depend on them.
void readTradingParams(GammaFieldReader& in, Market& market, const TradingParamKeys& keys);

/// Absent/null -> not present. A malformed schedule is fatal: fees decide whether a trade pays.
FeeSchedule readFeeSchedule(GammaFieldReader& in, std::string_view key, const FeeKeys& keys);

/// Gamma `/markets` items carry their parent event in `events[0]`; "" when absent.
std::string nestedEventId(simdjson::dom::object market);

/// Builds market.tokens from Gamma `clobTokenIds`, `outcomes` and `outcomePrices` (arrays or
/// JSON-encoded strings). Count mismatch between ids and outcomes, or a malformed token id, is
/// fatal; outcomePrices problems are warnings (prices are informational).
void readGammaTokens(GammaFieldReader& in, Market& market);

/// Why a token id is unusable (must be 1..78 decimal digits), or nullptr when it is fine.
const char* tokenIdProblem(std::string_view tokenId);

} // namespace polaris::polymarket
