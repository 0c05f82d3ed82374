#include "core/execution/Portfolio.h"

#include <algorithm>
#include <unordered_map>

namespace polaris {

namespace {

bool matches(std::optional<Strategy> filter, Strategy strategy)
{
    return !filter || *filter == strategy;
}

} // namespace

Portfolio::Portfolio(ExecutionMode mode, Decimal startingCash)
    : m_mode(mode)
    , m_cash(startingCash)
{}

Position& Portfolio::positionFor(std::string_view tokenId, const PositionTag& tag)
{
    for (Position& position : m_positions) {
        if (position.tokenId == tokenId && position.strategy == tag.strategy) {
            return position;
        }
    }
    Position position;
    position.tokenId = std::string(tokenId);
    position.conditionId = tag.conditionId;
    position.eventId = tag.eventId;
    position.strategy = tag.strategy;
    position.mode = m_mode;
    m_positions.push_back(std::move(position));
    return m_positions.back();
}

const Position* Portfolio::find(std::string_view tokenId, Strategy strategy) const
{
    for (const Position& position : m_positions) {
        if (position.tokenId == tokenId && position.strategy == strategy) {
            return &position;
        }
    }
    return nullptr;
}

void Portfolio::realize(Strategy strategy, Decimal pnl)
{
    for (Realized& entry : m_realized) {
        if (entry.strategy == strategy) {
            entry.pnl += pnl;
            return;
        }
    }
    m_realized.push_back({strategy, pnl});
}

Decimal Portfolio::applyFill(const FillReport& fill, const PositionTag& tag)
{
    if (!fill.shares.isPositive()) {
        return Decimal();
    }
    Position& position = positionFor(fill.tokenId, tag);
    if (fill.side == TradeSide::Buy) {
        // Same rounding as the books' askCost: what leaves the account, to the micro-unit.
        const Decimal paid = Decimal::mul(fill.price, fill.shares, Rounding::Up) + fill.fee;
        m_cash -= paid;
        position.shares += fill.shares;
        position.costBasis += paid;
        return Decimal();
    }
    const Decimal proceeds = Decimal::mul(fill.price, fill.shares, Rounding::Down) - fill.fee;
    m_cash += proceeds;
    const Decimal sold = min(fill.shares, position.shares);
    Decimal basis;
    if (sold == position.shares) {
        basis = position.costBasis; // the last share takes whatever rounding left
    } else if (position.shares.isPositive()) {
        basis = Decimal::div(Decimal::mul(position.costBasis, sold, Rounding::Nearest),
                             position.shares, Rounding::Nearest);
    }
    position.shares -= sold;
    position.costBasis -= basis;
    const Decimal pnl = proceeds - basis;
    realize(tag.strategy, pnl);
    if (position.shares.isZero()) {
        const Strategy strategy = position.strategy;
        const std::string tokenId = position.tokenId;
        std::erase_if(m_positions, [&](const Position& p) {
            return p.tokenId == tokenId && p.strategy == strategy;
        });
    }
    return pnl;
}

void Portfolio::addHedgedBasket(HedgedBasket basket)
{
    if (basket.shares.isPositive()) {
        m_baskets.push_back(std::move(basket));
    }
}

Decimal Portfolio::settle(std::string_view conditionId, std::string_view winningTokenId)
{
    Decimal total;
    std::vector<std::string> settledTokens;
    for (const Position& position : m_positions) {
        if (position.conditionId != conditionId) {
            continue;
        }
        const Decimal payout = position.tokenId == winningTokenId ? position.shares : Decimal();
        m_cash += payout;
        realize(position.strategy, payout - position.costBasis);
        total += payout - position.costBasis;
        settledTokens.push_back(position.tokenId);
    }
    std::erase_if(m_positions,
                  [&](const Position& position) { return position.conditionId == conditionId; });
    std::erase_if(m_baskets, [&](const HedgedBasket& basket) {
        return std::any_of(
                basket.tokenIds.begin(), basket.tokenIds.end(), [&](const std::string& token) {
                    return token == winningTokenId
                           || std::find(settledTokens.begin(), settledTokens.end(), token)
                                      != settledTokens.end();
                });
    });
    return total;
}

CapitalState Portfolio::capitalState() const
{
    CapitalState state;
    state.balance = m_cash;
    for (const Position& position : m_positions) {
        state.openExposure += position.costBasis;
        state.perEvent[position.eventId] += position.costBasis;
    }
    return state;
}

Decimal Portfolio::realizedPnl(std::optional<Strategy> strategy) const
{
    Decimal total;
    for (const Realized& entry : m_realized) {
        if (matches(strategy, entry.strategy)) {
            total += entry.pnl;
        }
    }
    return total;
}

Decimal Portfolio::unrealizedPnl(const BidLookup& bestBid, std::optional<Strategy> strategy) const
{
    // Shares of each (token, strategy) covered by a hedged basket are worth the basket's payout;
    // the rest are worth their best bid.
    std::unordered_map<std::string, Decimal> hedged;
    Decimal value;
    for (const HedgedBasket& basket : m_baskets) {
        if (!matches(strategy, basket.strategy)) {
            continue;
        }
        value += Decimal::mul(basket.shares, basket.payoutPerShare, Rounding::Down);
        for (const std::string& token : basket.tokenIds) {
            hedged[token + '\n' + strategyCode(basket.strategy)] += basket.shares;
        }
    }
    Decimal basis;
    for (const Position& position : m_positions) {
        if (!matches(strategy, position.strategy)) {
            continue;
        }
        basis += position.costBasis;
        const auto it = hedged.find(position.tokenId + '\n' + strategyCode(position.strategy));
        const Decimal covered = it == hedged.end() ? Decimal() : it->second;
        const Decimal loose = position.shares > covered ? position.shares - covered : Decimal();
        if (loose.isPositive() && bestBid) {
            if (const auto bid = bestBid(position.tokenId)) {
                value += Decimal::mul(loose, *bid, Rounding::Down);
            }
        }
    }
    return value - basis;
}

Decimal Portfolio::lockedPnl(std::optional<Strategy> strategy) const
{
    Decimal total;
    for (const HedgedBasket& basket : m_baskets) {
        if (matches(strategy, basket.strategy)) {
            total += Decimal::mul(basket.shares, basket.payoutPerShare, Rounding::Down)
                     - basket.cost;
        }
    }
    return total;
}

Decimal Portfolio::openExposure(std::optional<Strategy> strategy) const
{
    Decimal total;
    for (const Position& position : m_positions) {
        if (matches(strategy, position.strategy)) {
            total += position.costBasis;
        }
    }
    return total;
}

std::vector<Strategy> Portfolio::strategiesSeen() const
{
    std::vector<Strategy> out;
    const auto add = [&](Strategy strategy) {
        if (std::find(out.begin(), out.end(), strategy) == out.end()) {
            out.push_back(strategy);
        }
    };
    for (const Realized& entry : m_realized) {
        add(entry.strategy);
    }
    for (const Position& position : m_positions) {
        add(position.strategy);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<PnlPointRecord> Portfolio::pnlPoints(std::int64_t nowMs, const BidLookup& bestBid) const
{
    std::vector<PnlPointRecord> out;
    const auto point = [&](std::optional<Strategy> strategy) {
        PnlPointRecord record;
        record.takenAtMs = nowMs;
        record.mode = executionModeName(m_mode);
        record.strategy = strategy ? strategyCode(*strategy) : "ALL";
        record.realizedPnl = realizedPnl(strategy);
        record.unrealizedPnl = unrealizedPnl(bestBid, strategy);
        record.openExposure = openExposure(strategy);
        out.push_back(std::move(record));
    };
    point(std::nullopt);
    for (const Strategy strategy : strategiesSeen()) {
        point(strategy);
    }
    return out;
}

} // namespace polaris
