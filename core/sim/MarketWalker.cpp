#include "core/sim/MarketWalker.h"

#include <QLoggingCategory>

#include <algorithm>
#include <tuple>

namespace polaris::sim {

namespace {

Q_LOGGING_CATEGORY(lcWalker, "polaris.sim.walker")

const Decimal kOne = Decimal::fromInt(1);

BookSide opposite(BookSide side)
{
    return side == BookSide::Bid ? BookSide::Ask : BookSide::Bid;
}

Decimal sizeAt(const OrderBook& book, BookSide side, Decimal price)
{
    for (const BookLevel& level : side == BookSide::Bid ? book.bids() : book.asks()) {
        if (level.price == price) {
            return level.size;
        }
    }
    return Decimal();
}

/// YES and NO books are exact mirror images (same levels, price p <-> 1-p, sides swapped).
bool mirrored(const OrderBook& yes, const OrderBook& no)
{
    const auto same = [](std::span<const BookLevel> a, std::span<const BookLevel> b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                          [](const BookLevel& x, const BookLevel& y) {
                              return x.size == y.size && x.price == kOne - y.price;
                          });
    };
    return same(yes.bids(), no.asks()) && same(yes.asks(), no.bids());
}

} // namespace

MarketWalker::MarketWalker(SimUniverse& universe, std::uint64_t seed)
    : m_universe(universe)
    , m_rng(static_cast<quint64>(seed ^ 0x5157'4a4c'4b45'5253ULL))
{
    m_paired.assign(universe.markets.size(), 0);
    std::vector<char> paired(universe.tokens.size(), 0);
    for (std::size_t m = 0; m < universe.markets.size(); ++m) {
        const SimMarket& market = universe.markets[m];
        if (market.tokens[0] < 0 || market.tokens[1] < 0) {
            continue;
        }
        const SimToken& yes = universe.tokens[static_cast<std::size_t>(market.tokens[0])];
        const SimToken& no = universe.tokens[static_cast<std::size_t>(market.tokens[1])];
        if (yes.hasBook && no.hasBook && yes.book.state() == BookState::Live
            && no.book.state() == BookState::Live && mirrored(yes.book, no.book)) {
            m_paired[m] = 1;
            m_walkable.push_back({market.tokens[0], market.tokens[1]});
            paired[static_cast<std::size_t>(market.tokens[0])] = 1;
            paired[static_cast<std::size_t>(market.tokens[1])] = 1;
            if (market.negRisk) {
                if (m_negRiskEvents.empty() || m_negRiskEvents.back() != market.event) {
                    m_negRiskEvents.push_back(market.event);
                }
            } else {
                m_binaryMarkets.push_back(static_cast<int>(m));
            }
        }
    }
    // Books that are not half of a mirrored pair (e.g. recorded snapshots) walk on their own.
    for (std::size_t t = 0; t < universe.tokens.size(); ++t) {
        const SimToken& token = universe.tokens[t];
        if (!paired[t] && token.hasBook && token.book.state() == BookState::Live) {
            m_walkable.push_back({static_cast<int>(t), -1});
        }
    }
}

void MarketWalker::setMispricingTicks(int minTicks, int maxTicks)
{
    m_minTicks = std::max(1, minTicks);
    m_maxTicks = std::max(m_minTicks, maxTicks);
}

Decimal MarketWalker::randomSize()
{
    const std::int64_t cents =
            m_rng.bounded(4) == 0 ? 50'000 + m_rng.bounded(1'950'000) : 500 + m_rng.bounded(79'500);
    return Decimal::fromMicros(cents * 10'000);
}

Decimal MarketWalker::randomGridPrice(Decimal lo, Decimal hi, Decimal tick)
{
    const Decimal first = lo.roundToMultiple(tick, Rounding::Up);
    const Decimal last = hi.roundToMultiple(tick, Rounding::Down);
    const std::int64_t steps = (last - first).micros() / tick.micros();
    return first + tick * static_cast<std::int64_t>(m_rng.bounded(static_cast<quint64>(steps + 1)));
}

bool MarketWalker::frozen(int token) const
{
    const int market = m_universe.tokens[static_cast<std::size_t>(token)].market;
    return market >= 0 && m_universe.markets[static_cast<std::size_t>(market)].frozen;
}

void MarketWalker::addChange(MarketChangeSet& set,
                             int token,
                             int mirror,
                             BookSide side,
                             Decimal price,
                             Decimal size) const
{
    set.changes.push_back({token, side, price, size});
    if (mirror >= 0) {
        set.changes.push_back({mirror, opposite(side), kOne - price, size});
    }
}

void MarketWalker::walkBook(const Walkable& w, std::int64_t nowMs, const ChangeSink& sink)
{
    const SimToken& token = m_universe.tokens[static_cast<std::size_t>(w.token)];
    const OrderBook& book = token.book;
    const Decimal tick = book.tickSize();
    const BookSide side = m_rng.bounded(2) ? BookSide::Ask : BookSide::Bid;
    const auto levels = side == BookSide::Bid ? book.bids() : book.asks();
    const int count = static_cast<int>(levels.size());
    const int roll = static_cast<int>(m_rng.bounded(100));
    MarketChangeSet set{token.market, {}};

    const auto resize = [&] {
        if (count > 0) {
            const BookLevel& level = levels[m_rng.bounded(static_cast<quint32>(count))];
            addChange(set, w.token, w.mirror, side, level.price, randomSize());
        }
    };
    if (roll < 45) {
        resize();
    } else if (roll < 75 && count < 20) {
        Decimal lo, hi;
        if (side == BookSide::Bid) {
            hi = book.bestAsk() ? book.bestAsk()->price - tick : kOne - tick;
            lo = max(tick, hi - tick * 12);
        } else {
            lo = book.bestBid() ? book.bestBid()->price + tick : tick;
            hi = min(kOne - tick, lo + tick * 12);
        }
        if (lo <= hi
            && lo.roundToMultiple(tick, Rounding::Up) <= hi.roundToMultiple(tick, Rounding::Down)) {
            addChange(set, w.token, w.mirror, side, randomGridPrice(lo, hi, tick), randomSize());
        } else {
            resize();
        }
    } else if (count > 5) {
        // Removing the best level now and then is what makes prices drift.
        const int index = m_rng.bounded(3) == 0
                                  ? 0
                                  : static_cast<int>(m_rng.bounded(static_cast<quint32>(count)));
        addChange(set, w.token, w.mirror, side, levels[static_cast<std::size_t>(index)].price,
                  Decimal());
    } else {
        resize();
    }
    if (!set.changes.empty()) {
        apply(set, nowMs, nullptr);
        sink(set);
    }
}

void MarketWalker::apply(MarketChangeSet& set, std::int64_t nowMs, MarketChangeSet* undo)
{
    std::vector<int> touched;
    for (const AssetChange& change : set.changes) {
        SimToken& token = m_universe.tokens[static_cast<std::size_t>(change.token)];
        if (undo) {
            undo->changes.push_back({change.token, change.side, change.price,
                                     sizeAt(token.book, change.side, change.price)});
        }
        const Status status = token.book.applyChange(
                LevelChange{change.side, change.price, change.size}, nowMs, nowMs);
        if (!status.ok()) {
            qCWarning(lcWalker) << "walk broke book" << token.id.c_str()
                                << status.error().detail.c_str();
        }
        if (std::find(touched.begin(), touched.end(), change.token) == touched.end()) {
            touched.push_back(change.token);
        }
    }
    if (undo) {
        undo->market = set.market;
        std::reverse(undo->changes.begin(), undo->changes.end());
    }
    for (const int t : touched) {
        m_universe.touchBook(t, nowMs);
    }
}

void MarketWalker::step(std::int64_t nowMs, const ChangeSink& sink, const TradeSink& trades)
{
    // Expire mispricings first so their books rejoin the walk in a consistent state.
    for (auto it = m_active.begin(); it != m_active.end();) {
        if (--it->ticksLeft > 0) {
            ++it;
            continue;
        }
        for (MarketChangeSet& set : it->restore) {
            apply(set, nowMs, nullptr);
            sink(set);
        }
        for (const int m : it->markets) {
            m_universe.markets[static_cast<std::size_t>(m)].frozen = false;
        }
        it = m_active.erase(it);
    }
    if (m_walkable.empty()) {
        return;
    }
    for (int i = 0; i < m_changesPerTick; ++i) {
        const Walkable& w = m_walkable[m_rng.bounded(static_cast<quint32>(m_walkable.size()))];
        if (!frozen(w.token)) {
            walkBook(w, nowMs, sink);
        }
    }
    if (m_rng.generateDouble() < m_tradeRate) {
        const Walkable& w = m_walkable[m_rng.bounded(static_cast<quint32>(m_walkable.size()))];
        SimToken& token = m_universe.tokens[static_cast<std::size_t>(w.token)];
        const bool buy = m_rng.bounded(2) == 0;
        const auto level = buy ? token.book.bestAsk() : token.book.bestBid();
        if (level && !frozen(w.token)) {
            const Decimal size =
                    min(level->size, Decimal::fromMicros((1 + m_rng.bounded(20'000)) * 10'000));
            token.lastTradePrice = level->price;
            token.json.clear();
            trades(TradePrint{w.token, level->price, size, buy});
        }
    }
    if (m_mispricingRate > 0 && m_rng.generateDouble() < m_mispricingRate) {
        injectMispricing(MispricingKind::Any, nowMs, sink);
    }
}

} // namespace polaris::sim

namespace polaris::sim {

int MarketWalker::injectMispricing(MispricingKind kind, std::int64_t nowMs, const ChangeSink& sink)
{
    if (kind == MispricingKind::Any) {
        const bool negRisk =
                m_binaryMarkets.empty() || (!m_negRiskEvents.empty() && m_rng.bounded(2) == 0);
        kind = negRisk ? MispricingKind::NegRisk : MispricingKind::Binary;
    }
    const std::vector<int>& pool =
            kind == MispricingKind::NegRisk ? m_negRiskEvents : m_binaryMarkets;
    if (pool.empty()) {
        return -1;
    }
    // Scan from a random start so repeated injections spread over the universe.
    const std::size_t start = m_rng.bounded(static_cast<quint32>(pool.size()));
    const std::size_t tries = std::min<std::size_t>(pool.size(), 200);
    for (std::size_t i = 0; i < tries; ++i) {
        const int candidate = pool[(start + i) % pool.size()];
        if (kind == MispricingKind::NegRisk ? injectNegRisk(candidate, nowMs, sink)
                                            : injectBinary(candidate, nowMs, sink)) {
            return kind == MispricingKind::NegRisk
                           ? candidate
                           : m_universe.markets[static_cast<std::size_t>(candidate)].event;
        }
    }
    return -1;
}

void MarketWalker::clearMispricings(std::int64_t nowMs, const ChangeSink& sink)
{
    for (Mispricing& active : m_active) {
        for (MarketChangeSet& set : active.restore) {
            apply(set, nowMs, nullptr);
            sink(set);
        }
        for (const int m : active.markets) {
            m_universe.markets[static_cast<std::size_t>(m)].frozen = false;
        }
    }
    m_active.clear();
}

bool MarketWalker::injectNegRisk(int event, std::int64_t nowMs, const ChangeSink& sink)
{
    // Lower every leg's YES best ask so that buying one YES of each costs less than the $1 the
    // set pays out: target sum 1 - margin, each ask scaled down and floored to its tick, bids at
    // or above the new ask removed so the book stays uncrossed.
    std::vector<int> legs;
    Decimal askSum;
    for (const int m : m_universe.events[static_cast<std::size_t>(event)].markets) {
        const SimMarket& market = m_universe.markets[static_cast<std::size_t>(m)];
        if (!market.enableOrderBook) {
            continue; // placeholders have no book and are not part of the arbitrage set
        }
        if (market.frozen || !m_paired[static_cast<std::size_t>(m)]) {
            return false;
        }
        const auto ask =
                m_universe.tokens[static_cast<std::size_t>(market.tokens[0])].book.bestAsk();
        if (!ask) {
            return false;
        }
        askSum += ask->price;
        legs.push_back(m);
    }
    if (legs.size() < 2) {
        return false;
    }
    const Decimal target =
            kOne
            - Decimal::fromMicros(20'000 + 10'000 * static_cast<std::int64_t>(m_rng.bounded(4)));
    std::vector<Decimal> newAsks;
    Decimal newSum;
    for (const int m : legs) {
        const SimMarket& market = m_universe.markets[static_cast<std::size_t>(m)];
        const Decimal ask =
                m_universe.tokens[static_cast<std::size_t>(market.tokens[0])].book.bestAsk()->price;
        const Decimal scaled =
                Decimal::div(Decimal::mul(ask, target, Rounding::Down), askSum, Rounding::Down);
        newAsks.push_back(
                max(market.tickSize, scaled.roundToMultiple(market.tickSize, Rounding::Down)));
        newSum += newAsks.back();
    }
    if (newSum >= kOne) {
        return false;
    }
    Mispricing active;
    active.ticksLeft =
            m_minTicks
            + static_cast<int>(m_rng.bounded(static_cast<quint32>(m_maxTicks - m_minTicks + 1)));
    for (std::size_t i = 0; i < legs.size(); ++i) {
        SimMarket& market = m_universe.markets[static_cast<std::size_t>(legs[i])];
        const int yes = market.tokens[0];
        const int no = market.tokens[1];
        MarketChangeSet set{legs[i], {}};
        for (const BookLevel& bid : m_universe.tokens[static_cast<std::size_t>(yes)].book.bids()) {
            if (bid.price >= newAsks[i]) {
                addChange(set, yes, no, BookSide::Bid, bid.price, Decimal());
            }
        }
        const auto yesAsks = m_universe.tokens[static_cast<std::size_t>(yes)].book.asks();
        if (yesAsks.size() >= 20) {
            addChange(set, yes, no, BookSide::Ask, yesAsks.back().price,
                      Decimal()); // stay within 20 levels
        }
        const Decimal depth = Decimal::fromMicros((10'000 + m_rng.bounded(50'000)) * 10'000);
        addChange(set, yes, no, BookSide::Ask, newAsks[i], depth);
        MarketChangeSet undo;
        apply(set, nowMs, &undo);
        sink(set);
        market.frozen = true;
        active.markets.push_back(legs[i]);
        active.restore.push_back(std::move(undo));
    }
    m_active.push_back(std::move(active));
    return true;
}

bool MarketWalker::injectBinary(int marketIndex, std::int64_t nowMs, const ChangeSink& sink)
{
    // YES ask a and NO ask q with a + q < 1. On the real venue cross-token matching keeps YES
    // and NO consistent, so this is deliberately a state where the two books disagree: each
    // stays uncrossed on its own, but they are no longer mirror images until it is undone.
    SimMarket& market = m_universe.markets[static_cast<std::size_t>(marketIndex)];
    if (market.frozen || !m_paired[static_cast<std::size_t>(marketIndex)]) {
        return false;
    }
    const int yes = market.tokens[0];
    const int no = market.tokens[1];
    const OrderBook& yesBook = m_universe.tokens[static_cast<std::size_t>(yes)].book;
    const OrderBook& noBook = m_universe.tokens[static_cast<std::size_t>(no)].book;
    if (!yesBook.bestAsk() || !yesBook.bestBid()) {
        return false;
    }
    const Decimal tick = market.tickSize;
    const Decimal edge = tick * (1 + static_cast<std::int64_t>(m_rng.bounded(3)));
    const Decimal mid = Decimal::div(yesBook.bestAsk()->price + yesBook.bestBid()->price,
                                     Decimal::fromInt(2), Rounding::Down);
    const Decimal a = max(tick, mid.roundToMultiple(tick, Rounding::Down));
    const Decimal q = kOne - edge - a;
    if (q < tick) {
        return false;
    }
    MarketChangeSet set{marketIndex, {}};
    for (const auto& [token, book, price] :
         {std::tuple{yes, &yesBook, a}, std::tuple{no, &noBook, q}}) {
        for (const BookLevel& bid : book->bids()) {
            if (bid.price >= price) {
                addChange(set, token, -1, BookSide::Bid, bid.price, Decimal());
            }
        }
        if (book->asks().size() >= 20) {
            addChange(set, token, -1, BookSide::Ask, book->asks().back().price, Decimal());
        }
        addChange(set, token, -1, BookSide::Ask, price,
                  Decimal::fromMicros((10'000 + m_rng.bounded(50'000)) * 10'000));
    }
    Mispricing active;
    active.ticksLeft =
            m_minTicks
            + static_cast<int>(m_rng.bounded(static_cast<quint32>(m_maxTicks - m_minTicks + 1)));
    MarketChangeSet undo;
    apply(set, nowMs, &undo);
    sink(set);
    market.frozen = true;
    active.markets.push_back(marketIndex);
    active.restore.push_back(std::move(undo));
    m_active.push_back(std::move(active));
    return true;
}

} // namespace polaris::sim
