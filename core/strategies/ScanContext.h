#pragma once

#include "core/config/ArbConfig.h"
#include "core/market/Market.h"
#include "core/strategies/BasketIdMemo.h"
#include "core/strategies/Opportunity.h"

#include <bitset>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace polaris {

class OrderBook;
struct Event;

/// Where checkers find the book of a token. The market-data thread's BookStore implements it;
/// tests can hand in plain books. Returning nullptr means "no book" (a Layer 1 refusal).
class BookSource
{
public:
    virtual ~BookSource() = default;
    virtual const OrderBook* find(std::string_view tokenId) const = 0;

    /// Lets ArbScanner keep the pointers find() returned across scans: while layoutOwner() and
    /// layoutVersion() stay the same, find() must return the same pointer for the same id and
    /// that pointer must stay valid. nullptr (the default) makes no such promise: lookups are
    /// then repeated for every evaluation.
    virtual const void* layoutOwner() const { return nullptr; }
    virtual std::uint64_t layoutVersion() const { return 0; }
};

/// The books of one event's tokens, looked up once (ArbScanner resolves them per universe and
/// book layout), so that checkers never hash a token id on the scan path: the book of token j of
/// markets[i] is books[firstSlot[i] + j]. Views into the scanner's arrays, valid for one call.
struct EventBooks
{
    const Market* markets = nullptr; ///< the event's markets.data()
    std::size_t marketCount = 0;
    const std::uint32_t* firstSlot = nullptr;
    const OrderBook* const* books = nullptr;
};

/// Everything a checker needs for one scan besides the event itself. Read-only during a scan.
struct ScanContext
{
    const ArbConfig& config;
    const BookSource& books;
    std::int64_t nowMs = 0;
    std::bitset<8> enabled = std::bitset<8>().set(); ///< indexed by Strategy
    /// The event being evaluated's books when the caller resolved them; else every lookup goes
    /// through `books`.
    const EventBooks* eventBooks = nullptr;

    bool isEnabled(Strategy strategy) const
    {
        return enabled.test(static_cast<std::size_t>(strategy));
    }

    /// The book of `token` of `market` (nullptr: none). Without a hash when `market` belongs to
    /// eventBooks' event and `token` to `market`; any other pair falls back to books.find().
    const OrderBook* book(const Market& market, const Token* token) const
    {
        if (token == nullptr) {
            return nullptr;
        }
        if (eventBooks != nullptr) {
            const std::less<const void*> before;
            const Market* markets = eventBooks->markets;
            const Token* tokens = market.tokens.data();
            if (!before(&market, markets) && before(&market, markets + eventBooks->marketCount)
                && !before(token, tokens) && before(token, tokens + market.tokens.size())) {
                const auto slot = eventBooks->firstSlot[&market - markets] + (token - tokens);
                return eventBooks->books[slot];
            }
        }
        return books.find(token->tokenId);
    }
};

/// What checkers append to. Reused between scans (clear() keeps capacity).
struct ScanResult
{
    std::vector<Opportunity> opportunities;
    std::vector<Refusal> refusals;
    BasketIdMemo basketIds; ///< kept across clear(): the event's basket ids, for its next scan

    /// Forgets the results, not the ids (they depend on the universe only).
    void clear()
    {
        opportunities.clear();
        refusals.clear();
    }
};

/// One strategy family's detector. Checkers are stateless and const: the same checker can be
/// run on the full universe or on the events touched by one book change, with identical results.
/// Plain C++; runs on the market-data thread.
class StrategyChecker
{
public:
    virtual ~StrategyChecker() = default;
    /// Evaluates one event (all its markets) and appends opportunities and near-miss refusals
    /// for the strategies of this checker that `context` enables.
    virtual void
    checkEvent(const Event& event, const ScanContext& context, ScanResult& out) const = 0;
};

} // namespace polaris
