#include "core/marketdata/MarketDataIngest.h"

#include "core/util/ParallelShards.h"

#include <exception>
#include <limits>
#include <thread>

namespace polaris {

namespace {
constexpr std::size_t kRecentErrors = 32;
constexpr std::size_t kKeptParsedLevels = std::size_t(1) << 16;
/// Parsed books from which applying them is shared out between threads.
constexpr std::size_t kParallelBooks = 8192;
/// m_bookIndices of a book whose token is not registered.
constexpr std::size_t kUntracked = std::numeric_limits<std::size_t>::max();
} // namespace

MarketDataIngest::MarketDataIngest() = default;

Status MarketDataIngest::addEventsPage(std::string_view json,
                                       std::vector<std::string_view>* rawEvents,
                                       bool padded)
{
    static_assert(BookParser::kPadding >= simdjson::SIMDJSON_PADDING);
    std::vector<Error> warnings;
    auto events = m_gammaParser.parseEvents(json, &warnings, rawEvents, padded);
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
    m_books.reserve(m_books.size() + m_universe.tokenCount());
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

std::size_t MarketDataIngest::applyBooks(std::string_view json, std::int64_t nowMs, bool padded)
{
    std::vector<Error> warnings;
    const Status parsed = m_bookParser.parseBooksInto(json, padded, m_parsedBooks, &warnings);
    for (const Error& warning : warnings) {
        recordError(warning);
    }
    if (!parsed.ok()) {
        recordError(parsed.error());
        return 0;
    }
    return applyParsedBooks(nowMs);
}

Status MarketDataIngest::loadAll(std::string_view eventsJson,
                                 std::string_view booksJson,
                                 std::int64_t nowMs,
                                 bool padded)
{
    // The book parser and m_parsedBooks belong to the helper thread until it is joined; nothing
    // else here touches them. Its warnings are recorded after the events', as in sequence, and
    // an exception (out of memory) is rethrown here, as if the books had been parsed here.
    std::vector<Error> bookWarnings;
    Status booksParsed = okStatus();
    std::exception_ptr booksFailed;
    std::thread books([&] {
        try {
            booksParsed =
                    m_bookParser.parseBooksInto(booksJson, padded, m_parsedBooks, &bookWarnings);
        } catch (...) {
            booksFailed = std::current_exception();
        }
    });
    // The universe is committed while the books may still be parsing: committing only needs
    // the events, and applying (after the join) is what needs both.
    Status events = okStatus();
    try {
        events = addEventsPage(eventsJson, nullptr, padded);
        if (events.ok()) {
            commitUniverse();
        }
    } catch (...) {
        books.join();
        throw;
    }
    books.join();
    if (booksFailed) {
        std::rethrow_exception(booksFailed);
    }
    if (!events.ok()) {
        return events;
    }
    for (const Error& warning : bookWarnings) {
        recordError(warning);
    }
    if (!booksParsed.ok()) {
        recordError(booksParsed.error());
        return okStatus();
    }
    applyParsedBooks(nowMs);
    return okStatus();
}

std::size_t MarketDataIngest::applyParsedBooks(std::int64_t nowMs)
{
    const ParsedBooks& parsed = m_parsedBooks;
    const std::size_t count = parsed.books.size();
    // A whole snapshot (~50,000 books) is shared out; a POST /books batch is not worth a thread.
    const unsigned shards = count >= kParallelBooks ? availableShards() : 1;
    // 1. The store index of each book (lookups only, so any thread). Books of tokens that were
    //    never registered (e.g. a delisted market) are not tracked.
    m_bookIndices.resize(count);
    runShards(shards, [&](unsigned shard) {
        for (std::size_t i = shard * count / shards; i < (shard + 1) * count / shards; ++i) {
            const auto index = m_books.indexOf(parsed.books[i].assetId);
            m_bookIndices[i] = index ? *index : kUntracked;
        }
    });
    // 2. Replace the books. Shards split by store index, so two snapshots of one book are
    //    applied by one thread in the order they came, as in sequence.
    m_bookStatuses.assign(count, okStatus());
    runShards(shards, [&](unsigned shard) {
        for (std::size_t i = 0; i < count; ++i) {
            const std::size_t index = m_bookIndices[i];
            if (index == kUntracked || index % shards != shard) {
                continue;
            }
            const ParsedBook& book = parsed.books[i];
            m_bookStatuses[i] = m_books.replaceBook(
                    index,
                    BookSnapshotRef{parsed.bids(book), parsed.asks(book), book.hash,
                                    book.timestampMs, book.tickSize, book.minOrderSize},
                    nowMs);
        }
    });
    // 3. Bookkeeping in the books' order on this thread: dirty marks, errors, counters.
    std::size_t applied = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t index = m_bookIndices[i];
        if (index == kUntracked) {
            continue;
        }
        // A registered book without a market (registered by a caller that did not know it)
        // gets the book's, as BookStore::applySnapshot does.
        const ParsedBook& book = parsed.books[i];
        if (!book.market.empty() && m_books.book(index).market().empty()) {
            m_books.ensure(book.assetId, book.market); // fills in the market only
        }
        if (m_books.noteReplaced(index, std::move(m_bookStatuses[i])) == 0) {
            ++applied;
        }
        for (const Error& error : m_books.errors()) {
            recordError(error);
        }
        m_books.clearErrors();
    }
    m_counters.bookSnapshots += applied;
    publishDirty(nowMs);
    // Keep the buffers of a POST /books batch for the next one, not those of a whole snapshot.
    if (m_parsedBooks.levels.capacity() > kKeptParsedLevels) {
        m_parsedBooks = ParsedBooks{};
        m_bookIndices = {};
        m_bookStatuses = {};
    }
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
