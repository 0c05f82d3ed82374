#include "ui/OpportunityNotifier.h"

#include <algorithm>

namespace polaris::ui {

OpportunityNotifier::OpportunityNotifier(Options options)
    : m_options(options)
{}

std::vector<Opportunity> OpportunityNotifier::update(const ScanSummary& summary, std::int64_t nowMs)
{
    // Only opportunities at or above the threshold are looked up: a full universe publishes
    // thousands of rows a few times a second, and most of them never qualify.
    std::vector<const Opportunity*> fresh;
    for (const Opportunity& opportunity : summary.opportunities) {
        if (opportunity.netProfit < m_options.minNetProfit) {
            continue;
        }
        const auto known = m_lastSeenMs.find(opportunity.id);
        if (known != m_lastSeenMs.end()) {
            known->second = nowMs;
        } else if (!m_enabled) {
            m_lastSeenMs.emplace(opportunity.id, nowMs);
        } else {
            fresh.push_back(&opportunity);
        }
    }
    forgetOld(nowMs);
    if (fresh.empty()
        || (m_announcedBefore && nowMs - m_lastAnnouncementMs < m_options.minIntervalMs)) {
        return {};
    }
    std::stable_sort(fresh.begin(), fresh.end(), [](const Opportunity* a, const Opportunity* b) {
        return a->netProfit > b->netProfit;
    });
    std::vector<Opportunity> announce;
    announce.reserve(fresh.size());
    for (const Opportunity* opportunity : fresh) {
        m_lastSeenMs.emplace(opportunity->id, nowMs);
        announce.push_back(*opportunity);
    }
    m_lastAnnouncementMs = nowMs;
    m_announcedBefore = true;
    return announce;
}

void OpportunityNotifier::forgetOld(std::int64_t nowMs)
{
    std::erase_if(m_lastSeenMs, [this, nowMs](const auto& entry) {
        return nowMs - entry.second > m_options.forgetAfterMs;
    });
}

} // namespace polaris::ui
