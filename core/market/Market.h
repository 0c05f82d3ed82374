#pragma once

#include "core/market/FeeSchedule.h"
#include "core/market/Token.h"
#include "core/money/Decimal.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace polaris {

/// How an outcome market of a (neg-risk) event should be treated (spec §1.4).
enum class OutcomeKind {
    Named,       ///< a real, named outcome: the only kind strategies may trade
    Placeholder, ///< reserved slot ("Candidate A") awaiting clarification: ignore
    Other,       ///< catch-all "Other" leg whose meaning changes as placeholders are named: ignore
};

/// One binary (or legacy multi-outcome) market as Gamma or the CLOB describe it: identity,
/// outcome tokens, state flags, trading parameters and resolution status. Plain value built by
/// the venue parsers; safe to copy across threads.
struct Market
{
    std::string id; ///< Gamma market id ("559657"); empty for CLOB-only payloads
    std::string conditionId;
    std::string questionId;
    std::string eventId; ///< parent Gamma event when known
    std::string question;
    std::string slug;
    std::string groupItemTitle;
    std::string description;
    /// tokens[i] is outcomes[i] <-> clobTokenIds[i] (index 0 = CTF indexSet 1).
    std::vector<Token> tokens;

    bool active = false;
    bool closed = false;
    bool archived = false;
    bool acceptingOrders = false;
    bool enableOrderBook = false;
    bool restricted = false;
    bool negRisk = false;
    bool negRiskOther = false;
    std::string negRiskMarketId;
    std::optional<std::int64_t> endDateMs;

    Decimal tickSize = Decimal::fromMicros(10'000); ///< 0.01 unless the venue says otherwise
    Decimal minOrderSize = Decimal::fromInt(5);     ///< shares
    Decimal liquidity;                              ///< informational, rounded down to 6 dp
    Decimal volume;                                 ///< informational, rounded down to 6 dp
    std::optional<Decimal> bestBid;                 ///< Gamma's cached top of book; informational
    std::optional<Decimal> bestAsk;

    bool feesEnabled = false;
    FeeSchedule feeSchedule;
    int makerBaseFeeBps = 0;
    int takerBaseFeeBps = 0;
    int secondsDelay = 0; ///< taker-order delay the venue applies (sports markets)

    std::string umaResolutionStatus;                ///< e.g. "resolved"; empty if none
    std::vector<std::string> umaResolutionStatuses; ///< history, oldest first: ["proposed"]

    /// Orders can rest and match right now. `active` alone means nothing: real closed markets
    /// carry active=true and even acceptingOrders=true (spec §1.3).
    bool isTradable() const;
    OutcomeKind kind() const;
    /// An open UMA dispute: latest status (or the summary status) is "disputed"/"challenged" and
    /// the market is not yet resolved. Strategies refuse such markets (strategies.md).
    bool inUmaDispute() const;
    /// Binary markets only (two tokens): the "Yes"/"No" token by name (any case), else index 0/1;
    /// nullptr otherwise. Pointers into `tokens` (no copy: the scan path calls these per market).
    const Token* yesToken() const;
    const Token* noToken() const;
    /// Copies of yesToken()/noToken()'s ids, for callers that keep them.
    std::optional<std::string> yesTokenId() const;
    std::optional<std::string> noTokenId() const;
    const Token* findToken(std::string_view tokenId) const;
};

/// Whether a groupItemTitle reads like a neg-risk placeholder slot ("Candidate A", "Person B",
/// "Player AA"). Exposed for tests and for UI filters.
bool looksLikePlaceholderTitle(std::string_view title);

} // namespace polaris
