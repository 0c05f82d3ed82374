#pragma once

#include "core/book/BookLevel.h"
#include "core/money/Decimal.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace polaris {

/// An owning copy of one CLOB order book as the venue sent it (REST `GET /book`, an element of
/// `POST /books`, a snapshot file). Levels are in venue order (real captures put the best price
/// last); OrderBook::applySnapshot sorts them. Plain value, safe to copy across threads.
struct BookSnapshot
{
    std::string assetId;
    std::string market; ///< condition id; may be empty if the payload omitted it
    std::string hash;
    std::int64_t timestampMs = 0;
    std::vector<BookLevel> bids;
    std::vector<BookLevel> asks;
    std::optional<Decimal> tickSize;
    std::optional<Decimal> minOrderSize;
    std::optional<Decimal> lastTradePrice;
    bool negRisk = false;
};

} // namespace polaris
