#pragma once

#include "core/config/ArbConfig.h"
#include "core/execution/ExecutionEngine.h"
#include "core/execution/ExecutionReport.h"
#include "core/execution/OrderGateway.h"
#include "core/execution/Reconciler.h"
#include "core/util/Clock.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace polaris {
class ClobOrderGateway;
class MarketDataService;
class MemoryRecordSink;
class PaperGateway;
class Portfolio;
class RecordSink;
class RiskGuard;
class ScanDriver;
class StorageRecordSink;
class StorageWriter;
class UniverseQuoteSource;
class BookStoreSource;
namespace secrets {
class SecretStore;
}
namespace polymarket {
class WorkerThread;
}
} // namespace polaris

namespace polaris::e2e {

struct LiveStackOptions
{
    QString httpUrl;   ///< the simulator: Gamma and CLOB REST
    QString wsUrl;     ///< its market channel
    QString userWsUrl; ///< its user channel
    QString dbPath;    ///< SQLite file; empty = records in memory
    ExecutionMode mode = ExecutionMode::Live;
    OrderType orderType = OrderType::Fok;
    int fillTimeoutMs = 5'000;
    int pollIntervalMs = 100;
    bool marketData = true;        ///< false: reconciliation only (no books, no engine)
    std::string idPrefix = "e2e-"; ///< of paper order and fill ids (others are UUIDs)
    /// The portfolio's starting cash (Live: the simulator's starting collateral), and Paper's.
    Decimal startingBalance = Decimal::fromInt(10'000);
};

/// The production pieces of one execution, wired the way the console wires them, against the
/// simulator: MarketDataService (Gamma pages, POST /books, market channel) feeding a Universe
/// and BookStore with a ScanDriver on them, UniverseQuoteSource for pre-flight, the live
/// ClobOrderGateway (key from a SecretStore, API credentials derived through L1) or a
/// PaperGateway, RiskGuard in the stack's phase, Portfolio, and records into SQLite through
/// StorageWriter + StorageRecordSink. Lives on one thread with an event loop (construct, start,
/// use and destroy it there); execute() and reconcile() block that thread, so the simulator
/// must run on another thread or process.
class LiveStack
{
public:
    explicit LiveStack(LiveStackOptions options);
    ~LiveStack();
    LiveStack(const LiveStack&) = delete;
    LiveStack& operator=(const LiveStack&) = delete;

    /// Loads the market (unless options.marketData is false) and, in Live, creates the gateway
    /// from the key in `store`. `done` runs once on this thread when both are ready or one
    /// failed.
    void start(secrets::SecretStore& store, std::function<void(Status)> done);

    /// A full scan of the books as they are now; the first A opportunity, if any.
    std::optional<Opportunity> findA();
    ExecutionReport execute(const Opportunity& quote);
    /// ReconcilerDriver::reconcile against the gateway and the database.
    Result<ReconcileResult> reconcile();
    /// Waits until every record queued so far is committed.
    bool flushRecords(int timeoutMs);

    OrderGateway& gateway();
    Portfolio& portfolio() { return *m_portfolio; }
    RiskGuard& risk() { return *m_risk; }
    const ArbConfig& config() const { return m_config; }
    /// The books as the engine sees them (this thread only).
    std::optional<OrderBook> book(const std::string& tokenId);

private:
    void startGateway(secrets::SecretStore& store, std::function<void(Status)> done);

    LiveStackOptions m_options;
    ArbConfig m_config;
    SystemClock m_clock;
    std::unique_ptr<MarketDataService> m_market;
    std::unique_ptr<ScanDriver> m_driver;
    std::unique_ptr<BookStoreSource> m_books;
    std::unique_ptr<UniverseQuoteSource> m_quotes;
    std::unique_ptr<polymarket::WorkerThread> m_storageThread;
    StorageWriter* m_writer = nullptr; // owned by m_storageThread
    std::unique_ptr<StorageRecordSink> m_storage;
    std::unique_ptr<MemoryRecordSink> m_memory;
    std::unique_ptr<ClobOrderGateway> m_live;
    std::unique_ptr<PaperGateway> m_paper;
    std::unique_ptr<RiskGuard> m_risk;
    std::unique_ptr<Portfolio> m_portfolio;
    std::unique_ptr<ExecutionEngine> m_engine;
};

} // namespace polaris::e2e
