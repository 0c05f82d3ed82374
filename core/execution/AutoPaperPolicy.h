#pragma once

#include "core/strategies/Opportunity.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace polaris {

/// Which opportunities the Paper phase approves without the operator: net profit at or above a
/// threshold (none = never, the default), the best first, at most `maxPerBatch` from one scan
/// summary, and each opportunity id at most once per `cooldownMs` (an opportunity stays in the
/// scanner's summaries for as long as it lasts; one paper execution of it is enough). Plain C++,
/// not thread-safe: owned by the execution thread.
class AutoPaperPolicy
{
public:
    static constexpr int kDefaultMaxPerBatch = 2;
    static constexpr std::int64_t kDefaultCooldownMs = 60'000;

    explicit AutoPaperPolicy(std::optional<Decimal> minNetProfit,
                             int maxPerBatch = kDefaultMaxPerBatch,
                             std::int64_t cooldownMs = kDefaultCooldownMs);

    bool enabled() const { return m_minNetProfit.has_value(); }
    /// The threshold alone (a single submission the operator made).
    bool qualifies(const Opportunity& opportunity) const;
    /// The opportunities of a summary to approve now, best net profit first; remembers them for
    /// the cooldown.
    std::vector<Opportunity> pick(const std::vector<Opportunity>& opportunities,
                                  std::int64_t nowMs);

private:
    std::optional<Decimal> m_minNetProfit;
    int m_maxPerBatch;
    std::int64_t m_cooldownMs;
    std::unordered_map<std::string, std::int64_t> m_lastMs; // opportunity id -> last picked
};

} // namespace polaris
