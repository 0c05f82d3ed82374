#include "core/signing/OrderAmounts.h"

#include <array>
#include <cstdint>
#include <limits>
#include <string>

namespace polaris::signing {

namespace {
__extension__ using Int128 = __int128;

constexpr std::array<std::int64_t, 11> kPow10 = {
        1,         10,         100,         1'000,         10'000,        100'000,
        1'000'000, 10'000'000, 100'000'000, 1'000'000'000, 10'000'000'000};

/// SDK fix-up of a computed leg x = numerator / denominator (units, exact rational): if x has
/// more than `decimals` places, ceil to decimals+4 places (the SDKs' guard against binary float
/// error), then floor to `decimals` places. Returns micro-units, or -1 if it does not fit int64.
std::int64_t fixUpToMicros(Int128 numerator, Int128 denominator, int decimals)
{
    // y = ceil(x * 10^(decimals+4)); floor(y / 10^4) is then x rounded as the SDK does, and it
    // is exact whenever x already had <= decimals places.
    const Int128 scaled = numerator * kPow10[static_cast<std::size_t>(decimals + 4)];
    const Int128 ceiled = (scaled + denominator - 1) / denominator;
    const Int128 atDecimals = ceiled / 10'000;
    const Int128 micros = atDecimals * kPow10[static_cast<std::size_t>(6 - decimals)];
    if (micros > std::numeric_limits<std::int64_t>::max()) {
        return -1;
    }
    return static_cast<std::int64_t>(micros);
}

Status checkPrice(Decimal price, Decimal tickSize)
{
    if (!price.isMultipleOf(tickSize)) {
        return Error{ErrorCode::OutOfRange, "price " + price.toString()
                                                    + " is not a multiple of the tick size "
                                                    + tickSize.toString()};
    }
    if (price < tickSize || price > Decimal::fromInt(1) - tickSize) {
        return Error{ErrorCode::OutOfRange,
                     "price " + price.toString() + " is outside [" + tickSize.toString() + ", "
                             + (Decimal::fromInt(1) - tickSize).toString() + "]"};
    }
    return okStatus();
}

/// Floors a size/amount to the size decimals and requires a positive result.
Result<Decimal> floorQuantity(Decimal quantity, int sizeDecimals, const char* what)
{
    if (!quantity.isPositive()) {
        return Error{ErrorCode::OutOfRange,
                     std::string(what) + " " + quantity.toString() + " is not positive"};
    }
    const Decimal step = Decimal::fromMicros(kPow10[static_cast<std::size_t>(6 - sizeDecimals)]);
    const Decimal floored = quantity.roundToMultiple(step, Rounding::Down);
    if (!floored.isPositive()) {
        return Error{ErrorCode::OutOfRange, std::string(what) + " " + quantity.toString()
                                                    + " rounds down to zero at "
                                                    + std::to_string(sizeDecimals) + " decimals"};
    }
    return floored;
}

Result<OrderAmounts>
assemble(TradeSide side, Decimal price, Decimal fixedLeg, std::int64_t computedMicros)
{
    if (computedMicros <= 0) {
        return Error{ErrorCode::OutOfRange,
                     computedMicros == 0 ? "computed order amount rounds to zero"
                                         : "computed order amount exceeds 2^63 micro-units"};
    }
    const UInt256 fixed(static_cast<std::uint64_t>(fixedLeg.micros()));
    const UInt256 computed(static_cast<std::uint64_t>(computedMicros));
    // The fixed leg is what the user sized: shares taken for a limit BUY, given for a SELL.
    return side == TradeSide::Buy ? OrderAmounts{computed, fixed, price}
                                  : OrderAmounts{fixed, computed, price};
}
} // namespace

Result<RoundingConfig> roundingConfigForTick(Decimal tickSize)
{
    switch (tickSize.micros()) {
    case 100'000:
        return RoundingConfig{1, 2, 3};
    case 10'000:
        return RoundingConfig{2, 2, 4};
    case 5'000:
        return RoundingConfig{3, 2, 5};
    case 2'500:
        return RoundingConfig{4, 2, 6};
    case 1'000:
        return RoundingConfig{3, 2, 5};
    case 100:
        return RoundingConfig{4, 2, 6};
    default:
        break;
    }
    return Error{ErrorCode::OutOfRange, "tick size " + tickSize.toString()
                                                + " is not one of 0.1, 0.01, 0.005, 0.0025, "
                                                  "0.001, 0.0001"};
}

Result<OrderAmounts>
limitOrderAmounts(TradeSide side, Decimal price, Decimal size, Decimal tickSize)
{
    const auto config = roundingConfigForTick(tickSize);
    if (!config) {
        return config.error();
    }
    if (const Status priceOk = checkPrice(price, tickSize); !priceOk) {
        return priceOk.error();
    }
    const auto shares = floorQuantity(size, config->sizeDecimals, "size");
    if (!shares) {
        return shares.error();
    }
    // collateral = shares × price, exact as (micros × micros) / 10^12.
    const Int128 numerator = static_cast<Int128>(shares->micros()) * price.micros();
    const std::int64_t collateral = fixUpToMicros(
            numerator, static_cast<Int128>(Decimal::kOne) * Decimal::kOne, config->amountDecimals);
    return assemble(side, price, *shares, collateral);
}

Result<OrderAmounts>
marketOrderAmounts(TradeSide side, Decimal price, Decimal amount, Decimal tickSize)
{
    const auto config = roundingConfigForTick(tickSize);
    if (!config) {
        return config.error();
    }
    if (const Status priceOk = checkPrice(price, tickSize); !priceOk) {
        return priceOk.error();
    }
    const auto maker = floorQuantity(amount, config->sizeDecimals, "amount");
    if (!maker) {
        return maker.error();
    }
    std::int64_t taker = 0;
    if (side == TradeSide::Buy) {
        // shares = collateral / price = (maker micros) / (price micros), in units.
        taker = fixUpToMicros(maker->micros(), price.micros(), config->amountDecimals);
    } else {
        taker = fixUpToMicros(static_cast<Int128>(maker->micros()) * price.micros(),
                              static_cast<Int128>(Decimal::kOne) * Decimal::kOne,
                              config->amountDecimals);
    }
    if (taker <= 0) {
        return Error{ErrorCode::OutOfRange, taker == 0 ? "computed order amount rounds to zero"
                                                       : "computed order amount exceeds 2^63 "
                                                         "micro-units"};
    }
    // A market order's maker leg is always the user's amount (collateral for BUY, shares for SELL).
    return OrderAmounts{UInt256(static_cast<std::uint64_t>(maker->micros())),
                        UInt256(static_cast<std::uint64_t>(taker)), price};
}

} // namespace polaris::signing
