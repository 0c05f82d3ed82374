#pragma once

#include "core/book/OrderBook.h"
#include "core/money/Decimal.h"

#include <QByteArray>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace polaris::sim {

/// One outcome token (CLOB asset) and its book.
struct SimToken
{
    std::string id;       ///< uint256 as a decimal string
    int market = -1;      ///< index into SimUniverse::markets; -1 for a book with no Gamma market
    int outcome = 0;      ///< 0 = first outcome (Yes), 1 = second (No)
    bool hasBook = false; ///< GET /book answers 404 when false
    bool negRisk = false;
    OrderBook book;
    Decimal lastTradePrice;
    std::int64_t timestampMs = 0;
    QByteArray hash; ///< 40 hex chars, SHA-1 of the levels
    QByteArray json; ///< cached GET /book body; empty = rebuild on demand
};

/// One Gamma market (a binary question with two tokens).
struct SimMarket
{
    std::string id;
    std::string conditionId;
    std::string questionId;
    int event = -1;
    std::array<int, 2> tokens{-1, -1};
    std::array<std::string, 2> outcomes{"Yes", "No"};
    Decimal tickSize = Decimal::fromMicros(10'000);
    Decimal minOrderSize = Decimal::fromInt(5);
    bool negRisk = false;
    bool negRiskOther = false;
    bool active = true;
    bool closed = false;
    bool acceptingOrders = true;
    bool enableOrderBook = true;
    bool feesEnabled = false;
    Decimal feeRate;
    int feeExponent = 0;
    bool feeTakerOnly = true;
    /// The raw Gamma market object inside its event's JSON (offset, length).
    qsizetype jsonOffset = 0;
    qsizetype jsonLength = 0;
    /// Set while a mispricing owns this market's books: the random walk leaves them alone so
    /// that removing the mispricing restores them exactly.
    bool frozen = false;
};

/// One Gamma event with its nested markets.
struct SimEvent
{
    std::string id;
    bool negRisk = false;
    bool active = true;
    bool closed = false;
    bool archived = false;
    std::vector<int> markets;
    QByteArray json; ///< the event object exactly as GET /events serves it
};

/// Everything the simulator serves: Gamma events/markets and the CLOB books, held as plain data
/// (no Qt objects) and owned by SimServer on the thread that runs its event loop.
/// Books are polaris::OrderBook with exact Decimal levels; their REST JSON is cached until the
/// book changes.
struct SimUniverse
{
    std::vector<SimEvent> events;
    std::vector<SimMarket> markets;
    std::vector<SimToken> tokens;

    /// Rebuilds the id lookups; call after filling the vectors.
    void buildIndex();
    int findToken(std::string_view id) const;
    int findMarketByCondition(std::string_view conditionId) const;

    /// The GET /book body of a token (built once, then cached until touchBook()).
    const QByteArray& bookJson(int token);
    /// After a level change: new hash and timestamp, cached JSON dropped.
    void touchBook(int token, std::int64_t nowMs);
    /// The raw Gamma market object.
    QByteArray marketJson(int market) const;
    /// Number of tokens with a book.
    int bookCount() const;

    /// SHA-1 (hex) over the asset id and levels: changes exactly when the levels change.
    static QByteArray levelsHash(const OrderBook& book);

private:
    std::unordered_map<std::string, int> m_tokenIndex;
    std::unordered_map<std::string, int> m_conditionIndex;
};

} // namespace polaris::sim
