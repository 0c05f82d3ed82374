#pragma once

#include "core/money/Decimal.h"

#include <cstdint>

namespace polaris {

/// One price level: the total size resting at a price.
struct BookLevel
{
    Decimal price;
    Decimal size;
    bool operator==(const BookLevel&) const = default;
};

enum class BookSide : std::uint8_t { Bid, Ask };

/// An incremental change: the new total size at a price (zero removes the level), as the
/// CLOB market channel's price_change reports it.
struct LevelChange
{
    BookSide side;
    Decimal price;
    Decimal size;
};

/// The result of walking one side of a book for a quantity.
struct DepthWalk
{
    Decimal shares;     ///< shares obtained; equals the request when complete
    Decimal notional;   ///< sum of price x shares: cost (rounded up) or proceeds (rounded down)
    Decimal worstPrice; ///< price of the last level touched: the limit price that fills it all
    int levelsTouched = 0;
    bool complete = false; ///< false when the book could not supply the whole request

    /// Volume-weighted average price of what was walked, rounded as asked.
    Decimal vwap(Rounding rounding) const
    {
        return shares.isZero() ? Decimal() : Decimal::div(notional, shares, rounding);
    }
};

} // namespace polaris
