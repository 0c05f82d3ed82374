#pragma once

#include "core/storage/Database.h"
#include "core/storage/StorageRecords.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace polaris {

/// Which episodes `history` returns: newest last_seen first.
struct HistoryFilter
{
    std::optional<Strategy> strategy;
    std::optional<std::int64_t> sinceMs; ///< episodes seen at or after this time
    int limit = 50;
    bool openOnly = false;
};

/// One retained per-scan detail (fact_arb_scan) as read back.
struct ScanSampleRow
{
    std::string scanId;
    std::string episodeId;
    std::int64_t scannedAtMs = 0;
    std::string strategy;
    std::string eventId;
    std::vector<std::string> marketIds;
    Decimal totalAsk;
    Decimal netProfitPct;
    Decimal maxShares;
    Decimal estProfitUsd;
    QString legsJson; ///< compact JSON array, strings exactly as written
    bool executed = false;
};

/// Open bond positions that resolve on one (UTC) day.
struct BondLadderRung
{
    QString resolveDate; ///< "2026-12-01", or "unknown" when the position has no expected date
    std::vector<BondPositionRecord> positions;
    Decimal shares;
    Decimal cost;        ///< sum of shares x buy price
    Decimal payoutIfWon; ///< sum of shares (each pays 1)
};

/// What `polaris-arb status` shows about storage.
struct StorageStatus
{
    bool reachable = false;
    QString url;   ///< redacted
    QString error; ///< why unreachable
    int schemaVersion = 0;
    std::optional<std::int64_t> lastScanMs;
    int lastBooksLive = 0; ///< book states of the last recorded scan
    int lastBooksStale = 0;
    int lastBooksInvalid = 0;
    QString lastSource;
    qint64 scanRuns = 0;
    qint64 episodes = 0;
    qint64 openEpisodes = 0;
    qint64 openBondPositions = 0;
    std::optional<PnlSnapshotRecord> lastPnl;
};

/// The read side: its own connection on the thread that opens it (any thread; one per thread).
/// Every call is one or a few SELECTs; nothing here writes except that opening migrates an empty
/// or older database, so a fresh install answers "no history" instead of an error.
class StorageQueries
{
public:
    static Result<StorageQueries> open(const DatabaseUrl& url);
    /// Status never fails: an unreachable database is a status too.
    static StorageStatus status(const DatabaseUrl& url);

    Result<std::vector<EpisodeRecord>> history(const HistoryFilter& filter);
    /// The retained samples of one episode, oldest first.
    Result<std::vector<ScanSampleRow>> samples(const std::string& episodeId);
    Result<std::vector<BondPositionRecord>> bondPositions(std::optional<BondStatus> status);
    /// Open positions grouped by resolution day, earliest first ("unknown" last).
    Result<std::vector<BondLadderRung>> bondLadder();
    Result<std::vector<ExecutionRecord>> executions(int limit);
    Result<std::vector<ApprovalRecord>> approvals(int limit);
    Result<std::optional<MarketMetaRecord>> market(const std::string& conditionId);
    StorageStatus status();

    // Version 4 (issue 6): execution and PnL.
    /// Latest executions first; mode = "PAPER"/"LIVE"/"MONITOR" or empty for all.
    Result<std::vector<ExecutionRecord>> executions(int limit, const std::string& mode);
    /// Orders not in a terminal state (INTENT, SENT, LIVE, DELAYED, UNKNOWN), oldest first:
    /// what reconciliation must ask the venue about after a restart.
    Result<std::vector<OrderRecord>> unsettledOrders();
    Result<std::vector<OrderRecord>> ordersOfExecution(const std::string& execId);
    Result<std::vector<FillRecord>> fillsOfOrder(const std::string& orderId);
    /// PnL points of one phase ("PAPER"/"LIVE") since a time, oldest first; strategy = a
    /// strategyCode() or "ALL"; empty strategy = every strategy's series.
    Result<std::vector<PnlPointRecord>>
    pnlSeries(const std::string& mode, const std::string& strategy, std::int64_t sinceMs);

    /// RFC 4180 CSV of history rows (header + one line per episode), money as exact decimals.
    static QString historyCsv(const std::vector<EpisodeRecord>& episodes);

    Database& database() { return *m_database; }

private:
    explicit StorageQueries(std::unique_ptr<Database> database);
    std::unique_ptr<Database> m_database;
};

} // namespace polaris
