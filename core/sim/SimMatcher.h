#pragma once

#include "core/sim/SimAccounts.h"
#include "core/sim/SimLiquidity.h"
#include "core/sim/SimOrderStore.h"
#include "core/sim/SimUniverse.h"

#include <QRandomGenerator>

#include <string>
#include <vector>

namespace polaris::sim {

/// Who takes liquidity: one of our API accounts' orders, or a simulated trader.
struct SimTaker
{
    std::string orderId;
    std::string owner;
    std::string address; ///< checksummed funder address, as trades show it
    bool ours = false;
    signing::Address user;   ///< when ours: the signer (user-channel routing)
    signing::Address wallet; ///< when ours: the funder whose balance pays
    int token = -1;
    TradeSide side = TradeSide::Buy;
};

/// One price level an order would trade at: the simulated traders' size there, then our resting
/// orders at that price in time order (the simulated liquidity was there first).
struct SimLevelPlan
{
    Decimal price;
    Decimal simSize;
    std::vector<SimOrder*> resting;

    Decimal total() const;
};

/// Price-time matching of the simulator. Liquidity is the SimUniverse books (the simulated
/// traders) plus our API accounts' resting orders, which are not shown in the public book.
/// A taker walks the opposite side best price first up to its limit and trades at each maker's
/// price; one SimTrade per price level. Settles wallets at once (taker pays notional plus the
/// market's taker fee, core/market/TakerFee; makers pay none) and queues the liquidity changes
/// in SimLiquidity. Lives on SimServer's thread.
class SimMatcher
{
public:
    /// The simulated traders' identity in trades (maker_orders[] and walker takers).
    static constexpr char kSimOwner[] = "51515151-5151-4151-8151-515151515151";
    static constexpr char kSimAddress[] = "0x5151515151515151515151515151515151515151";

    SimMatcher(SimUniverse& universe,
               SimOrderStore& store,
               SimAccounts& accounts,
               SimLiquidity& liquidity,
               QRandomGenerator& random);

    /// The levels a taker on `side` with `limit` would trade at, best first, enough for `shares`.
    std::vector<SimLevelPlan> plan(int token, TradeSide side, Decimal limit, Decimal shares);
    static Decimal depth(const std::vector<SimLevelPlan>& levels);
    /// A competing taker takes `fraction` (floored to 0.01 shares) of each simulated level.
    void compete(const std::vector<SimLevelPlan>& levels,
                 int token,
                 TradeSide side,
                 Decimal fraction,
                 std::int64_t nowMs);
    /// Fills up to `shares` along `levels` (which must be fresh from plan()).
    std::vector<SimTrade*> execute(const SimTaker& taker,
                                   const std::vector<SimLevelPlan>& levels,
                                   Decimal shares,
                                   std::int64_t nowMs);
    /// Our resting orders whose price the simulated book has moved through: the crossing
    /// liquidity takes them at their own price.
    std::vector<SimTrade*> crossResting(std::int64_t nowMs);

    /// Gives back what a finished or cancelled resting order still holds in reserve.
    void releaseReservation(SimOrder& order);

    std::string randomUuid();
    std::string randomHash();

private:
    Decimal takerFee(int token, Decimal shares, Decimal price) const;
    void settleTaker(const SimTaker& taker, const SimTrade& trade);
    void settleMaker(SimOrder& order, Decimal shares, Decimal price);

    SimUniverse& m_universe;
    SimOrderStore& m_store;
    SimAccounts& m_accounts;
    SimLiquidity& m_liquidity;
    QRandomGenerator& m_random;
};

} // namespace polaris::sim
