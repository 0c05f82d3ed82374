#pragma once

#include "core/sim/MarketWalker.h"
#include "core/sim/SimUniverse.h"

#include <cstdint>
#include <vector>

namespace polaris::sim {

/// Changes the simulated traders' liquidity (the SimUniverse books) when orders trade against it
/// or a competing taker takes it, and keeps the market channel consistent: every change is
/// applied at once and queued; flush() refreshes the book hashes and hands the queued change
/// sets (price_change) and trade prints (last_trade_price) to the publishers. In generated
/// universes a market's YES and NO books are two views of one book, so taking a level also takes
/// its mirror (price 1 - p, other side, other token) when the mirror still holds the same size.
/// Lives on SimServer's thread.
class SimLiquidity
{
public:
    explicit SimLiquidity(SimUniverse& universe)
        : m_universe(universe)
    {}

    /// Total size of the level at `price` (0 when absent).
    Decimal sizeAt(int token, BookSide side, Decimal price) const;
    /// Removes up to `shares` from one level (and its mirror).
    void take(int token, BookSide side, Decimal price, Decimal shares, std::int64_t nowMs);
    /// Queues a last_trade_price print and records the token's last trade price.
    void print(int token, Decimal price, Decimal size, bool buy);
    /// Publishes everything queued since the last flush.
    void flush(std::int64_t nowMs,
               const MarketWalker::ChangeSink& changes,
               const MarketWalker::TradeSink& trades);

private:
    void setLevel(int token, BookSide side, Decimal price, Decimal size, std::int64_t nowMs);

    SimUniverse& m_universe;
    std::vector<MarketChangeSet> m_pending;
    std::vector<TradePrint> m_prints;
    std::vector<int> m_touched;
};

} // namespace polaris::sim
