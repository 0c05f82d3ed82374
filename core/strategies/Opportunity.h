#pragma once

#include "core/book/BookLevel.h"
#include "core/market/TradeSide.h"
#include "core/money/Decimal.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace polaris {

/// The strategies of strategies.md. Values are stable (stored and shown); add at the end.
enum class Strategy : std::uint8_t {
    NegRiskLong,      ///< A: buy YES of every outcome of a neg-risk event
    NegRiskShort,     ///< A': buy NO of every outcome
    BinaryComplement, ///< B: YES + NO of one market below 1
    NoConversion,     ///< C: NOs of a subset converted through the NegRiskAdapter
    Bond,             ///< F: near-certain outcome held to resolution
    TailEnd,          ///< G: leading outcome close to resolution
};

/// "A", "A'", "B", "C", "F", "G": the names the CLI and the UI use.
const char* strategyCode(Strategy strategy);
/// Parses a code as strategyCode() writes it (also accepts "A2" for A'); nullopt if unknown.
std::optional<Strategy> strategyFromCode(std::string_view code);

// TradeSide: core/market/TradeSide.h

/// How many levels of a leg's book side an opportunity carries for the console's depth ladder.
inline constexpr std::size_t kLadderLevels = 10;

/// One order of a basket: what to trade, at which limit (the worst level the size touches).
struct OpportunityLeg
{
    std::string tokenId;
    std::string conditionId;
    std::string outcome; ///< "Yes"/"No" and the market's groupItemTitle, for people
    TradeSide side = TradeSide::Buy;
    Decimal limitPrice; ///< worst level touched: a limit order here fills the whole size
    Decimal shares;
    Decimal vwap;     ///< average price over the levels taken
    Decimal notional; ///< cost (buy, rounded up) or proceeds (sell, rounded down)
    Decimal fee;      ///< venue taker fee for this leg
    std::string bookHash;
    std::int64_t bookTimestampMs = 0;
    /// The best levels (at most kLadderLevels, best first) of the side the leg walks, asks for a
    /// buy and bids for a sell, as they were when the opportunity was reported: the depth ladder
    /// the console shows. Copied only for reported opportunities, never while sizing.
    std::vector<BookLevel> depth;
};

/// An executable arbitrage as of the books it was computed from. Plain value; crosses threads.
struct Opportunity
{
    std::string id; ///< stable across updates: strategy + event + the legs' tokens
    Strategy strategy = Strategy::NegRiskLong;
    std::string eventId;
    std::string eventTitle;
    std::vector<std::string> marketIds; ///< condition ids, in leg order
    std::vector<OpportunityLeg> legs;
    Decimal shares;          ///< basket size q
    Decimal cost;            ///< sum of buy notionals
    Decimal payout;          ///< guaranteed payout (USDC) in the worst outcome, incl. sell proceeds
    Decimal fees;            ///< sum of leg fees
    Decimal gas;             ///< on-chain gas, configured USD amount
    Decimal netProfit;       ///< payout - cost - fees - gas
    double netProfitPct = 0; ///< netProfit / cost, for display and sorting
    std::optional<std::int64_t> lockedUntilMs; ///< capital returned at (end date + lag); none = now
    std::optional<double> annualizedPct;       ///< when capital is locked
    std::int64_t firstSeenMs = 0;
    std::int64_t lastSeenMs = 0;
};

/// Which layer of the seed's risk pyramid refused a near-miss.
enum class RiskLayer : std::uint8_t { DataIntegrity = 1, Quality = 2 };

/// Why a candidate was not reported. Codes are stable (stored, translated in the UI).
enum class RefusalReason : std::uint8_t {
    MissingAsk,           ///< L1: an outcome has no ask (or no book)
    NotNegRisk,           ///< L1: event not flagged negRisk
    MarketNotTradable,    ///< L1: closed / archived / inactive / not accepting orders
    LowLiquidity,         ///< L1: below the anti-rug liquidity floor
    StaleBook,            ///< L1: a book is older than the limit or its feed is down
    InvalidBook,          ///< L1: a book is crossed or otherwise inconsistent
    AugmentedNegRisk,     ///< L1: YES basket over an augmented event is not provably exhaustive
    UmaDispute,           ///< L1: open UMA dispute
    AwaitingResolution,   ///< L1: end date passed, not resolved yet
    BelowMinDiscount,     ///< L2: best net profit % under the threshold
    BelowMinShares,       ///< L2: not enough size at a profitable price
    BelowMinAnnualized,   ///< L2: annualised yield under the threshold
    BelowMinOrderSize,    ///< L2: a leg's size under the market's minimum order size
    LowConfidence,        ///< L2: tail-end confidence under the threshold
    TooFarFromResolution, ///< L2: outside the time window of the strategy
};

const char* refusalReasonName(RefusalReason reason);
RiskLayer refusalLayer(RefusalReason reason);

/// A near-miss: what was looked at, why it was refused, and how close it came.
struct Refusal
{
    std::string id; ///< same scheme as Opportunity::id
    Strategy strategy = Strategy::NegRiskLong;
    std::string eventId;
    std::string eventTitle;
    std::vector<std::string> marketIds;
    RefusalReason reason = RefusalReason::MissingAsk;
    std::string detail;          ///< e.g. "book 1234… is 7.2 s old (limit 5 s)"
    std::optional<Decimal> edge; ///< best-ask edge per share when it could be computed
};

} // namespace polaris
