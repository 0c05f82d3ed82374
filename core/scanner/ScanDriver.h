#pragma once

#include "core/marketdata/MarketDataIngest.h"
#include "core/scanner/ArbScanner.h"
#include "core/strategies/PriceHistoryConfidence.h"

#include <functional>
#include <memory>
#include <string_view>
#include <vector>

namespace polaris {

/// Lets checkers look books up in a BookStore. The store's layout version lets the scanner keep
/// the pointers it resolved until a new asset is registered (BookStore::layoutVersion()).
class BookStoreSource final : public BookSource
{
public:
    explicit BookStoreSource(const BookStore& store)
        : m_store(store)
    {}
    const OrderBook* find(std::string_view tokenId) const override { return m_store.find(tokenId); }
    const void* layoutOwner() const override { return &m_store; }
    std::uint64_t layoutVersion() const override { return m_store.layoutVersion(); }

private:
    const BookStore& m_store;
};

/// Connects the market data to the scanner on the market-data thread: a new universe triggers a
/// full scan, changed books re-evaluate only their events, and every book update feeds the
/// price history that strategy G's confidence reads. After each scan the callback (if any) sees
/// the diff. Plain C++; the decision path in one place.
class ScanDriver final : public MarketDataListener
{
public:
    using ScanCallback =
            std::function<void(const ArbScanner&, const OpportunityDiff&, std::int64_t nowMs)>;

    /// All six checkers (A, A', B, C, F, G) with the given config.
    explicit ScanDriver(ArbConfig config);

    ArbScanner& scanner() { return *m_scanner; }
    const ArbScanner& scanner() const { return *m_scanner; }
    PriceHistoryConfidence& priceHistory() { return m_history; }
    void setCallback(ScanCallback callback) { m_callback = std::move(callback); }
    /// Off by default while the initial books load; turn on to scan on every change.
    void setIncremental(bool on) { m_incremental = on; }
    /// Counts universe changes, so that whoever keeps state built over the universe (the
    /// execution thread's quote source) knows when to rebuild it.
    std::uint64_t universeVersion() const { return m_universeVersion; }

    /// Threads each full scan may use (ArbScanner::setScanThreads); kept across setConfig().
    void setScanThreads(unsigned threads);

    /// New thresholds: rebuilds the scanner and, when a universe is loaded, rescans it.
    void setConfig(const ArbConfig& config, const Universe* universe, const BookStore& books);

    /// Full scan of the current universe over `books`.
    void fullScan(const BookStore& books, std::int64_t nowMs);

    void onUniverseChanged(const Universe& universe, const BookStore& books) override;
    void onBooksChanged(std::span<const std::size_t> dirty,
                        const BookStore& books,
                        std::int64_t nowMs) override;

private:
    std::unique_ptr<ArbScanner> makeScanner(const ArbConfig& config);

    PriceHistoryConfidence m_history;
    std::unique_ptr<ArbScanner> m_scanner;
    ScanCallback m_callback;
    std::vector<std::string_view> m_dirtyTokens; // reused
    bool m_incremental = false;
    unsigned m_scanThreads = 1;
    std::int64_t m_lastNowMs = 0; // the clock of the last data seen, for scans a refresh triggers
    std::uint64_t m_universeVersion = 0;
};

} // namespace polaris
