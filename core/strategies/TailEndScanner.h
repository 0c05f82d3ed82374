#pragma once

#include "core/strategies/ScanContext.h"

#include <string>
#include <string_view>

namespace polaris {

class ConfidenceProvider;
class OrderBook;
struct Market;
struct Token;

/// Strategy G (strategies.md): markets resolving (end date) within tailMaxHoursMs whose leading
/// outcome — the token with the highest mid, or best bid when one side is empty — has
/// confidence >= tailMinConfidence from the ConfidenceProvider, bought while
/// (1 - ask) / ask, net of the taker fee, stays >= tailMinProfitPct. Sized over every ask level
/// that on its own meets the threshold, capped by maxShares and at least minShares.
/// Near-misses are reported only for markets that look like tail-end candidates (leader priced
/// at or above tailMinConfidence, or the provider rating it that high) and, for
/// TooFarFromResolution, resolve within twice tailMaxHoursMs, so the universe does not flood the
/// refusal list. Capital stays locked until end date + resolution lag.
/// Const and stateless apart from the provider it reads; runs on the market-data thread.
class TailEndScanner : public StrategyChecker
{
public:
    /// `confidence` must outlive the scanner.
    explicit TailEndScanner(const ConfidenceProvider& confidence)
        : m_confidence(confidence)
    {}

    void checkEvent(const Event& event, const ScanContext& context, ScanResult& out) const override;

    /// "G:<tokenId>" of the leading token.
    static std::string opportunityId(std::string_view tokenId);
    /// The leading token of a market from its books (highest mid, else highest best bid);
    /// nullptr when no token has a book with a bid.
    static const Token* leader(const Market& market, const BookSource& books);
    /// The same with the context's resolved books.
    static const Token* leader(const Market& market, const ScanContext& context);

private:
    void checkMarket(const Event& event,
                     const Market& market,
                     const ScanContext& context,
                     ScanResult& out) const;

    const ConfidenceProvider& m_confidence;
};

} // namespace polaris
