#pragma once

#include "core/book/BookStore.h"
#include "core/execution/UniverseQuoteSource.h"
#include "core/scanner/ScanDriver.h"
#include "core/scanner/Universe.h"
#include "core/venues/polymarket/BookSnapshot.h"

#include <QTest>

#include <initializer_list>
#include <memory>
#include <string>
#include <utility>
#include <vector>

/// A real Universe and BookStore built from crafted events and books, the way the ingest builds
/// them, for the paper gateway and the execution engine.
namespace polaris::test {

inline constexpr std::int64_t kNow = 1'780'000'000'000; // 2026-05-28

inline Decimal dec(const char* text)
{
    return Decimal::parse(text).value();
}

/// One tradable binary market of event `eventId`: tokens "y<id>" and "n<id>".
inline Market
market(const std::string& id, const std::string& eventId, bool negRisk, const char* feeRate)
{
    Market m;
    m.id = id;
    m.conditionId = "0xc" + id;
    m.eventId = eventId;
    m.question = "Outcome " + id + "?";
    m.groupItemTitle = "Outcome " + id;
    m.tokens = {Token{"y" + id, "Yes", std::nullopt, false},
                Token{"n" + id, "No", std::nullopt, false}};
    m.active = m.acceptingOrders = m.enableOrderBook = true;
    m.negRisk = negRisk;
    m.liquidity = Decimal::fromInt(5000);
    m.endDateMs = kNow + 30LL * 24 * 3600 * 1000;
    if (feeRate != nullptr) {
        m.feesEnabled = true;
        m.feeSchedule.present = true;
        m.feeSchedule.rate = dec(feeRate);
        m.feeSchedule.exponent = 1;
    }
    return m;
}

/// A neg-risk event "e1" with markets "1".."n", fee rate 0.05 on every market.
inline Event negRiskEvent(int outcomes, const char* feeRate = "0.05")
{
    Event event;
    event.id = "e1";
    event.title = "Who wins?";
    event.active = true;
    event.negRisk = event.enableNegRisk = true;
    event.liquidity = Decimal::fromInt(10000);
    for (int i = 1; i <= outcomes; ++i) {
        event.markets.push_back(market(std::to_string(i), event.id, true, feeRate));
    }
    event.endDateMs = event.markets.front().endDateMs;
    return event;
}

using Levels = std::initializer_list<std::pair<const char*, const char*>>;

/// The venue as the engine sees it: universe, books, clock and the quote source over them.
struct Venue
{
    explicit Venue(std::vector<Event> events, ArbConfig arbConfig = {})
        : universe(std::move(events))
        , config(arbConfig)
        , clock(kNow)
        , source(books)
    {
        for (const Event& event : universe.events()) {
            for (const Market& m : event.markets) {
                for (const Token& token : m.tokens) {
                    books.ensure(token.tokenId, m.conditionId);
                }
            }
        }
        quotes = std::make_unique<UniverseQuoteSource>(universe, source, config, clock);
    }

    /// Replaces a book (a new snapshot as of the clock's now: new version, fresh).
    void setBook(const std::string& token, Levels bids, Levels asks)
    {
        BookSnapshot snapshot;
        snapshot.assetId = token;
        snapshot.hash = "h" + std::to_string(++version);
        snapshot.timestampMs = clock.nowMs();
        for (const auto& [price, size] : bids) {
            snapshot.bids.push_back({dec(price), dec(size)});
        }
        for (const auto& [price, size] : asks) {
            snapshot.asks.push_back({dec(price), dec(size)});
        }
        QVERIFY(books.applySnapshot(snapshot, clock.nowMs()).ok());
    }

    /// The scanner's opportunities over the current books (what `scan --once` would print).
    std::vector<Opportunity> scan() const
    {
        ScanDriver driver(config);
        driver.onUniverseChanged(universe, books);
        driver.fullScan(books, clock.nowMs());
        return driver.scanner().opportunities();
    }

    Universe universe;
    ArbConfig config;
    ManualClock clock;
    BookStore books;
    BookStoreSource source;
    std::unique_ptr<UniverseQuoteSource> quotes;
    int version = 0;
};

} // namespace polaris::test
