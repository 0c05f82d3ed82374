#pragma once

#include "core/strategies/ScanContext.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace polaris {

struct Market;
struct Token;

/// Annualised return of capital locked until resolution (statistics, hence doubles).
struct BondYield
{
    double periodReturn = 0; ///< net profit / capital over the whole lock-up
    double simple = 0;       ///< periodReturn x 365 / days (the spec's threshold form)
    double compounded = 0;   ///< (1 + periodReturn)^(365 / days) - 1
    double days = 0;         ///< lock-up: end date + resolution lag - now
};

/// A reported bond with the statistics Opportunity has no field for (the compounding form).
struct BondQuote
{
    Opportunity opportunity;
    BondYield yield;
};

/// What evaluating one token gives: nothing (not a bond candidate), a quote, or a near-miss.
using BondEvaluation = std::variant<std::monostate, BondQuote, Refusal>;

/// Strategy F (strategies.md): near-certain tokens bought at best ask p with
/// bondMinPrice <= p <= bondMaxPrice and held to resolution, when the annualised return over
/// (end date + resolution lag - now) meets bondMinAnnualized and at least bondMinShares are
/// offered at prices that each still meet it. Fees come from the market's schedule and count
/// in both cost and yield. Refusals are reported only for tokens priced inside the bond band,
/// so the rest of the universe does not show up as near-misses, and only when they resolve
/// within twice bondMaxDays (lag included): a bond resolving in a year is not close to
/// qualifying, whatever else (liquidity, books) is wrong with it.
/// Stateless and const; runs on the market-data thread.
class BondScanner : public StrategyChecker
{
public:
    void checkEvent(const Event& event, const ScanContext& context, ScanResult& out) const override;

    /// One token of one market of `event`, for callers that need the compounding form (the
    /// bond ladder) or want to look at a single token.
    BondEvaluation evaluate(const Event& event,
                            const Market& market,
                            const Token& token,
                            const ScanContext& context) const;

    /// Simple and compounding annualisation of `periodReturn` earned over `lockMs`.
    static BondYield annualize(double periodReturn, std::int64_t lockMs);
    /// "F:<tokenId>": one bond per token, stable across scans.
    static std::string opportunityId(std::string_view tokenId);
};

} // namespace polaris
