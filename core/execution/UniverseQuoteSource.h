#pragma once

#include "core/config/ArbConfig.h"
#include "core/execution/QuoteSource.h"
#include "core/scanner/ArbScanner.h"
#include "core/strategies/BasketSizer.h"
#include "core/util/Clock.h"

#include <memory>
#include <optional>
#include <string_view>

namespace polaris {

class ConfidenceProvider;

/// A QuoteSource over a Universe and a BookSource that the caller owns (the CLI: the ingest's
/// universe and BookStore). requote() runs a private ArbScanner, restricted to the quoted
/// strategy, over the events of the quote's tokens at the clock's now, and returns the
/// opportunity with the same id: exactly what the scanner would report from these books. Also
/// answers which market a token trades on, for fees and order flags. Plain C++; lives on the
/// thread that owns the books (they are read without locking).
class UniverseQuoteSource final : public QuoteSource
{
public:
    /// Everything passed by reference must outlive this object. Without `confidence`, strategy G
    /// cannot be re-quoted (requote() returns an Error).
    UniverseQuoteSource(const Universe& universe,
                        const BookSource& books,
                        ArbConfig config,
                        const Clock& clock,
                        const ConfidenceProvider* confidence = nullptr);
    ~UniverseQuoteSource() override;

    Result<std::optional<Opportunity>> requote(const Opportunity& quoted) override;
    std::optional<OrderBook> book(std::string_view tokenId) override;

    /// The market trading `tokenId`; nullptr when the universe does not know it.
    const Market* marketOf(std::string_view tokenId) const;
    /// The taker fee a fill of `tokenId` pays (as the scanner prices it); nullopt = none.
    std::optional<LegFee> feeOf(std::string_view tokenId) const;

private:
    const Universe& m_universe;
    const BookSource& m_books;
    const Clock& m_clock;
    const ConfidenceProvider* m_confidence;
    std::unique_ptr<ArbScanner> m_scanner;
};

} // namespace polaris
