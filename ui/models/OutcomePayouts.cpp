#include "ui/models/OutcomePayouts.h"

#include <algorithm>
#include <optional>
#include <string_view>

namespace polaris::ui {

namespace {

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

/// Whether a leg of a neg-risk basket trades the market's YES token (else its NO token).
bool tradesYes(Strategy strategy)
{
    switch (strategy) {
    case Strategy::NegRiskLong:
        return true;
    case Strategy::NegRiskShort:
        return false;
    case Strategy::NoConversion:
    case Strategy::BinaryComplement:
    case Strategy::Bond:
    case Strategy::TailEnd:
        return false; // not neg-risk baskets; not asked
    }
    return false;
}

Decimal signedShares(const OpportunityLeg& leg)
{
    return leg.side == TradeSide::Buy ? leg.shares : -leg.shares;
}

/// Worlds where exactly one market of a neg-risk event wins (`winner` empty: none of the legs').
Decimal negRiskPayout(const Opportunity& o, const std::string& winner)
{
    Decimal payout;
    for (const OpportunityLeg& leg : o.legs) {
        const bool wins = leg.conditionId == winner;
        if (tradesYes(o.strategy) == wins) {
            payout += signedShares(leg);
        }
    }
    return payout;
}

/// Worlds where one token wins (B: YES or NO of one market; F/G: the token bought).
Decimal tokenPayout(const Opportunity& o, const std::string& winningToken)
{
    Decimal payout;
    for (const OpportunityLeg& leg : o.legs) {
        if (leg.tokenId == winningToken) {
            payout += signedShares(leg);
        }
    }
    return payout;
}

} // namespace

std::string marketLabel(const std::string& legOutcome)
{
    for (const std::string_view suffix : {std::string_view(" Yes"), std::string_view(" No")}) {
        if (endsWith(legOutcome, suffix) && legOutcome.size() > suffix.size()) {
            return legOutcome.substr(0, legOutcome.size() - suffix.size());
        }
    }
    return legOutcome;
}

std::vector<OutcomePayout> OutcomePayout::compute(const Opportunity& o)
{
    Decimal proceeds;
    for (const OpportunityLeg& leg : o.legs) {
        if (leg.side == TradeSide::Sell) {
            proceeds += leg.notional;
        }
    }
    const Decimal spent = o.cost + o.fees + o.gas;
    std::vector<OutcomePayout> worlds;
    const auto add = [&](World world, std::string outcome, Decimal held) {
        worlds.push_back({world, std::move(outcome), held + proceeds, held + proceeds - spent});
    };

    switch (o.strategy) {
    case Strategy::NoConversion: {
        // Converting k NOs yields (k−1)·out USDC (out = q less the conversion fee) whatever wins,
        // plus `out` YES of every outcome outside S; the basket sells some of those at once
        // (proceeds) and keeps the rest, which pay `out` only if their outcome wins.
        std::int64_t k = 0;
        std::optional<Decimal> out;
        for (const OpportunityLeg& leg : o.legs) {
            k += leg.side == TradeSide::Buy ? 1 : 0;
            if (leg.side == TradeSide::Sell) {
                out = leg.shares;
            }
        }
        const Decimal collateral = o.payout - proceeds; // (k−1)·out: the guaranteed part
        if (!out && k >= 2) {
            out = Decimal::div(collateral, Decimal::fromInt(k - 1), Rounding::Down);
        }
        for (const OpportunityLeg& leg : o.legs) {
            add(World::Wins, marketLabel(leg.outcome), collateral);
        }
        add(World::OtherWins, {}, collateral + out.value_or(Decimal()));
        break;
    }
    case Strategy::NegRiskLong:
    case Strategy::NegRiskShort: {
        std::vector<std::string> markets;
        for (const OpportunityLeg& leg : o.legs) {
            if (std::find(markets.begin(), markets.end(), leg.conditionId) != markets.end()) {
                continue;
            }
            markets.push_back(leg.conditionId);
            add(World::Wins, marketLabel(leg.outcome), negRiskPayout(o, leg.conditionId));
        }
        if (o.strategy == Strategy::NegRiskShort) {
            add(World::OtherWins, {}, negRiskPayout(o, {}));
        }
        break;
    }
    case Strategy::BinaryComplement:
    case Strategy::Bond:
    case Strategy::TailEnd: {
        std::vector<std::string> tokens;
        for (const OpportunityLeg& leg : o.legs) {
            if (std::find(tokens.begin(), tokens.end(), leg.tokenId) != tokens.end()) {
                continue;
            }
            tokens.push_back(leg.tokenId);
            add(World::Wins, leg.outcome, tokenPayout(o, leg.tokenId));
        }
        if (o.strategy != Strategy::BinaryComplement && tokens.size() == 1) {
            add(World::DoesNotWin, o.legs.front().outcome, Decimal());
        }
        break;
    }
    }
    return worlds;
}

} // namespace polaris::ui
