#pragma once

#include "core/signing/ExchangeConfig.h"
#include "core/sim/MarketWalker.h"
#include "core/sim/SimAccounts.h"
#include "core/sim/SimFaults.h"
#include "core/sim/SimLiquidity.h"
#include "core/sim/SimMatcher.h"
#include "core/sim/SimOrderJson.h"
#include "core/sim/SimOrderRequest.h"
#include "core/sim/SimOrderStore.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace polaris::sim {

struct SimExchangeOptions
{
    Decimal startingBalance = Decimal::fromInt(10'000); ///< collateral of a new wallet
    std::uint64_t chainId = signing::kPolygonChainId;   ///< of the L1 and order domains
    bool acceptV1 = true;       ///< V1 orders (V1 domain) too; false: order_version_mismatch
    int minedAfterMs = 300;     ///< trade status MATCHED -> MINED after this long
    int confirmedAfterMs = 900; ///< -> CONFIRMED after this long (from the match)
    int pageSize = 100;         ///< items per page of /data/orders and /data/trades
    std::uint64_t seed = 1;     ///< credentials, ids and fault dice
};

/// The simulator's matching engine: validates signed orders against the sim market (tick, min
/// size, balance, expiration, post-only, duplicates), matches them price-time against the
/// simulated book and our other resting orders (SimMatcher), keeps orders, trades and wallets,
/// cancels, fills resting orders the random walk crosses, expires GTD orders, moves trades
/// MATCHED -> MINED -> CONFIRMED on a timer, and reports everything to the market channel
/// (price_change, last_trade_price) and the user channel (order and trade events).
/// Reads the trading faults from the SimFaults it is given. Lives on SimServer's thread.
class SimExchange : public QObject
{
    Q_OBJECT

public:
    /// (user = the order signer's address, market condition id, one JSON event)
    using UserSink =
            std::function<void(const signing::Address&, const std::string&, const QByteArray&)>;

    struct CancelResult
    {
        std::vector<std::string> canceled;
        std::vector<std::pair<std::string, std::string>> notCanceled; ///< id, reason
    };

    SimExchange(SimUniverse& universe,
                SimFaults& faults,
                SimExchangeOptions options,
                QObject* parent = nullptr);
    ~SimExchange() override;

    void
    setPublishers(MarketWalker::ChangeSink changes, MarketWalker::TradeSink trades, UserSink user);

    SimAccounts& accounts() { return m_accounts; }
    SimOrderStore& store() { return m_store; }
    const SimOrderStore& store() const { return m_store; }
    SimUniverse& universe() { return m_universe; }
    const SimExchangeOptions& options() const { return m_options; }
    signing::ExchangeConfig exchangeConfig(signing::ProtocolVersion version) const;

    /// Places one order for `key` (already L2-authenticated).
    SimPlaceResult place(const SimOrderRequest& request, const SimApiKey& key, std::int64_t nowMs);
    CancelResult
    cancel(const SimApiKey& key, const std::vector<std::string>& ids, std::int64_t nowMs);
    /// Cancels every live order of the key's address, optionally only of one market (index) or
    /// one token (index); -1 = any.
    CancelResult cancelAll(const SimApiKey& key, int market, int token, std::int64_t nowMs);
    /// After the random walk changed the books: fill the resting orders it crossed.
    void onBooksMoved(std::int64_t nowMs);
    /// Trade status changes and GTD expiries due by `nowMs` (the timer calls it with the clock).
    void advance(std::int64_t nowMs);

private:
    struct PendingStatus
    {
        std::string tradeId;
        std::int64_t dueMs = 0;
        SimTradeStatus next = SimTradeStatus::Mined;
    };

    SimPlaceResult refuse(const std::string& message) const;
    /// Limit price from the signed amounts, or a refusal text.
    std::string derivePrice(const SimOrderRequest& request,
                            const OrderBook& book,
                            Decimal shares,
                            Decimal collateral,
                            Decimal& price) const;
    void finishTrades(const std::vector<SimTrade*>& trades, std::int64_t nowMs);
    void
    emitOrder(const SimOrder& order, const char* type, const QString& status, std::int64_t nowMs);
    void emitTrade(const SimTrade& trade, std::int64_t nowMs);
    void cancelOrder(SimOrder& order, std::int64_t nowMs);
    void flush(std::int64_t nowMs);
    void updateTimer();

    SimUniverse& m_universe;
    SimFaults& m_faults;
    SimExchangeOptions m_options;
    QRandomGenerator m_random;
    SimAccounts m_accounts;
    SimOrderStore m_store;
    SimLiquidity m_liquidity;
    SimMatcher m_matcher;
    MarketWalker::ChangeSink m_changeSink;
    MarketWalker::TradeSink m_tradeSink;
    UserSink m_userSink;
    std::vector<PendingStatus> m_pending;
    QTimer m_timer;
};

} // namespace polaris::sim
