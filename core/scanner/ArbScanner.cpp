#include "core/scanner/ArbScanner.h"

#include "core/util/ParallelShards.h"

#include <algorithm>
#include <atomic>

namespace polaris {

namespace {

/// Below this many events a full scan is too short to share (a thread costs ~50 us to start).
constexpr std::uint32_t kMinParallelEvents = 256;
/// Events a worker takes at a time.
constexpr std::uint32_t kEventsPerBatch = 32;

/// Same id but a different trade: size, money or limit prices moved.
bool sameTrade(const Opportunity& a, const Opportunity& b)
{
    if (a.shares != b.shares || a.cost != b.cost || a.netProfit != b.netProfit
        || a.legs.size() != b.legs.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.legs.size(); ++i) {
        if (a.legs[i].limitPrice != b.legs[i].limitPrice || a.legs[i].shares != b.legs[i].shares) {
            return false;
        }
    }
    return true;
}

} // namespace

ArbScanner::ArbScanner(ArbConfig config, std::vector<std::unique_ptr<StrategyChecker>> checkers)
    : m_config(config)
    , m_checkers(std::move(checkers))
{}

unsigned ArbScanner::availableScanThreads()
{
    return availableShards();
}

void ArbScanner::setUniverse(const Universe* universe)
{
    m_universe = universe;
    const std::size_t count = universe ? universe->events().size() : 0;
    m_perEvent.assign(count, ScanResult{});
    m_touchedMark.assign(count, 0);
    m_touched.clear();
    m_touched.reserve(count);
    m_firstSlot.clear();
    m_firstMarket.clear();
    std::uint32_t slots = 0;
    for (std::size_t e = 0; e < count; ++e) {
        m_firstMarket.push_back(static_cast<std::uint32_t>(m_firstSlot.size()));
        for (const Market& market : universe->event(e).markets) {
            m_firstSlot.push_back(slots);
            slots += static_cast<std::uint32_t>(market.tokens.size());
        }
    }
    m_firstMarket.push_back(static_cast<std::uint32_t>(m_firstSlot.size()));
    m_slotBooks.assign(slots, nullptr);
    m_resolved.assign(count, 0);
    m_layoutOwner = nullptr;
    // Ids are content-based, so history (first-seen times, what was reported) survives a refresh
    // of the universe; the next full scan reports what really changed, including opportunities
    // whose events are gone.
    m_universeReplaced = !m_previous.empty();
    m_diff = {};
}

const OpportunityDiff& ArbScanner::fullScan(const BookSource& books, std::int64_t nowMs)
{
    beginDiff();
    if (m_universeReplaced) {
        for (const auto& [id, opportunity] : m_previous) {
            m_diff.disappeared.push_back(id); // pruned in finishDiff if still present
        }
        m_universeReplaced = false;
    }
    if (m_universe) {
        checkLayout(books);
        const ScanContext context{m_config, books, nowMs, m_enabled};
        const auto count = static_cast<std::uint32_t>(m_perEvent.size());
        if (m_scanThreads > 1 && count >= kMinParallelEvents) {
            for (std::uint32_t e = 0; e < count; ++e) {
                beginEvaluation(e);
            }
            runCheckersInParallel(context);
        } else {
            for (std::uint32_t e = 0; e < count; ++e) {
                evaluate(e, context);
            }
        }
    }
    finishDiff(nowMs);
    return m_diff;
}

const OpportunityDiff& ArbScanner::rescanTokens(std::span<const std::string_view> tokenIds,
                                                const BookSource& books,
                                                std::int64_t nowMs)
{
    beginDiff();
    if (m_universe) {
        checkLayout(books);
        const ScanContext context{m_config, books, nowMs, m_enabled};
        for (const std::string_view token : tokenIds) {
            for (const std::uint32_t e : m_universe->eventsOfToken(token)) {
                if (!m_touchedMark[e]) {
                    evaluate(e, context);
                }
            }
        }
    }
    finishDiff(nowMs);
    return m_diff;
}

void ArbScanner::checkLayout(const BookSource& books)
{
    const void* owner = books.layoutOwner();
    if (owner != nullptr && owner == m_layoutOwner && books.layoutVersion() == m_layoutVersion) {
        return;
    }
    // A new layout (or one that promises nothing): every event is looked up again when evaluated.
    // Only here, at most once per registration change, is this O(events).
    std::fill(m_resolved.begin(), m_resolved.end(), 0);
    m_layoutOwner = owner;
    m_layoutVersion = books.layoutVersion();
}

void ArbScanner::resolve(std::uint32_t eventIndex, const BookSource& books)
{
    if (m_resolved[eventIndex]) {
        return;
    }
    const Event& event = m_universe->event(eventIndex);
    const std::uint32_t firstMarket = m_firstMarket[eventIndex];
    for (std::size_t m = 0; m < event.markets.size(); ++m) {
        const Market& market = event.markets[m];
        const std::uint32_t first = m_firstSlot[firstMarket + m];
        for (std::size_t t = 0; t < market.tokens.size(); ++t) {
            m_slotBooks[first + t] = books.find(market.tokens[t].tokenId);
        }
    }
    m_resolved[eventIndex] = m_layoutOwner != nullptr ? 1 : 0; // keep only what stays valid
}

void ArbScanner::evaluate(std::uint32_t eventIndex, const ScanContext& context)
{
    beginEvaluation(eventIndex);
    runCheckers(eventIndex, context);
}

void ArbScanner::beginEvaluation(std::uint32_t eventIndex)
{
    m_touchedMark[eventIndex] = 1;
    m_touched.push_back(eventIndex);
    // Remember what this event had, so finishDiff can tell what disappeared.
    for (const Opportunity& old : m_perEvent[eventIndex].opportunities) {
        m_diff.disappeared.push_back(old.id); // pruned in finishDiff if still present
    }
    ++m_eventsEvaluated;
}

void ArbScanner::runCheckers(std::uint32_t eventIndex, const ScanContext& context)
{
    // Touches only this event's result, slots and resolved mark: safe beside other events.
    resolve(eventIndex, context.books);
    const Event& event = m_universe->event(eventIndex);
    const EventBooks eventBooks{event.markets.data(), event.markets.size(),
                                m_firstSlot.data() + m_firstMarket[eventIndex], m_slotBooks.data()};
    ScanContext eventContext = context;
    eventContext.eventBooks = &eventBooks;
    ScanResult& result = m_perEvent[eventIndex];
    result.clear();
    for (const auto& checker : m_checkers) {
        checker->checkEvent(event, eventContext, result);
    }
}

void ArbScanner::runCheckersInParallel(const ScanContext& context)
{
    // Events differ a lot in cost (a 30-outcome basket against a binary), so workers take small
    // batches in turn rather than fixed shares. After a failure (out of memory) the others stop
    // at their next batch and runShards rethrows it here.
    const auto count = static_cast<std::uint32_t>(m_perEvent.size());
    std::atomic<std::uint32_t> next{0};
    runShards(m_scanThreads, [&](unsigned) {
        try {
            for (;;) {
                const std::uint32_t begin = next.fetch_add(kEventsPerBatch);
                if (begin >= count) {
                    return;
                }
                const std::uint32_t end = std::min(count, begin + kEventsPerBatch);
                for (std::uint32_t e = begin; e < end; ++e) {
                    runCheckers(e, context);
                }
            }
        } catch (...) {
            next.store(count);
            throw;
        }
    });
}

void ArbScanner::beginDiff()
{
    m_diff.appeared.clear();
    m_diff.changed.clear();
    m_diff.disappeared.clear();
    m_touched.clear();
    ++m_scan;
}

void ArbScanner::finishDiff(std::int64_t nowMs)
{
    // Everything here is proportional to the events evaluated (and their opportunities), not to
    // the universe: an incremental rescan stays cheap.
    for (const std::uint32_t e : m_touched) {
        m_touchedMark[e] = 0;
        for (Opportunity& opportunity : m_perEvent[e].opportunities) {
            opportunity.lastSeenMs = nowMs;
            const auto previous = m_previous.find(opportunity.id);
            if (previous == m_previous.end()) {
                m_diff.appeared.push_back(opportunity.id);
                opportunity.firstSeenMs = nowMs;
                m_previous.emplace(opportunity.id, Tracked{opportunity, m_scan});
                continue;
            }
            Tracked& tracked = previous->second;
            tracked.lastScan = m_scan;
            opportunity.firstSeenMs = tracked.opportunity.firstSeenMs;
            if (!sameTrade(tracked.opportunity, opportunity)) {
                m_diff.changed.push_back(opportunity.id);
                tracked.opportunity = opportunity; // same trade: the stored copy is still current
            }
        }
    }
    // Candidates for "disappeared" were collected while evaluating; those this scan found again
    // carry its number.
    auto& gone = m_diff.disappeared;
    gone.erase(std::remove_if(gone.begin(), gone.end(),
                              [&](const std::string& id) {
                                  const auto it = m_previous.find(id);
                                  if (it == m_previous.end()) {
                                      return true; // a duplicate candidate, already erased
                                  }
                                  if (it->second.lastScan == m_scan) {
                                      return true;
                                  }
                                  m_previous.erase(it);
                                  return false;
                              }),
               gone.end());
    std::sort(m_diff.appeared.begin(), m_diff.appeared.end());
    std::sort(m_diff.changed.begin(), m_diff.changed.end());
    std::sort(gone.begin(), gone.end());
}

std::vector<Opportunity> ArbScanner::opportunities() const
{
    std::vector<Opportunity> all;
    for (const ScanResult& result : m_perEvent) {
        all.insert(all.end(), result.opportunities.begin(), result.opportunities.end());
    }
    std::sort(all.begin(), all.end(),
              [](const Opportunity& a, const Opportunity& b) { return a.id < b.id; });
    return all;
}

std::vector<Refusal> ArbScanner::refusals() const
{
    std::vector<Refusal> all;
    for (const ScanResult& result : m_perEvent) {
        all.insert(all.end(), result.refusals.begin(), result.refusals.end());
    }
    std::sort(all.begin(), all.end(), [](const Refusal& a, const Refusal& b) {
        return a.id != b.id ? a.id < b.id : a.reason < b.reason;
    });
    return all;
}

// Sorting pointers with the same comparison on the same sequence makes the same permutation as
// sorting the copies above, so ties (refusals with equal id and reason) come out in the same order.
std::vector<const Opportunity*> ArbScanner::sortedOpportunities() const
{
    std::vector<const Opportunity*> all;
    all.reserve(opportunityCount());
    for (const ScanResult& result : m_perEvent) {
        for (const Opportunity& opportunity : result.opportunities) {
            all.push_back(&opportunity);
        }
    }
    std::sort(all.begin(), all.end(),
              [](const Opportunity* a, const Opportunity* b) { return a->id < b->id; });
    return all;
}

std::vector<const Refusal*> ArbScanner::sortedRefusals() const
{
    std::vector<const Refusal*> all;
    for (const ScanResult& result : m_perEvent) {
        for (const Refusal& refusal : result.refusals) {
            all.push_back(&refusal);
        }
    }
    std::sort(all.begin(), all.end(), [](const Refusal* a, const Refusal* b) {
        return a->id != b->id ? a->id < b->id : a->reason < b->reason;
    });
    return all;
}

std::size_t ArbScanner::opportunityCount() const
{
    std::size_t count = 0;
    for (const ScanResult& result : m_perEvent) {
        count += result.opportunities.size();
    }
    return count;
}

} // namespace polaris
