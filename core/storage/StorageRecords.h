#pragma once

#include "core/money/Decimal.h"
#include "core/strategies/Opportunity.h"

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace polaris {

// The values StorageWriter writes. Each record carries the row's complete state (not an
// increment), so writing one twice is harmless: a batch retried after a lost connection, or a
// queued episode state replaced by a newer one, never double-counts. Ids are UUID text chosen by
// the caller (QUuid), so related rows can reference each other before they are written.

/// A fraction (0.0425) as an exact percent with 6 decimals (4.25), for the statistics the
/// strategies compute in double (annualised yield). Locale-free; nullopt for NaN/inf/absurd values.
inline std::optional<Decimal> percentFromFraction(double fraction)
{
    char buffer[64];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, fraction * 100.0,
                                            std::chars_format::fixed, 6);
    if (error != std::errc()) {
        return std::nullopt;
    }
    Result<Decimal> parsed =
            Decimal::parse(std::string_view(buffer, static_cast<std::size_t>(end - buffer)));
    return parsed ? std::optional<Decimal>(parsed.value()) : std::nullopt;
}

/// One full scan of the scanner (arb_scan_run).
struct ScanRunRecord
{
    std::string runId;
    std::int64_t scannedAtMs = 0;
    std::int64_t durationUs = 0;
    int eventsEvaluated = 0;
    int opportunities = 0;
    int refusals = 0;
    int booksLive = 0;
    int booksStale = 0;
    int booksInvalid = 0;
    std::string source; ///< where the data came from: a venue URL or "snapshot DIR"
};

/// The aggregate of one opportunity episode (arb_episode), upserted by episodeId.
struct EpisodeRecord
{
    std::string episodeId;
    std::string opportunityKey; ///< Opportunity::id
    Strategy strategy = Strategy::NegRiskLong;
    std::string eventId;
    std::string eventTitle;
    std::vector<std::string> marketIds;
    std::int64_t firstSeenMs = 0;
    std::int64_t lastSeenMs = 0;
    std::optional<std::int64_t> closedAtMs; ///< set when the opportunity disappeared
    std::int64_t sampleCount = 0;
    Decimal bestNetProfit;
    Decimal lastNetProfit;
    Decimal bestNetPct; ///< percent, 6 decimals (4.25 = 4.25 %)
    Decimal lastNetPct;
    Decimal lastShares;
    Decimal lastCost;
    std::optional<Decimal> annualizedPct;
    std::optional<std::int64_t> lockedUntilMs;
};

/// One retained per-scan detail of an episode (fact_arb_scan, the seed's scan log).
struct ScanSampleRecord
{
    std::string scanId;
    std::string episodeId;
    std::int64_t scannedAtMs = 0;
    Opportunity opportunity;
    bool executed = false;
};

/// The seed's execution row (fact_arb_execution), upserted by execId as its status moves.
struct ExecutionRecord
{
    std::string execId;
    std::int64_t executedAtMs = 0;
    std::optional<std::string> scanId;
    Strategy strategy = Strategy::NegRiskLong;
    std::string status; ///< FILLED / PARTIAL / PARTIAL_HOLD / STALE / ERROR / PENDING
    std::optional<Decimal> sharesTarget;
    Decimal sharesFilled;
    std::optional<Decimal> totalCost;
    std::optional<Decimal> realizedPnl;
    std::string legsResultJson; ///< JSON text; empty = NULL
    std::string errorMessage;
    // Version 4 (issue 6): which phase ran it, what it executed, and how it ended.
    std::string mode = "MONITOR"; ///< executionModeName(): MONITOR / PAPER / LIVE
    std::string opportunityKey;   ///< Opportunity::id
    std::string eventId;
    std::optional<std::string> approvalId;
    std::optional<Decimal> fees;
    std::optional<std::int64_t> finishedAtMs;
};

