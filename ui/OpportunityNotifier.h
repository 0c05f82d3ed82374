#pragma once

#include "core/money/Decimal.h"
#include "core/scanner/ScanSummary.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace polaris::ui {

/// Decides which opportunities deserve a desktop notification: those at or above the user's
/// net-profit threshold that have not been announced before (by id), at most one announcement
/// per `minIntervalMs`. Opportunities held back by the rate limit stay candidates and come with
/// the next announcement if they are still there. An id that has not been seen at or above the
/// threshold for `forgetAfterMs` is forgotten and counts as new when it comes back. Plain logic
/// without Qt widgets, fed ScanSummary values on the GUI thread; one thread.
class OpportunityNotifier
{
public:
    struct Options
    {
        Decimal minNetProfit = Decimal::fromInt(5);
        std::int64_t minIntervalMs = 15'000;
        std::int64_t forgetAfterMs = 30LL * 60 * 1000;
    };

    explicit OpportunityNotifier(Options options);
    OpportunityNotifier()
        : OpportunityNotifier(Options{})
    {}

    void setMinNetProfit(Decimal minimum) { m_options.minNetProfit = minimum; }
    Decimal minNetProfit() const { return m_options.minNetProfit; }
    /// While disabled nothing is announced, and what appears meanwhile is taken as known, so that
    /// enabling does not bring a burst of old news.
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    /// The opportunities of `summary` to announce now, best net profit first (empty most of the
    /// time). Each returned id is remembered as announced.
    std::vector<Opportunity> update(const ScanSummary& summary, std::int64_t nowMs);

    /// Ids currently remembered (announced and not yet forgotten).
    std::size_t rememberedCount() const { return m_lastSeenMs.size(); }

private:
    void forgetOld(std::int64_t nowMs);

    Options m_options;
    bool m_enabled = true;
    std::unordered_map<std::string, std::int64_t> m_lastSeenMs; ///< announced id -> last seen
    std::int64_t m_lastAnnouncementMs = 0;
    bool m_announcedBefore = false;
};

} // namespace polaris::ui
