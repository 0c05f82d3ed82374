#include "core/sim/SimMatcher.h"

#include "core/market/TakerFee.h"

#include <QByteArray>

#include <set>

namespace polaris::sim {

namespace {

const Decimal kCent = Decimal::fromMicros(10'000);

TradeSide opposite(TradeSide side)
{
    return side == TradeSide::Buy ? TradeSide::Sell : TradeSide::Buy;
}

/// The book side a taker on `side` consumes.
BookSide takenSide(TradeSide side)
{
    return side == TradeSide::Buy ? BookSide::Ask : BookSide::Bid;
}

bool crosses(TradeSide takerSide, Decimal price, Decimal limit)
{
    return takerSide == TradeSide::Buy ? price <= limit : price >= limit;
}

} // namespace

Decimal SimLevelPlan::total() const
{
    Decimal sum = simSize;
    for (const SimOrder* order : resting) {
        sum += order->remaining();
    }
    return sum;
}

SimMatcher::SimMatcher(SimUniverse& universe,
                       SimOrderStore& store,
                       SimAccounts& accounts,
                       SimLiquidity& liquidity,
                       QRandomGenerator& random)
    : m_universe(universe)
    , m_store(store)
    , m_accounts(accounts)
    , m_liquidity(liquidity)
    , m_random(random)
{}

std::string SimMatcher::randomUuid()
{
    QByteArray bytes(16, '\0');
    m_random.fillRange(reinterpret_cast<quint32*>(bytes.data()), 4);
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80); // variant 1
    const QByteArray hex = bytes.toHex();
    return (hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-'
            + hex.mid(20, 12))
            .toStdString();
}

std::string SimMatcher::randomHash()
{
    QByteArray bytes(32, '\0');
    m_random.fillRange(reinterpret_cast<quint32*>(bytes.data()), 8);
    return "0x" + bytes.toHex().toStdString();
}

std::vector<SimLevelPlan> SimMatcher::plan(int token, TradeSide side, Decimal limit, Decimal shares)
{
    const OrderBook& book = m_universe.tokens[static_cast<std::size_t>(token)].book;
    const auto sim = side == TradeSide::Buy ? book.asks() : book.bids();
    const std::vector<SimOrder*> ours = m_store.resting(token, opposite(side));
    const auto better = [side](Decimal a, Decimal b) {
        return side == TradeSide::Buy ? a < b : a > b;
    };
    std::vector<SimLevelPlan> levels;
    std::size_t i = 0;
    std::size_t j = 0;
    Decimal found;
    while (found < shares) {
        const bool simNext = i < sim.size() && crosses(side, sim[i].price, limit);
        const bool oursNext = j < ours.size() && crosses(side, ours[j]->price, limit);
        if (!simNext && !oursNext) {
            break;
        }
        SimLevelPlan level;
        level.price = !oursNext                              ? sim[i].price
                      : !simNext                             ? ours[j]->price
                      : better(ours[j]->price, sim[i].price) ? ours[j]->price
                                                             : sim[i].price;
        if (simNext && sim[i].price == level.price) {
            level.simSize = sim[i].size;
            ++i;
        }
        while (j < ours.size() && ours[j]->price == level.price) {
            level.resting.push_back(ours[j]);
            ++j;
        }
        found += level.total();
        levels.push_back(std::move(level));
    }
    return levels;
}

Decimal SimMatcher::depth(const std::vector<SimLevelPlan>& levels)
{
    Decimal sum;
    for (const SimLevelPlan& level : levels) {
        sum += level.total();
    }
    return sum;
}

void SimMatcher::compete(const std::vector<SimLevelPlan>& levels,
                         int token,
                         TradeSide side,
                         Decimal fraction,
                         std::int64_t nowMs)
{
    for (const SimLevelPlan& level : levels) {
        const Decimal taken = Decimal::mul(level.simSize, fraction, Rounding::Down)
                                      .roundToMultiple(kCent, Rounding::Down);
        if (taken.isPositive()) {
            m_liquidity.take(token, takenSide(side), level.price, taken, nowMs);
            m_liquidity.print(token, level.price, taken, side == TradeSide::Buy);
        }
    }
}

Decimal SimMatcher::takerFee(int token, Decimal shares, Decimal price) const
{
    const int market = m_universe.tokens[static_cast<std::size_t>(token)].market;
    if (market < 0) {
        return Decimal();
    }
    const SimMarket& m = m_universe.markets[static_cast<std::size_t>(market)];
    if (!m.feesEnabled || !m.feeRate.isPositive()) {
        return Decimal();
    }
    return polaris::takerFee(shares, price, m.feeRate, m.feeExponent);
}

void SimMatcher::settleTaker(const SimTaker& taker, const SimTrade& trade)
{
    SimWallet& wallet = m_accounts.wallet(taker.wallet);
    const Decimal notional = Decimal::mul(trade.price, trade.size, Rounding::Up);
    if (trade.side == TradeSide::Buy) {
        wallet.collateral -= notional + trade.fee;
        wallet.shares[trade.token] += trade.size;
    } else {
        wallet.shares[trade.token] -= trade.size;
        wallet.collateral += notional - trade.fee;
    }
}

void SimMatcher::settleMaker(SimOrder& order, Decimal shares, Decimal price)
{
    SimWallet& wallet = m_accounts.wallet(order.maker);
    const Decimal notional = Decimal::mul(price, shares, Rounding::Up);
    if (order.side == TradeSide::Buy) {
        const Decimal release = min(order.reserved, notional);
        order.reserved -= release;
        wallet.reservedCollateral -= release;
        wallet.collateral -= notional;
        wallet.shares[order.token] += shares;
    } else {
        const Decimal release = min(order.reserved, shares);
        order.reserved -= release;
        wallet.reservedShares[order.token] -= release;
        wallet.shares[order.token] -= shares;
        wallet.collateral += notional;
    }
    order.sizeMatched += shares;
    if (!order.remaining().isPositive()) {
        order.status = SimOrderStatus::Matched;
        releaseReservation(order);
    }
}

void SimMatcher::releaseReservation(SimOrder& order)
{
    if (order.reserved.isZero()) {
        return;
    }
    SimWallet& wallet = m_accounts.wallet(order.maker);
    if (order.side == TradeSide::Buy) {
        wallet.reservedCollateral -= order.reserved;
    } else {
        wallet.reservedShares[order.token] -= order.reserved;
    }
    order.reserved = Decimal();
}

std::vector<SimTrade*> SimMatcher::execute(const SimTaker& taker,
                                           const std::vector<SimLevelPlan>& levels,
                                           Decimal shares,
                                           std::int64_t nowMs)
{
    std::vector<SimTrade*> trades;
    Decimal remaining = shares;
    for (const SimLevelPlan& level : levels) {
        if (!remaining.isPositive()) {
            break;
        }
        SimTrade trade;
        trade.id = randomUuid();
        trade.takerOrderId = taker.orderId;
        trade.takerOwner = taker.owner;
        trade.takerAddress = taker.address;
        trade.takerOurs = taker.ours;
        trade.takerUser = taker.user;
        trade.token = taker.token;
        trade.side = taker.side;
        trade.price = level.price;
        trade.matchTimeMs = nowMs;
        trade.lastUpdateMs = nowMs;
        trade.transactionHash = randomHash();
        const Decimal fromSim = min(remaining, level.simSize);
        if (fromSim.isPositive()) {
            m_liquidity.take(taker.token, takenSide(taker.side), level.price, fromSim, nowMs);
            trade.makers.push_back(SimMakerFill{randomHash(),
                                                kSimOwner,
                                                kSimAddress,
                                                taker.token,
                                                opposite(taker.side),
                                                fromSim,
                                                level.price,
                                                false,
                                                {}});
            remaining -= fromSim;
            trade.size += fromSim;
        }
        for (SimOrder* order : level.resting) {
            if (!remaining.isPositive()) {
                break;
            }
            const Decimal matched = min(remaining, order->remaining());
            order->tradeIds.push_back(trade.id);
            settleMaker(*order, matched, level.price);
            trade.makers.push_back(SimMakerFill{
                    order->id, order->owner, order->maker.toChecksumHex(), order->token,
                    order->side, matched, level.price, true, order->signer});
            remaining -= matched;
            trade.size += matched;
        }
        trade.fee = taker.ours ? takerFee(taker.token, trade.size, trade.price) : Decimal();
        if (taker.ours) {
            settleTaker(taker, trade);
        }
        m_liquidity.print(taker.token, trade.price, trade.size, taker.side == TradeSide::Buy);
        trades.push_back(&m_store.addTrade(std::move(trade)));
    }
    return trades;
}

std::vector<SimTrade*> SimMatcher::crossResting(std::int64_t nowMs)
{
    std::set<int> tokens;
    for (const SimOrder& order : m_store.orders()) {
        if (order.status == SimOrderStatus::Live) {
            tokens.insert(order.token);
        }
    }
    std::vector<SimTrade*> trades;
    for (const int token : tokens) {
        const OrderBook& book = m_universe.tokens[static_cast<std::size_t>(token)].book;
        for (const TradeSide side : {TradeSide::Buy, TradeSide::Sell}) {
            for (SimOrder* order : m_store.resting(token, side)) {
                while (order->status == SimOrderStatus::Live) {
                    const auto level = side == TradeSide::Buy ? book.bestAsk() : book.bestBid();
                    if (!level || !crosses(side, level->price, order->price)) {
                        break;
                    }
                    const Decimal matched = min(order->remaining(), level->size);
                    m_liquidity.take(token, takenSide(side), level->price, matched, nowMs);
                    SimTrade trade;
                    trade.id = randomUuid();
                    trade.takerOrderId = randomHash();
                    trade.takerOwner = kSimOwner;
                    trade.takerAddress = kSimAddress;
                    trade.token = token;
                    trade.side = opposite(side);
                    trade.price = order->price;
                    trade.size = matched;
                    trade.matchTimeMs = nowMs;
                    trade.lastUpdateMs = nowMs;
                    trade.transactionHash = randomHash();
                    order->tradeIds.push_back(trade.id);
                    settleMaker(*order, matched, order->price);
                    trade.makers.push_back(
                            SimMakerFill{order->id, order->owner, order->maker.toChecksumHex(),
                                         token, side, matched, order->price, true, order->signer});
                    m_liquidity.print(token, order->price, matched, trade.side == TradeSide::Buy);
                    trades.push_back(&m_store.addTrade(std::move(trade)));
                }
            }
        }
    }
    return trades;
}

} // namespace polaris::sim
