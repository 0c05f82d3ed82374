#include "core/marketdata/MarketDataIngest.h"

namespace polaris {

namespace {
constexpr std::size_t kRecentErrors = 32;
}

MarketDataIngest::MarketDataIngest() = default;

Status MarketDataIngest::addEventsPage(std::string_view json,
                                       std::vector<std::string_view>* rawEvents)
{
    std::vector<Error> warnings;
    auto events = m_gammaParser.parseEvents(json, &warnings, rawEvents);
    for (const Error& warning : warnings) {
        recordError(warning);
    }
    if (!events.ok()) {
        recordError(events.error());
        return events.error();
    }
    ++m_counters.eventPages;
    for (Event& event : events.value()) {
        m_pendingEvents.push_back(std::move(event));
    }
    return okStatus();
}

void MarketDataIngest::commitUniverse()
{
    m_universe = Universe(std::move(m_pendingEvents));
    m_pendingEvents.clear();
    for (const Event& event : m_universe.events()) {
        for (const Market& market : event.markets) {
            for (const Token& token : market.tokens) {
                m_books.ensure(token.tokenId, market.conditionId);
            }
        }
    }
    if (m_listener) {
        m_listener->onUniverseChanged(m_universe, m_books);
    }
}

std::size_t MarketDataIngest::applyBooks(std::string_view json, std::int64_t nowMs)
{
    std::vector<Error> warnings;
    const auto snapshots = m_bookParser.parseBooks(json, &warnings);
    for (const Error& warning : warnings) {
        recordError(warning);
    }
    if (!snapshots.ok()) {
        recordError(snapshots.error());
        return 0;
    }
    std::size_t applied = 0;
    for (const BookSnapshot& snapshot : snapshots.value()) {
        // Books of tokens outside the universe (e.g. a delisted market) are not tracked.
        if (!m_books.indexOf(snapshot.assetId)) {
            continue;
        }
        const Status status = m_books.applySnapshot(snapshot, nowMs);
        if (status.ok()) {
            ++applied;
        } else {
            recordError(status.error());
        }
    }
    m_counters.bookSnapshots += applied;
    publishDirty(nowMs);
    return applied;
}

void MarketDataIngest::applyFrame(std::string_view frame, std::int64_t nowMs)
{
    ++m_counters.frames;
    m_messageParser.parse(frame, m_frame);
    for (const Error& error : m_frame.errors()) {
        recordError(error);
    }
    m_books.apply(m_frame, nowMs);
    for (const Error& error : m_books.errors()) {
        recordError(error);
    }
    m_books.clearErrors();
    m_counters.newMarketsAnnounced += m_frame.newMarkets().size();
    m_counters.marketsResolved += m_frame.marketResolutions().size();
    publishDirty(nowMs);
}

void MarketDataIngest::markStale(std::span<const std::string> tokenIds, std::int64_t nowMs)
{
    m_staleIndices.clear();
    for (const std::string& id : tokenIds) {
        if (const auto index = m_books.indexOf(id)) {
            m_staleIndices.push_back(*index);
        }
    }
    m_books.markStale(m_staleIndices);
    publishDirty(nowMs);
}

void MarketDataIngest::confirmAll(std::int64_t nowMs)
{
    m_books.confirmAll(nowMs);
}

void MarketDataIngest::recordError(const Error& error)
{
    ++m_counters.errors;
    if (m_recentErrors.size() == kRecentErrors) {
        m_recentErrors.erase(m_recentErrors.begin());
    }
    m_recentErrors.push_back(error);
}

void MarketDataIngest::publishDirty(std::int64_t nowMs)
{
    if (m_books.dirty().empty()) {
        return;
    }
    if (m_listener) {
        m_listener->onBooksChanged(m_books.dirty(), m_books, nowMs);
    }
    m_books.clearDirty();
}

} // namespace polaris
