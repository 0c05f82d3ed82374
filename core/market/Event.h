#pragma once

#include "core/market/Market.h"
#include "core/money/Decimal.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace polaris {

/// A Gamma event: a group of markets about one question (a neg-risk event holds one binary
/// market per outcome). Plain value built by GammaParser; safe to copy across threads.
struct Event
{
    std::string id; ///< "30829"; always present
    std::string ticker;
    std::string slug;
    std::string title;
    bool active = false;
    bool closed = false;
    bool archived = false;
    bool negRisk = false;
    bool enableNegRisk = false;
    bool negRiskAugmented = false; ///< not in the OpenAPI schema, present in real payloads
    std::string negRiskMarketId;
    int negRiskFeeBips = 0;
    std::optional<std::int64_t> endDateMs;
    Decimal liquidity; ///< informational, rounded down to 6 dp
    Decimal volume;
    std::vector<Market> markets;

    /// Augmented neg risk: outcomes can be added later as placeholders are named, and an "Other"
    /// leg exists, so the named legs are never provably exhaustive (spec §1.4).
    bool isAugmented() const { return enableNegRisk && negRiskAugmented; }
    /// The legs a strategy may trade: Named (not Placeholder/Other) and tradable right now.
    /// Pointers into `markets`; valid while this Event is alive and unmodified.
    std::vector<const Market*> namedTradableOutcomes() const;
    const Market* findMarketByConditionId(std::string_view conditionId) const;
};

} // namespace polaris
