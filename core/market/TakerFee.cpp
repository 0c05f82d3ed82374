#include "core/market/TakerFee.h"

#include "core/money/UInt256.h"

namespace polaris {

Decimal takerFee(Decimal shares, Decimal price, Decimal rate, int exponent)
{
    const Decimal one = Decimal::fromInt(1);
    if (!shares.isPositive() || !rate.isPositive() || !price.isPositive() || price >= one
        || exponent < 0) {
        return Decimal();
    }
    // Everything in micro-units: value = shares·rate·(p·q)^e / 10^(6+6+12e), and we want it in
    // units of 10^-5, floored: floor(N / 10^(7+12e)) with N = shares·rate·(p·q)^e exactly.
    const auto pq = static_cast<std::uint64_t>(price.micros())
                    * static_cast<std::uint64_t>((one - price).micros());
    UInt256 n(static_cast<std::uint64_t>(shares.micros()));
    if (!n.mulSmall(static_cast<std::uint64_t>(rate.micros()))) {
        return Decimal();
    }
    for (int i = 0; i < exponent; ++i) {
        if (!n.mulSmall(pq)) {
            return Decimal(); // unreachable for sizes Decimal can hold; 256 bits cover exponent <=
                              // 8
        }
    }
    // Successive floors by factors multiply out to one floor by their product.
    int powerOfTen = 7 + 12 * exponent;
    while (powerOfTen > 0) {
        const int step = powerOfTen > 18 ? 18 : powerOfTen;
        std::uint64_t divisor = 1;
        for (int i = 0; i < step; ++i) {
            divisor *= 10;
        }
        n.divSmall(divisor);
        powerOfTen -= step;
    }
    return Decimal::fromMicros(static_cast<std::int64_t>(n.low64()) * 10);
}

} // namespace polaris
