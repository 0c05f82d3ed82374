#pragma once

#include "core/market/TradeSide.h"
#include "core/money/Decimal.h"
#include "core/signing/Address.h"
#include "core/signing/OrderJson.h"

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

namespace polaris::sim {

enum class SimOrderStatus : std::uint8_t {
    Live,     ///< resting (GTC/GTD), possibly partly matched
    Matched,  ///< fully matched
    Canceled, ///< cancelled by its owner, expired (GTD), or a FAK remainder
    Killed,   ///< FOK that could not be filled completely
};

/// One order of an API account, as the venue keeps it (OpenOrder of spec §4.5).
struct SimOrder
{
    std::string id;          ///< the order hash, 0x + 64 hex
    std::string owner;       ///< API key
    signing::Address signer; ///< the API key's EOA: owns the order, gets its user-channel events
    signing::Address maker;  ///< funder: the wallet whose balance it uses
    int token = -1;
    TradeSide side = TradeSide::Buy;
    Decimal price;
    Decimal originalSize; ///< shares
    Decimal sizeMatched;
    signing::OrderType type = signing::OrderType::Gtc;
    SimOrderStatus status = SimOrderStatus::Live;
    std::int64_t createdAtMs = 0;
    std::uint64_t expiration = 0; ///< unix seconds, 0 = none
    std::vector<std::string> tradeIds;
    Decimal reserved;           ///< collateral (BUY) or shares (SELL) still held back for the rest
    std::uint64_t sequence = 0; ///< arrival order: time priority

    Decimal remaining() const { return originalSize - sizeMatched; }
};

/// One maker side of a trade: one of our resting orders, or the simulated traders' level.
struct SimMakerFill
{
    std::string orderId;
    std::string owner;
    std::string makerAddress; ///< checksummed
    int token = -1;
    TradeSide side = TradeSide::Sell;
    Decimal matchedAmount;
    Decimal price;
    bool ours = false;     ///< an API account's order (it gets user-channel events)
    signing::Address user; ///< when ours: the order's signer
};

enum class SimTradeStatus : std::uint8_t { Matched, Mined, Confirmed };

/// One match of a taker order against the makers of one price level (spec §4.5 Trade).
struct SimTrade
{
    std::string id; ///< uuid
    std::string takerOrderId;
    std::string takerOwner;
    std::string takerAddress; ///< checksummed
    bool takerOurs = false;
    signing::Address takerUser; ///< when ours: the taker order's signer
    int token = -1;
    TradeSide side = TradeSide::Buy; ///< the taker's side
    Decimal price;
    Decimal size;
    Decimal fee; ///< the taker's fee in collateral (makers pay none)
    SimTradeStatus status = SimTradeStatus::Matched;
    std::int64_t matchTimeMs = 0;
    std::int64_t lastUpdateMs = 0;
    std::string transactionHash;
    std::vector<SimMakerFill> makers;
};

/// Every order and trade of the simulator's API accounts, in arrival order, with lookups by id.
/// References stay valid (deques). Plain data; SimServer's thread.
class SimOrderStore
{
public:
    SimOrder& addOrder(SimOrder order);
    SimOrder* findOrder(const std::string& id);
    SimTrade& addTrade(SimTrade trade);
    SimTrade* findTrade(const std::string& id);

    std::deque<SimOrder>& orders() { return m_orders; }
    const std::deque<SimOrder>& orders() const { return m_orders; }
    const std::deque<SimTrade>& trades() const { return m_trades; }
    /// Live orders on one side of one token, best price first, then arrival.
    std::vector<SimOrder*> resting(int token, TradeSide side);
    int liveCount() const;
    std::uint64_t nextSequence() { return ++m_sequence; }

private:
    std::deque<SimOrder> m_orders;
    std::deque<SimTrade> m_trades;
    std::unordered_map<std::string, std::size_t> m_orderIndex;
    std::unordered_map<std::string, std::size_t> m_tradeIndex;
    std::uint64_t m_sequence = 0;
};

} // namespace polaris::sim
