#pragma once

#include "core/sim/SimUniverse.h"

#include <QTest>

#include <string>

/// Checks shared by the simulator tests: every book of a universe is sane.
namespace polaris::sim::test {

/// Empty when the book is uncrossed, on its tick grid, within (0,1), sizes positive with at
/// most two decimals and at most 20 levels a side; otherwise what is wrong.
inline std::string checkBook(const OrderBook& book)
{
    const Decimal tick = book.tickSize();
    const Decimal cent = Decimal::fromMicros(10'000);
    for (const auto& levels : {book.bids(), book.asks()}) {
        if (levels.size() > 20) {
            return "more than 20 levels";
        }
        for (const BookLevel& level : levels) {
            if (!level.price.isMultipleOf(tick) || !level.price.isPositive()
                || level.price >= Decimal::fromInt(1)) {
                return "price " + level.price.toString() + " off grid " + tick.toString();
            }
            if (!level.size.isPositive() || !level.size.isMultipleOf(cent)) {
                return "size " + level.size.toString();
            }
        }
    }
    if (book.bestBid() && book.bestAsk() && book.bestBid()->price >= book.bestAsk()->price) {
        return "crossed " + book.bestBid()->price.toString()
               + " >= " + book.bestAsk()->price.toString();
    }
    if (book.state() != BookState::Live) {
        return std::string("state ") + bookStateName(book.state());
    }
    return {};
}

/// Sum of the YES best asks of every leg with a book in a negRisk event.
inline Decimal yesAskSum(const SimUniverse& u, int event)
{
    Decimal sum;
    for (const int m : u.events[static_cast<std::size_t>(event)].markets) {
        const SimMarket& market = u.markets[static_cast<std::size_t>(m)];
        if (market.enableOrderBook) {
            sum += u.tokens[static_cast<std::size_t>(market.tokens[0])].book.bestAsk()->price;
        }
    }
    return sum;
}

} // namespace polaris::sim::test
