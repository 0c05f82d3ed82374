#pragma once

#include "core/book/BookLevel.h"
#include "core/sim/SimUniverse.h"

#include <QRandomGenerator>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace polaris::sim {

/// A level change on one token, as the market channel reports it (size = new total, 0 removes).
struct AssetChange
{
    int token = -1;
    BookSide side = BookSide::Bid;
    Decimal price;
    Decimal size;
};

/// The changes of one market in one message (both tokens of a binary may appear).
struct MarketChangeSet
{
    int market = -1;
    std::vector<AssetChange> changes;
};

/// A simulated trade print (last_trade_price).
struct TradePrint
{
    int token = -1;
    Decimal price;
    Decimal size;
    bool buy = true;
};

/// Moves the books of a SimUniverse: a seeded random walk of level changes that keeps every
/// book uncrossed, on its tick grid and within 5..20 levels a side (where the grid allows), plus
/// injected mispricings that create real arbitrage for a while and are then undone exactly.
/// YES/NO books of a market move as mirror images (a YES bid at p is a NO ask at 1-p).
/// Lives on SimServer's thread; deterministic for a seed (given the same calls).
class MarketWalker
{
public:
    enum class MispricingKind { Any, NegRisk, Binary };
    using ChangeSink = std::function<void(const MarketChangeSet&)>;
    using TradeSink = std::function<void(const TradePrint&)>;

    MarketWalker(SimUniverse& universe, std::uint64_t seed);

    void setChangesPerTick(int count) { m_changesPerTick = count; }
    void setMispricingRate(double probabilityPerTick) { m_mispricingRate = probabilityPerTick; }
    void setMispricingTicks(int minTicks, int maxTicks);
    void setTradeRate(double probabilityPerTick) { m_tradeRate = probabilityPerTick; }

    /// One tick: random-walk changes, maybe a trade print, mispricing start/expiry. Every change
    /// set is applied to the books before it is handed to `sink`, so the sink sees post-update
    /// hashes and best prices.
    void step(std::int64_t nowMs, const ChangeSink& sink, const TradeSink& trades);
    /// Starts a mispricing now. Returns the event index it was placed in, or -1 if no eligible
    /// event/market is free.
    int injectMispricing(MispricingKind kind, std::int64_t nowMs, const ChangeSink& sink);
    /// Undoes every active mispricing now.
    void clearMispricings(std::int64_t nowMs, const ChangeSink& sink);
    int activeMispricings() const { return static_cast<int>(m_active.size()); }
    /// Markets whose YES and NO books are mirror images (the only ones the walk moves).
    int walkableMarkets() const { return static_cast<int>(m_walkable.size()); }

private:
    struct Mispricing
    {
        std::vector<int> markets;
        std::vector<MarketChangeSet> restore;
        int ticksLeft = 0;
    };

    /// A book the walk moves, with the token whose book mirrors it (-1 = none).
    struct Walkable
    {
        int token = -1;
        int mirror = -1;
    };

    void walkBook(const Walkable& walkable, std::int64_t nowMs, const ChangeSink& sink);
    bool injectNegRisk(int event, std::int64_t nowMs, const ChangeSink& sink);
    bool injectBinary(int market, std::int64_t nowMs, const ChangeSink& sink);
    /// Applies a change set to the books; records the inverse (old sizes, reverse order) in `undo`.
    void apply(MarketChangeSet& set, std::int64_t nowMs, MarketChangeSet* undo);
    /// A change and, when the market's books are mirrored, the same change on the other token.
    void addChange(MarketChangeSet& set,
                   int token,
                   int mirror,
                   BookSide side,
                   Decimal price,
                   Decimal size) const;
    Decimal randomSize();
    Decimal randomGridPrice(Decimal lo, Decimal hi, Decimal tick);
    bool frozen(int token) const;

    SimUniverse& m_universe;
    QRandomGenerator m_rng;
    std::vector<Walkable> m_walkable;
    std::vector<char> m_paired; ///< per market: YES/NO books are mirror images
    std::vector<int> m_negRiskEvents;
    std::vector<int> m_binaryMarkets;
    std::vector<Mispricing> m_active;
    int m_changesPerTick = 10;
    double m_mispricingRate = 0.0;
    double m_tradeRate = 0.3;
    int m_minTicks = 10;
    int m_maxTicks = 30;
};

} // namespace polaris::sim
