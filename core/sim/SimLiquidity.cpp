#include "core/sim/SimLiquidity.h"

#include <QLoggingCategory>

#include <algorithm>

namespace polaris::sim {

namespace {

Q_LOGGING_CATEGORY(lcLiquidity, "polaris.sim.liquidity")

BookSide opposite(BookSide side)
{
    return side == BookSide::Bid ? BookSide::Ask : BookSide::Bid;
}

} // namespace

Decimal SimLiquidity::sizeAt(int token, BookSide side, Decimal price) const
{
    const OrderBook& book = m_universe.tokens[static_cast<std::size_t>(token)].book;
    for (const BookLevel& level : side == BookSide::Bid ? book.bids() : book.asks()) {
        if (level.price == price) {
            return level.size;
        }
    }
    return Decimal();
}

void SimLiquidity::take(int token, BookSide side, Decimal price, Decimal shares, std::int64_t nowMs)
{
    const Decimal before = sizeAt(token, side, price);
    if (!before.isPositive() || !shares.isPositive()) {
        return;
    }
    const Decimal after = max(Decimal(), before - shares);
    setLevel(token, side, price, after, nowMs);
    const SimToken& t = m_universe.tokens[static_cast<std::size_t>(token)];
    if (t.market < 0) {
        return;
    }
    const SimMarket& market = m_universe.markets[static_cast<std::size_t>(t.market)];
    const int other = market.tokens[t.outcome == 0 ? 1 : 0];
    if (other < 0 || !m_universe.tokens[static_cast<std::size_t>(other)].hasBook) {
        return;
    }
    const Decimal mirrorPrice = Decimal::fromInt(1) - price;
    if (sizeAt(other, opposite(side), mirrorPrice) == before) {
        setLevel(other, opposite(side), mirrorPrice, after, nowMs);
    }
}

void SimLiquidity::setLevel(
        int token, BookSide side, Decimal price, Decimal size, std::int64_t nowMs)
{
    SimToken& t = m_universe.tokens[static_cast<std::size_t>(token)];
    const Status status = t.book.applyChange(LevelChange{side, price, size}, nowMs, nowMs);
    if (!status.ok()) {
        qCWarning(lcLiquidity) << "level change broke book" << t.id.c_str()
                               << status.error().detail.c_str();
        return;
    }
    auto set = std::find_if(m_pending.begin(), m_pending.end(),
                            [&](const MarketChangeSet& s) { return s.market == t.market; });
    if (set == m_pending.end()) {
        m_pending.push_back(MarketChangeSet{t.market, {}});
        set = std::prev(m_pending.end());
    }
    set->changes.push_back(AssetChange{token, side, price, size});
    if (std::find(m_touched.begin(), m_touched.end(), token) == m_touched.end()) {
        m_touched.push_back(token);
    }
}

void SimLiquidity::print(int token, Decimal price, Decimal size, bool buy)
{
    SimToken& t = m_universe.tokens[static_cast<std::size_t>(token)];
    t.lastTradePrice = price;
    t.json.clear();
    m_prints.push_back(TradePrint{token, price, size, buy});
}

void SimLiquidity::flush(std::int64_t nowMs,
                         const MarketWalker::ChangeSink& changes,
                         const MarketWalker::TradeSink& trades)
{
    for (const int token : m_touched) {
        m_universe.touchBook(token, nowMs);
    }
    // Swap out first: a sink may cause more liquidity changes.
    std::vector<MarketChangeSet> pending;
    std::vector<TradePrint> prints;
    pending.swap(m_pending);
    prints.swap(m_prints);
    m_touched.clear();
    for (const MarketChangeSet& set : pending) {
        if (changes) {
            changes(set);
        }
    }
    for (const TradePrint& trade : prints) {
        if (trades) {
            trades(trade);
        }
    }
}

} // namespace polaris::sim
