#pragma once

#include "core/book/BookStore.h"
#include "core/scanner/Universe.h"
#include "core/venues/polymarket/BookParser.h"
#include "core/venues/polymarket/GammaParser.h"
#include "core/venues/polymarket/MarketFrame.h"
#include "core/venues/polymarket/MarketMessageParser.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace polaris {

/// Told synchronously, on the ingest's thread, when the universe or books change. The scanner
/// hangs here: the decision path never crosses a thread or waits.
class MarketDataListener
{
public:
    virtual ~MarketDataListener() = default;
    virtual void onUniverseChanged(const Universe& universe, const BookStore& books) = 0;
    /// `dirty` are BookStore indices changed by the last payload, each once.
    virtual void onBooksChanged(std::span<const std::size_t> dirty,
                                const BookStore& books,
                                std::int64_t nowMs) = 0;
};

/// Counters of what went through the ingest, for status displays.
struct IngestCounters
{
    std::uint64_t eventPages = 0;
    std::uint64_t bookSnapshots = 0;
    std::uint64_t frames = 0;
    std::uint64_t errors = 0;
    std::uint64_t newMarketsAnnounced = 0;
    std::uint64_t marketsResolved = 0;
};

/// Turns venue payloads (Gamma event pages, POST /books batches, market-channel frames) into a
/// Universe and live OrderBooks, the same way for the live feed and for a replayed snapshot.
/// Bad payloads are counted and kept in recentErrors() (bounded); they only ever affect the books
/// they name. Plain C++ (no Qt), owned by the market-data thread.
class MarketDataIngest
{
public:
    MarketDataIngest();

    void setListener(MarketDataListener* listener) { m_listener = listener; }

    /// Adds one GET /events page (or a whole events.json). `rawEvents`, when given, receives the
    /// exact text of each accepted event (views into `json`). Parse errors of single events are
    /// warnings; only a payload that is not JSON at all fails. `padded`: BookParser::kPadding
    /// readable bytes follow `json` (parsed in place).
    Status addEventsPage(std::string_view json,
                         std::vector<std::string_view>* rawEvents = nullptr,
                         bool padded = false);
    /// Replaces the universe with the events added since the last commit and registers every
    /// token's book. Books already known keep their state.
    void commitUniverse();
    const Universe& universe() const { return m_universe; }
    const BookStore& books() const { return m_books; }

    /// Applies a POST /books response (or books.json). Returns the number of books applied.
    /// `padded`: `json.data()` is followed by BookParser::kPadding readable bytes (saves a copy).
    std::size_t applyBooks(std::string_view json, std::int64_t nowMs, bool padded = false);
    /// addEventsPage(eventsJson), commitUniverse(), applyBooks(booksJson, nowMs) in one step,
    /// for a whole snapshot: the books are parsed on a second thread while the events are parsed
    /// here (the two texts are independent; the machines have two cores). Same universe, books,
    /// counters, errors and listener calls as the three calls in sequence; if the events fail,
    /// nothing is committed or applied and their error is returned. `padded`: both texts are
    /// followed by BookParser::kPadding readable bytes (parsed in place, e.g. a loaded Snapshot).
    Status loadAll(std::string_view eventsJson,
                   std::string_view booksJson,
                   std::int64_t nowMs,
                   bool padded = false);
    /// Applies one market-channel text frame.
    void applyFrame(std::string_view frame, std::int64_t nowMs);
    /// The feed carrying these tokens is down / alive.
    void markStale(std::span<const std::string> tokenIds, std::int64_t nowMs);
    void confirmAll(std::int64_t nowMs);

    const IngestCounters& counters() const { return m_counters; }
    /// The last few errors (most recent last), for the status line and logs.
    std::span<const Error> recentErrors() const { return m_recentErrors; }
    std::vector<std::string> tokenIds() const { return m_universe.allTokenIds(); }

private:
    void recordError(const Error& error);
    void publishDirty(std::int64_t nowMs);
    /// Applies the books parseBooksInto() read into m_parsedBooks (warnings already recorded);
    /// returns the number applied.
    std::size_t applyParsedBooks(std::int64_t nowMs);

    polymarket::GammaParser m_gammaParser;
    BookParser m_bookParser;
    MarketMessageParser m_messageParser;
    MarketFrame m_frame;
    ParsedBooks m_parsedBooks;              // reused
    std::vector<std::size_t> m_bookIndices; // reused: store index of each parsed book
    std::vector<Status> m_bookStatuses;     // reused: what replacing each one gave
    std::vector<Event> m_pendingEvents;
    Universe m_universe;
    BookStore m_books;
    MarketDataListener* m_listener = nullptr;
    IngestCounters m_counters;
    std::vector<Error> m_recentErrors;
    std::vector<std::size_t> m_staleIndices; // reused
};

} // namespace polaris
