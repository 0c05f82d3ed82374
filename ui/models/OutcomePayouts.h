#pragma once

#include "core/money/Decimal.h"
#include "core/strategies/Opportunity.h"

#include <string>
#include <vector>

namespace polaris::ui {

/// What a basket pays in each way its event can resolve, worked out from the legs alone (so the
/// GUI never needs the live books): a bought token adds its shares in the worlds where it pays, a
/// sold one subtracts them and adds its proceeds up front. Plain C++; any thread.
struct OutcomePayout
{
    enum class World {
        Wins,       ///< `outcome` resolves YES (one market of a neg-risk event, or one token)
        OtherWins,  ///< an outcome none of the legs trade wins (A', C: every NO pays)
        DoesNotWin, ///< `outcome` does not happen (F, G: the single leg loses)
    };
    World world = World::Wins;
    std::string outcome; ///< the market or token label, from the leg
    Decimal payout;      ///< USDC received at resolution in this world, incl. sell proceeds
    Decimal net;         ///< payout − cost − fees − gas

    /// One row per world: A/A'/C one per market a leg trades (plus "other" for A' and C, whose
    /// NO baskets may cover a subset), B one per token, F/G the outcome and its negation. A, A',
    /// B, F, G are held to resolution; C is valued as converted (its YES left unsold pay extra
    /// only in the "other" world).
    static std::vector<OutcomePayout> compute(const Opportunity& opportunity);
};

/// "Trump Yes" -> "Trump": the market part of a basket leg's outcome label.
std::string marketLabel(const std::string& legOutcome);

} // namespace polaris::ui
