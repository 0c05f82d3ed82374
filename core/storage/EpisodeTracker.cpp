#include "core/storage/EpisodeTracker.h"

#include <QUuid>

#include <unordered_set>

namespace polaris {

namespace {

std::string newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

/// netProfit / cost in percent with 6 decimals, exact (the double on Opportunity is for display).
Decimal netPercent(const Opportunity& opportunity)
{
    if (opportunity.cost.isZero()) {
        return Decimal();
    }
    return Decimal::div(opportunity.netProfit * 100, opportunity.cost, Rounding::Nearest);
}

std::optional<Decimal> annualizedPercent(const Opportunity& opportunity)
{
    return opportunity.annualizedPct ? percentFromFraction(*opportunity.annualizedPct)
                                     : std::nullopt;
}

ScanSampleRecord
sampleOf(const EpisodeRecord& state, const Opportunity& opportunity, std::int64_t scanMs)
{
    return ScanSampleRecord{newId(), state.episodeId, scanMs, opportunity, false};
}

} // namespace

EpisodeTracker::EpisodeTracker()
    : EpisodeTracker(Options{})
{}

EpisodeTracker::EpisodeTracker(Options options)
    : m_options(options)
{
    if (m_options.firstSamples < 1) {
        m_options.firstSamples = 1;
    }
}

bool EpisodeTracker::keepsSample(std::int64_t n, int firstSamples)
{
    const std::int64_t first = firstSamples;
    if (n <= first) {
        return true;
    }
    // n lies in (first * 2^k, first * 2^(k+1)]: keep every 2^k-th, i.e. `first` per doubling.
    std::int64_t stride = 1;
    while (first * stride * 2 < n) {
        stride *= 2;
    }
    return n % stride == 0;
}

std::vector<StorageRecord> EpisodeTracker::observe(const std::vector<Opportunity>& current,
                                                   std::int64_t nowMs)
{
    std::vector<StorageRecord> out;
    out.reserve(current.size() + 4);
    std::unordered_set<std::string_view> seen;
    seen.reserve(current.size());
    for (const Opportunity& opportunity : current) {
        if (!seen.insert(opportunity.id).second) {
            continue; // the same id twice in one scan counts once
        }
        auto [it, inserted] = m_open.try_emplace(opportunity.id);
        OpenEpisode& episode = it->second;
        EpisodeRecord& s = episode.state;
        const Decimal pct = netPercent(opportunity);
        if (inserted) {
            s.episodeId = newId();
            s.opportunityKey = opportunity.id;
            s.strategy = opportunity.strategy;
            s.eventId = opportunity.eventId;
            s.firstSeenMs = nowMs;
            s.bestNetProfit = opportunity.netProfit;
            s.bestNetPct = pct;
        }
        s.eventTitle = opportunity.eventTitle;
        s.marketIds = opportunity.marketIds;
        s.lastSeenMs = nowMs;
        ++s.sampleCount;
        s.lastNetProfit = opportunity.netProfit;
        s.lastNetPct = pct;
        s.bestNetProfit = max(s.bestNetProfit, opportunity.netProfit);
        s.bestNetPct = max(s.bestNetPct, pct);
        s.lastShares = opportunity.shares;
        s.lastCost = opportunity.cost;
        s.annualizedPct = annualizedPercent(opportunity);
        s.lockedUntilMs = opportunity.lockedUntilMs;
        episode.last = opportunity;
        episode.lastScanMs = nowMs;
        episode.lastSampled = keepsSample(s.sampleCount, m_options.firstSamples);
        out.emplace_back(s);
        if (episode.lastSampled) {
            out.emplace_back(sampleOf(s, opportunity, nowMs));
        }
    }
    for (auto it = m_open.begin(); it != m_open.end();) {
        if (seen.count(it->first) == 0) {
            close(it->second, nowMs, out);
            it = m_open.erase(it);
        } else {
            ++it;
        }
    }
    return out;
}

std::vector<StorageRecord> EpisodeTracker::closeAll(std::int64_t nowMs)
{
    std::vector<StorageRecord> out;
    for (auto& [key, episode] : m_open) {
        close(episode, nowMs, out);
    }
    m_open.clear();
    return out;
}

void EpisodeTracker::close(OpenEpisode& episode,
                           std::int64_t nowMs,
                           std::vector<StorageRecord>& out)
{
    episode.state.closedAtMs = nowMs;
    out.emplace_back(episode.state);
    if (!episode.lastSampled) {
        out.emplace_back(sampleOf(episode.state, episode.last, episode.lastScanMs));
    }
}

std::optional<std::string> EpisodeTracker::episodeIdFor(const std::string& opportunityKey) const
{
    auto it = m_open.find(opportunityKey);
    return it == m_open.end() ? std::nullopt
                              : std::optional<std::string>(it->second.state.episodeId);
}

} // namespace polaris
