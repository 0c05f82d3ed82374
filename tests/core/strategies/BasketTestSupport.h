#pragma once

// Hand-built universes for the basket strategy tests (A, A', B, C), plus an independent,
// deliberately naive re-implementation of the sizing conditions used to check the sizer by
// brute force. Nothing here calls BasketSizer.

#include "core/book/OrderBook.h"
#include "core/market/Event.h"
#include "core/market/TakerFee.h"
#include "core/strategies/ScanContext.h"

#include <map>
#include <string>
#include <vector>

namespace polaris::test {

__extension__ using Int128 = __int128;

inline Decimal dec(const char* text)
{
    return Decimal::parse(text).value();
}

/// Plain books keyed by token id.
class BookMap : public BookSource
{
public:
    const OrderBook* find(std::string_view tokenId) const override
    {
        const auto it = m_books.find(std::string(tokenId));
        return it == m_books.end() ? nullptr : &it->second;
    }
    OrderBook& add(const std::string& token,
                   std::vector<BookLevel> asks,
                   std::vector<BookLevel> bids,
                   std::int64_t receivedAtMs)
    {
        OrderBook& book = m_books[token];
        book = OrderBook(token);
        const Status status = book.applySnapshot(bids, asks, receivedAtMs, receivedAtMs);
        (void)status;
        book.setHash("h-" + token);
        return book;
    }
    OrderBook* get(const std::string& token)
    {
        const auto it = m_books.find(token);
        return it == m_books.end() ? nullptr : &it->second;
    }
    void remove(const std::string& token) { m_books.erase(token); }

private:
    std::map<std::string, OrderBook> m_books;
};

inline Market binaryMarket(const std::string& name, bool negRisk = true)
{
    Market market;
    market.id = "m-" + name;
    market.conditionId = "0xc" + name;
    market.question = "Will " + name + " win?";
    market.groupItemTitle = name;
    market.tokens = {Token{"Y" + name, "Yes", std::nullopt, false},
                     Token{"N" + name, "No", std::nullopt, false}};
    market.active = true;
    market.acceptingOrders = true;
    market.enableOrderBook = true;
    market.negRisk = negRisk;
    market.liquidity = Decimal::fromInt(5000);
    market.minOrderSize = Decimal::fromInt(5);
    return market;
}

inline void setFee(Market& market, const char* rate, int exponent)
{
    market.feesEnabled = true;
    market.feeSchedule.present = true;
    market.feeSchedule.rate = dec(rate);
    market.feeSchedule.exponent = exponent;
}

inline Event negRiskEvent(const std::string& id, std::vector<Market> markets)
{
    Event event;
    event.id = id;
    event.title = "Event " + id;
    event.active = true;
    event.negRisk = true;
    event.liquidity = Decimal::fromInt(10'000);
    event.markets = std::move(markets);
    for (Market& market : event.markets) {
        market.eventId = id;
    }
    return event;
}

/// One leg as the naive evaluator sees it.
struct NaiveLeg
{
    const OrderBook* book = nullptr;
    bool buy = true;
    Decimal minOrder;
    bool feeOn = false;
    Decimal rate;
    int exponent = 0;
};

struct NaiveLegResult
{
    Decimal shares, notional, fee, worst;
    bool complete = false;
};

struct NaiveResult
{
    bool complete = true;
    Decimal cost, proceeds, fees, collateral, payout, net, out;
    std::vector<NaiveLegResult> legs;
};

inline std::int64_t ceilDiv(Int128 a, Int128 b)
{
    return static_cast<std::int64_t>(a >= 0 ? (a + b - 1) / b : a / b);
}

inline NaiveLegResult naiveWalk(const NaiveLeg& leg, Decimal shares)
{
    NaiveLegResult r;
    Decimal left = shares;
    const auto levels = leg.buy ? leg.book->asks() : leg.book->bids();
    for (const BookLevel& level : levels) {
        if (!left.isPositive()) {
            break;
        }
        const Decimal take = left < level.size ? left : level.size;
        const Int128 product = static_cast<Int128>(level.price.micros()) * take.micros();
        const std::int64_t micros = leg.buy ? ceilDiv(product, 1'000'000)
                                            : static_cast<std::int64_t>(product / 1'000'000);
        r.notional += Decimal::fromMicros(micros);
        if (leg.feeOn) {
            r.fee += takerFee(take, level.price, leg.rate, leg.exponent);
        }
        r.shares += take;
        r.worst = level.price;
        left -= take;
    }
    r.complete = left.isZero();
    return r;
}

/// rate × (p(1−p))^e rounded up to the micro (exponent 1 or 2 only).
inline Int128 naiveMarginalFee(const NaiveLeg& leg, Decimal price)
{
    if (!leg.feeOn || !price.isPositive()) {
        return 0;
    }
    const Int128 pq = static_cast<Int128>(price.micros()) * (1'000'000 - price.micros());
    Int128 n = leg.rate.micros();
    Int128 scale = 1;
    for (int i = 0; i < leg.exponent; ++i) {
        n *= pq;
        scale *= static_cast<Int128>(1'000'000'000'000LL);
    }
    return (n + scale - 1) / scale;
}

struct NaiveBasket
{
    std::vector<NaiveLeg> legs;
    std::int64_t units = 1;
    int bips = 0;
    Decimal gas;

    NaiveResult at(Decimal q, Decimal step) const
    {
        NaiveResult r;
        r.out = q - Decimal::fromMicros(q.micros() * bips / 10'000);
        const Decimal sell = Decimal::fromMicros(r.out.micros() / step.micros() * step.micros());
        for (const NaiveLeg& leg : legs) {
            NaiveLegResult lr = naiveWalk(leg, leg.buy ? q : sell);
            r.complete = r.complete && lr.complete;
            (leg.buy ? r.cost : r.proceeds) += lr.notional;
            r.fees += lr.fee;
            r.legs.push_back(lr);
        }
        r.collateral = Decimal::fromMicros(r.out.micros() * units);
        r.payout = r.collateral + r.proceeds;
        r.net = r.payout - r.cost - r.fees - gas;
        return r;
    }

    bool passes(Decimal q, const ArbConfig& config) const
    {
        if (q < config.minShares || q > config.maxShares) {
            return false;
        }
        const NaiveResult r = at(q, config.shareStep);
        if (!r.complete || !r.cost.isPositive()) {
            return false;
        }
        for (std::size_t i = 0; i < legs.size(); ++i) {
            if (r.legs[i].shares < legs[i].minOrder) {
                return false;
            }
        }
        if (static_cast<Int128>(r.net.micros()) * 1'000'000
            < static_cast<Int128>(config.minDiscount.micros()) * r.cost.micros()) {
            return false;
        }
        Int128 pay = static_cast<Int128>(units) * 1'000'000;
        Int128 cost = 0;
        for (std::size_t i = 0; i < legs.size(); ++i) {
            const Int128 p = r.legs[i].worst.micros();
            const Int128 fee = naiveMarginalFee(legs[i], r.legs[i].worst);
            if (legs[i].buy) {
                cost += p + fee;
            } else {
                pay += p - fee;
            }
        }
        return pay * (10'000 - bips) > cost * 10'000;
    }
};

inline NaiveLeg naiveLeg(const Market& market, const OrderBook* book, bool buy)
{
    NaiveLeg leg;
    leg.book = book;
    leg.buy = buy;
    leg.minOrder = market.minOrderSize;
    leg.feeOn = market.feesEnabled && market.feeSchedule.present;
    leg.rate = market.feeSchedule.rate;
    leg.exponent = market.feeSchedule.exponent;
    return leg;
}

} // namespace polaris::test
