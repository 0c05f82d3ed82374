#pragma once

#include "core/book/OrderBook.h"
#include "core/market/Event.h"
#include "core/strategies/ScanContext.h"

#include <initializer_list>
#include <map>
#include <string>
#include <utility>
#include <vector>

/// Hand-built events, markets and books for the F/G scanner tests.
namespace horizon_test {

using namespace polaris;

constexpr std::int64_t kNowMs = 1'750'000'000'000; // 2025-06-15T15:06:40Z
constexpr std::int64_t kHourMs = 3'600'000;
constexpr std::int64_t kDayMs = 24 * kHourMs;

inline Decimal d(const char* text)
{
    return *Decimal::parse(text);
}

inline std::vector<BookLevel>
levels(std::initializer_list<std::pair<const char*, const char*>> list)
{
    std::vector<BookLevel> out;
    for (const auto& [price, size] : list) {
        out.push_back(BookLevel{d(price), d(size)});
    }
    return out;
}

/// Plain books by token id, as the BookStore would hand them out.
class MapBooks : public BookSource
{
public:
    const OrderBook* find(std::string_view tokenId) const override
    {
        const auto it = m_books.find(tokenId);
        return it == m_books.end() ? nullptr : &it->second;
    }
    /// A live book confirmed at `receivedAtMs` (default: now).
    OrderBook& add(const std::string& tokenId,
                   std::vector<BookLevel> bids,
                   std::vector<BookLevel> asks,
                   std::int64_t receivedAtMs = kNowMs)
    {
        OrderBook& book = m_books.insert_or_assign(tokenId, OrderBook(tokenId)).first->second;
        (void)book.applySnapshot(bids, asks, receivedAtMs, receivedAtMs);
        book.setHash("hash-" + tokenId);
        return book;
    }

private:
    std::map<std::string, OrderBook, std::less<>> m_books;
};

/// A tradable binary market with tokens "<id>-yes" / "<id>-no", $5000 liquidity.
inline Market binaryMarket(const std::string& id, std::int64_t endDateMs)
{
    Market market;
    market.id = id;
    market.conditionId = "0xcond-" + id;
    market.eventId = "ev1";
    market.question = "Will " + id + " happen?";
    market.tokens = {Token{id + "-yes", "Yes", std::nullopt, false},
                     Token{id + "-no", "No", std::nullopt, false}};
    market.active = true;
    market.acceptingOrders = true;
    market.enableOrderBook = true;
    market.endDateMs = endDateMs;
    market.liquidity = Decimal::fromInt(5000);
    return market;
}

inline Event eventOf(std::vector<Market> markets)
{
    Event event;
    event.id = "ev1";
    event.title = "Test event";
    event.active = true;
    event.markets = std::move(markets);
    return event;
}

inline ScanResult scan(const StrategyChecker& checker,
                       const Event& event,
                       const BookSource& books,
                       const ArbConfig& config = ArbConfig{})
{
    ScanContext context{config, books, kNowMs};
    ScanResult result;
    checker.checkEvent(event, context, result);
    return result;
}

} // namespace horizon_test
