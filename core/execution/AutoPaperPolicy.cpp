#include "core/execution/AutoPaperPolicy.h"

#include <algorithm>

namespace polaris {

AutoPaperPolicy::AutoPaperPolicy(std::optional<Decimal> minNetProfit,
                                 int maxPerBatch,
                                 std::int64_t cooldownMs)
    : m_minNetProfit(minNetProfit)
    , m_maxPerBatch(std::max(maxPerBatch, 0))
    , m_cooldownMs(std::max<std::int64_t>(cooldownMs, 0))
{}

bool AutoPaperPolicy::qualifies(const Opportunity& opportunity) const
{
    return m_minNetProfit && !opportunity.legs.empty() && opportunity.netProfit >= *m_minNetProfit;
}

std::vector<Opportunity> AutoPaperPolicy::pick(const std::vector<Opportunity>& opportunities,
                                               std::int64_t nowMs)
{
    std::vector<Opportunity> picked;
    if (!enabled()) {
        return picked;
    }
    // Forget what can no longer be in its cooldown, so the map does not grow with the market.
    std::erase_if(m_lastMs, [&](const auto& seen) { return nowMs - seen.second >= m_cooldownMs; });
    std::vector<const Opportunity*> candidates;
    for (const Opportunity& opportunity : opportunities) {
        if (qualifies(opportunity) && !m_lastMs.contains(opportunity.id)) {
            candidates.push_back(&opportunity);
        }
    }
    std::stable_sort(
            candidates.begin(), candidates.end(),
            [](const Opportunity* a, const Opportunity* b) { return a->netProfit > b->netProfit; });
    for (const Opportunity* opportunity : candidates) {
        if (int(picked.size()) >= m_maxPerBatch) {
            break;
        }
        m_lastMs[opportunity->id] = nowMs;
        picked.push_back(*opportunity);
    }
    return picked;
}

} // namespace polaris
