#pragma once

#include "core/money/Decimal.h"
#include "core/storage/StorageRecords.h"
#include "core/strategies/Opportunity.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace polaris::ui {

/// How the bond ladder buckets resolution dates (UTC).
enum class BondGrouping { Days, Weeks };

/// One bond on the ladder: an open position from the database or a candidate from the scanner.
struct BondRungItem
{
    enum class Kind { Position, Candidate };
    Kind kind = Kind::Position;
    std::string id;    ///< position id, or the candidate's opportunity id
    std::string label; ///< outcome (position) or event title and outcome (candidate)
    std::optional<std::int64_t> resolveMs;
    Decimal shares;
    Decimal price;   ///< buy price (position) or limit price (candidate)
    Decimal capital; ///< shares × buy price rounded up (position); cost + fees (candidate)
    Decimal payout;  ///< what it pays if the outcome happens: its shares
};

/// One rung of the bond ladder: the positions and candidates resolving on one UTC day (or in one
/// ISO week), with their totals. Yield = payout / capital − 1, exact to the micro (rounded down);
/// the annualised yield (a statistic, double) spreads it over the capital-weighted time from now
/// to resolution. Plain value; any thread.
struct BondRung
{
    std::string key;          ///< "2026-12-01", "2026-W49" or "unknown"
    QString label;            ///< what the ladder shows for the date
    std::int64_t startMs = 0; ///< first instant of the day or week (UTC); max for "unknown"
    int positions = 0;
    int candidates = 0;
    Decimal shares;
    Decimal capital;
    Decimal payout;
    std::optional<Decimal> yield;           ///< fraction, e.g. 0.052631; none without capital
    std::optional<double> annualized;       ///< fraction; none when unknown or already due
    std::optional<double> daysToResolution; ///< capital-weighted, from now
    std::vector<BondRungItem> items;

    /// Groups positions and candidates into rungs, earliest first, "unknown" last.
    static std::vector<BondRung> group(const std::vector<BondPositionRecord>& positions,
                                       const std::vector<Opportunity>& candidates,
                                       BondGrouping grouping,
                                       std::int64_t nowMs);
    /// The bond candidates of a scan (strategy F) as ladder items.
    static std::vector<BondRungItem> itemsOf(const std::vector<Opportunity>& candidates);
    static BondRungItem itemOf(const BondPositionRecord& position);
};

} // namespace polaris::ui