enum class BondStatus : std::uint8_t { Open, Settled, Sold };
const char* bondStatusName(BondStatus status);
std::optional<BondStatus> bondStatusFromName(std::string_view name);

/// A bond position (fact_arb_bond_position), upserted by positionId: OPEN, then SETTLED or SOLD.
struct BondPositionRecord
{
    std::string positionId;
    std::int64_t openedAtMs = 0;
    std::string marketId;
    std::string tokenId;
    std::string outcome;
    Decimal shares;
    Decimal buyPrice;
    std::optional<std::int64_t> expectedResolveMs;
    BondStatus status = BondStatus::Open;
    std::optional<Decimal> settlePnl;
    std::optional<std::int64_t> closedAtMs;
};

/// An order we sent (arb_order), upserted by orderId (our client id) as its status moves.
struct OrderRecord
{
    std::string orderId;
    std::optional<std::string> execId;
    std::string venueOrderId;
    std::string tokenId;
    TradeSide side = TradeSide::Buy;
    std::string orderType; ///< FOK / FAK / GTC
    Decimal limitPrice;
    Decimal shares;
    std::string status;
    std::int64_t createdAtMs = 0;
    std::int64_t updatedAtMs = 0;
    std::string errorMessage;
    // Version 4 (issue 6).
    std::string conditionId;
    Decimal filledShares;
    std::string purpose = "LEG"; ///< LEG (a basket leg), PATCH, UNWIND
    std::string mode = "PAPER";  ///< PAPER / LIVE: reconciliation only asks the venue about LIVE
};

/// A fill of one of our orders (arb_fill).
struct FillRecord
{
    std::string fillId;
    std::string orderId;
    std::string tokenId;
    Decimal price;
    Decimal shares;
    Decimal fee;
    std::int64_t filledAtMs = 0;
    TradeSide side = TradeSide::Buy; ///< version 4
};

/// An operator's decision on an opportunity, at the edge they were shown (arb_approval).
struct ApprovalRecord
{
    std::string approvalId;
    std::int64_t decidedAtMs = 0;
    std::string operatorName;
    bool approved = true;
    std::string opportunityKey;
    std::optional<std::string> episodeId;
    Strategy strategy = Strategy::NegRiskLong;
    Decimal quotedNetProfit;
    Decimal quotedNetPct;
    Decimal quotedShares;
    std::string note;
};

/// Portfolio PnL at one moment (arb_pnl_snapshot), keyed by time.
struct PnlSnapshotRecord
{
    std::int64_t takenAtMs = 0;
    Decimal realizedPnl;
    Decimal unrealizedPnl;
    Decimal openExposure;
    std::optional<Decimal> cashBalance;
};

/// PnL of one phase and strategy at one moment (arb_pnl_point, version 4): the PnL charts' data.
/// strategy is a strategyCode() ("A", "B", ...) or "ALL" for the phase's total.
struct PnlPointRecord
{
    std::int64_t takenAtMs = 0;
    std::string mode = "PAPER"; ///< PAPER / LIVE
    std::string strategy = "ALL";
    Decimal realizedPnl;
    Decimal unrealizedPnl;
    Decimal openExposure;
};

/// Market and event metadata (dim_market), upserted by conditionId.
struct MarketMetaRecord
{
    std::string conditionId;
    std::string eventId;
    std::string eventTitle;
    std::string question;
    std::string yesTokenId;
    std::string noTokenId;
    bool negRisk = false;
    std::optional<std::int64_t> endDateMs;
    std::optional<Decimal> tickSize;
    std::int64_t updatedAtMs = 0;
};

using StorageRecord = std::variant<ScanRunRecord,
                                   EpisodeRecord,
                                   ScanSampleRecord,
                                   ExecutionRecord,
                                   BondPositionRecord,
                                   OrderRecord,
                                   FillRecord,
                                   ApprovalRecord,
                                   PnlSnapshotRecord,
                                   MarketMetaRecord,
                                   PnlPointRecord>;

} // namespace polaris
