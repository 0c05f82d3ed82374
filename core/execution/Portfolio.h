#pragma once

#include "core/execution/ExecutionMode.h"
#include "core/execution/OrderTypes.h"
#include "core/execution/RiskSnapshot.h"
#include "core/storage/StorageRecords.h"
#include "core/strategies/Opportunity.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace polaris {

/// What a fill was for: the market and event of its token and the strategy that bought it.
struct PositionTag
{
    std::string conditionId;
    std::string eventId;
    Strategy strategy = Strategy::NegRiskLong;
};

/// Shares of one token held for one strategy.
struct Position
{
    std::string tokenId;
    std::string conditionId;
    std::string eventId;
    Strategy strategy = Strategy::NegRiskLong;
    ExecutionMode mode = ExecutionMode::Paper;
    Decimal shares;
    Decimal costBasis; ///< what the shares still held cost, taker fees included
};

/// Complete baskets whose payout is guaranteed whatever the outcome (A, A', B, C after hedging).
struct HedgedBasket
{
    std::string executionId;
    Strategy strategy = Strategy::NegRiskLong;
    std::string eventId;
    std::vector<std::string> tokenIds; ///< one per leg
    Decimal shares;                    ///< complete baskets held
    Decimal payoutPerShare;            ///< 1 (A, B) or k − 1 (A', C)
    Decimal cost;                      ///< cost basis of those shares, fees included
};

/// The account of one phase (Paper or Live): cash, positions per token and strategy, hedged
/// baskets, realised PnL. Accounting rules (docs/execution.md, "Portfolio"):
/// - realised PnL is cash that came back: a sell (proceeds − fee − the shares' average cost) or a
///   settlement (1 per winning share − cost basis). A hedged basket's profit is *locked in*, not
///   realised: it is reported as lockedPnl() until its markets settle (or it is merged/converted);
/// - unrealised PnL marks hedged baskets at their guaranteed payout and every other share at its
///   token's best bid (0 without bids), less the cost basis of everything held;
/// - exposure is the cost basis of open positions, per event and in total.
/// Plain C++, not thread-safe: owned by the execution thread.
class Portfolio
{
public:
    /// Best bid of a token now; nullopt when its book has no bid.
    using BidLookup = std::function<std::optional<Decimal>(std::string_view tokenId)>;

    Portfolio(ExecutionMode mode, Decimal startingCash);

    ExecutionMode mode() const { return m_mode; }
    Decimal cash() const { return m_cash; }

    /// Applies one fill of ours. A buy adds shares and their cost (notional rounded up + fee); a
    /// sell removes shares at their average cost (the last share takes what is left) and realises
    /// proceeds − fee − that cost. Returns the PnL this fill realised (0 for buys).
    Decimal applyFill(const FillReport& fill, const PositionTag& tag);
    /// Records complete baskets (after their fills were applied).
    void addHedgedBasket(HedgedBasket basket);
    /// The market resolved: each share of `winningTokenId` pays 1, every other token of
    /// `conditionId` pays 0. Positions on it close; baskets touching it stop being marked at their
    /// guarantee (their profit is being realised market by market). Returns the PnL realised.
    Decimal settle(std::string_view conditionId, std::string_view winningTokenId);

    CapitalState capitalState() const;
    /// nullopt = every strategy.
    Decimal realizedPnl(std::optional<Strategy> strategy = std::nullopt) const;
    Decimal unrealizedPnl(const BidLookup& bestBid,
                          std::optional<Strategy> strategy = std::nullopt) const;
    /// Σ over hedged baskets of payout − cost: profit already certain, not yet realised.
    Decimal lockedPnl(std::optional<Strategy> strategy = std::nullopt) const;
    Decimal openExposure(std::optional<Strategy> strategy = std::nullopt) const;
    /// One point for the phase's total ("ALL") and one per strategy that has traded.
    std::vector<PnlPointRecord> pnlPoints(std::int64_t nowMs, const BidLookup& bestBid) const;

    const std::vector<Position>& positions() const { return m_positions; }
    const std::vector<HedgedBasket>& baskets() const { return m_baskets; }
    const Position* find(std::string_view tokenId, Strategy strategy) const;

private:
    struct Realized
    {
        Strategy strategy;
        Decimal pnl;
    };

    Position& positionFor(std::string_view tokenId, const PositionTag& tag);
    void realize(Strategy strategy, Decimal pnl);
    std::vector<Strategy> strategiesSeen() const;

    ExecutionMode m_mode;
    Decimal m_cash;
    std::vector<Position> m_positions;
    std::vector<HedgedBasket> m_baskets;
    std::vector<Realized> m_realized; ///< per strategy, in order of first realisation
};

} // namespace polaris
