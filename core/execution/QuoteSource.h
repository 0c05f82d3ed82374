#pragma once

#include "core/book/OrderBook.h"
#include "core/strategies/Opportunity.h"
#include "core/util/Result.h"

#include <optional>
#include <string_view>

namespace polaris {

/// The execution engine's window on the current market: pre-flight re-reads the books and
/// recomputes an opportunity exactly as the scanner would; the paper matcher reads books.
/// Implementations: UniverseQuoteSource (a Universe + BookStore owned by the caller, the CLI)
/// and the console's, which asks the market-data thread for copies.
class QuoteSource
{
public:
    virtual ~QuoteSource() = default;

    /// The same opportunity (same id) recomputed from the books as they are now; nullopt when it
    /// no longer passes (the engine reports STALE). An Error when the books cannot be read.
    virtual Result<std::optional<Opportunity>> requote(const Opportunity& quoted) = 0;

    /// A copy of a token's current book; nullopt when there is none.
    virtual std::optional<OrderBook> book(std::string_view tokenId) = 0;
};

} // namespace polaris
