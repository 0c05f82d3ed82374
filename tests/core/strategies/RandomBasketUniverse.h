#pragma once

// Random neg-risk / binary universes and an independent verifier of basket opportunities:
// every reported basket must pay at least cost + fees + gas in every possible world, agree with
// the books leg by leg, pass every sizing condition, and be the largest size on the grid that does.

#include "tests/core/strategies/BasketTestSupport.h"
#include "tests/support/TestPrinters.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <map>

namespace polaris::test {

struct Universe
{
    std::vector<Event> events;
    BookMap books;
};

inline std::vector<BookLevel>
randomLadder(QRandomGenerator& rng, std::int64_t start, std::int64_t tick, int direction)
{
    std::vector<BookLevel> levels;
    std::int64_t price = start;
    const int count = 1 + static_cast<int>(rng.bounded(4));
    for (int i = 0; i < count && price >= tick && price <= 1'000'000 - tick; ++i) {
        const std::int64_t size = rng.bounded(2) ? (5 + rng.bounded(150)) * 1'000'000LL
                                                 : 5'000'000 + rng.bounded(150'000'000);
        levels.push_back(BookLevel{Decimal::fromMicros(price), Decimal::fromMicros(size)});
        price += direction * tick * (1 + rng.bounded(3));
    }
    return levels;
}

/// A token book whose best ask is near `fair - edge`, with bids a few ticks below.
inline void randomBook(QRandomGenerator& rng,
                       Universe& u,
                       const std::string& token,
                       std::int64_t fair,
                       std::int64_t tick,
                       std::int64_t nowMs)
{
    const std::int64_t edge = static_cast<std::int64_t>(rng.bounded(70'000)) - 30'000;
    std::int64_t ask =
            std::clamp<std::int64_t>((fair - edge) / tick * tick, 2 * tick, 1'000'000 - tick);
    std::int64_t bid = ask - tick * (1 + rng.bounded(3));
    std::vector<BookLevel> asks = randomLadder(rng, ask, tick, 1);
    std::vector<BookLevel> bids =
            bid >= tick ? randomLadder(rng, bid, tick, -1) : std::vector<BookLevel>{};
    const int accident = static_cast<int>(rng.bounded(100));
    if (accident < 2) {
        asks.clear();
    }
    const std::int64_t received = accident == 2 ? nowMs - 10'000 : nowMs - rng.bounded(1'000);
    u.books.add(token, asks, bids, received);
}

inline Universe randomUniverse(quint32 seed, int eventCount, std::int64_t nowMs)
{
    QRandomGenerator rng(seed);
    Universe u;
    for (int e = 0; e < eventCount; ++e) {
        const std::string id = "r" + std::to_string(e);
        const int named = 2 + static_cast<int>(rng.bounded(5));
        const bool augmented = rng.bounded(5) == 0;
        std::vector<Market> markets;
        for (int i = 0; i < named; ++i) {
            markets.push_back(binaryMarket(id + "m" + std::to_string(i)));
        }
        if (augmented) {
            Market other = binaryMarket(id + "other");
            other.groupItemTitle = "Other";
            other.negRiskOther = true;
            markets.push_back(other);
            Market placeholder = binaryMarket(id + "ph");
            placeholder.groupItemTitle = "Candidate A";
            placeholder.active = false;
            markets.push_back(placeholder);
        }
        std::vector<std::int64_t> weights;
        std::int64_t total = 0;
        for (std::size_t i = 0; i < markets.size(); ++i) {
            weights.push_back(1 + rng.bounded(100));
            total += weights.back();
        }
        for (std::size_t i = 0; i < markets.size(); ++i) {
            Market& m = markets[i];
            const std::int64_t tick = rng.bounded(2) ? 10'000 : 1'000;
            m.tickSize = Decimal::fromMicros(tick);
            m.minOrderSize =
                    Decimal::fromInt(rng.bounded(20) == 0 ? 80 : (rng.bounded(2) ? 5 : 15));
            switch (rng.bounded(4)) {
            case 0:
                break;
            case 1:
                setFee(m, "0.05", 1);
                break;
            case 2:
                setFee(m, "0.25", 2);
                break;
            default:
                setFee(m, "0.04", 1);
                m.feesEnabled = false;
                break; // schedule present, fees off
            }
            if (rng.bounded(40) == 0) {
                m.closed = true;
            }
            m.liquidity = Decimal::fromInt(rng.bounded(15) == 0 ? 300 : 4000);
            const std::int64_t fair = weights[i] * 1'000'000 / total;
            randomBook(rng, u, m.tokens[0].tokenId, fair, tick, nowMs);
            randomBook(rng, u, m.tokens[1].tokenId, 1'000'000 - fair, tick, nowMs);
        }
        Event event = negRiskEvent(id, std::move(markets));
        event.negRisk = rng.bounded(12) != 0;
        event.enableNegRisk = event.negRiskAugmented = augmented;
        event.negRiskFeeBips = rng.bounded(5) == 0 ? 100 : 0;
        event.liquidity = Decimal::fromInt(rng.bounded(15) == 0 ? 500 : 6000);
        event.endDateMs = nowMs + (1 + rng.bounded(60)) * 86'400'000LL;
        u.events.push_back(std::move(event));
    }
    return u;
}

inline const Market* marketOf(const Event& event, const std::string& conditionId)
{
    for (const Market& m : event.markets) {
        if (m.conditionId == conditionId) {
            return &m;
        }
    }
    return nullptr;
}

/// The naive basket of an opportunity, from its legs (sides, tokens) and the strategy's rules.
inline NaiveBasket
naiveOf(const Opportunity& opp, const Event& event, const BookMap& books, const ArbConfig& config)
{
    NaiveBasket naive;
    std::int64_t buys = 0;
    for (const OpportunityLeg& leg : opp.legs) {
        const Market* m = marketOf(event, leg.conditionId);
        naive.legs.push_back(naiveLeg(*m, books.find(leg.tokenId), leg.side == TradeSide::Buy));
        buys += leg.side == TradeSide::Buy ? 1 : 0;
    }
    switch (opp.strategy) {
    case Strategy::NegRiskShort:
        naive.units = buys - 1;
        break;
    case Strategy::NoConversion:
        naive.units = buys - 1;
        naive.bips = event.negRiskFeeBips;
        naive.gas = config.convertGasUsd;
        break;
    case Strategy::BinaryComplement:
        naive.gas = config.mergeGasUsd;
        break;
    default:
        break;
    }
    return naive;
}

/// Checks one reported opportunity against the books; returns the number of worlds checked.
inline int verifyOpportunity(const Opportunity& opp,
                             const Event& event,
                             const BookMap& books,
                             const ArbConfig& config)
{
    const NaiveBasket naive = naiveOf(opp, event, books, config);
    const NaiveResult r = naive.at(opp.shares, config.shareStep);
    // Consistency of the totals and every leg with the books.
    [&] {
        QVERIFY(r.complete);
        QCOMPARE(opp.cost, r.cost);
        QCOMPARE(opp.fees, r.fees);
        QCOMPARE(opp.payout, r.payout);
        QCOMPARE(opp.netProfit, r.net);
        QCOMPARE(opp.netProfit, opp.payout - opp.cost - opp.fees - opp.gas);
        QCOMPARE(opp.gas, naive.gas);
        QCOMPARE(opp.marketIds.size(), opp.legs.size());
        for (std::size_t i = 0; i < opp.legs.size(); ++i) {
            const OpportunityLeg& leg = opp.legs[i];
            const OrderBook& book = *books.find(leg.tokenId);
            const bool buy = leg.side == TradeSide::Buy;
            const DepthWalk walk = buy ? book.askCost(leg.shares) : book.bidProceeds(leg.shares);
            QCOMPARE(leg.shares, r.legs[i].shares);
            QCOMPARE(leg.notional, walk.notional);
            QCOMPARE(leg.limitPrice, walk.worstPrice);
            QCOMPARE(leg.vwap, walk.vwap(buy ? Rounding::Up : Rounding::Down));
            QCOMPARE(leg.fee, r.legs[i].fee);
            QCOMPARE(leg.bookHash, book.hash());
            QCOMPARE(opp.marketIds[i], leg.conditionId);
        }
        QVERIFY(naive.passes(opp.shares, config));
    }();
    // Maximality: no larger size within the limits passes (depth is monotone, so stop when it
    // ends).
    for (Decimal q = opp.shares + config.shareStep; q <= config.maxShares; q += config.shareStep) {
        if (!naive.at(q, config.shareStep).complete) {
            break;
        }
        if (naive.passes(q, config)) {
            QTest::qFail(
                    qPrintable(QString::fromStdString(opp.id + " also passes at " + q.toString())),
                    __FILE__, __LINE__);
            return 0;
        }
    }
    // Holdings at resolution: tokens kept, plus cash already received (conversion, sales).
    std::map<std::string, Decimal> held;
    Decimal cash;
    if (opp.strategy == Strategy::NoConversion) {
        std::map<std::string, Decimal> sold;
        std::vector<std::string> inS;
        for (const OpportunityLeg& leg : opp.legs) {
            if (leg.side == TradeSide::Buy) {
                [&] { QCOMPARE(leg.shares, opp.shares); }();
                inS.push_back(leg.conditionId);
            } else {
                sold[leg.tokenId] = leg.shares;
                cash += leg.notional;
            }
        }
        cash += Decimal::fromMicros(r.out.micros() * static_cast<std::int64_t>(inS.size() - 1));
        // The adapter returns `out` YES of every question outside S (named or not); sold ones are
        // gone.
        for (const Market& m : event.markets) {
            if (std::find(inS.begin(), inS.end(), m.conditionId) == inS.end()) {
                const Decimal left = r.out - sold[m.tokens[0].tokenId];
                [&] { QVERIFY(!left.isNegative()); }();
                held[m.tokens[0].tokenId] += left;
            }
        }
    } else {
        for (const OpportunityLeg& leg : opp.legs) {
            held[leg.tokenId] += leg.shares;
        }
    }
    // Every world: exactly one outcome of the event wins (for B: one side of its market).
    const Decimal needed = r.cost + r.fees + naive.gas;
    Decimal worst = Decimal::fromInt(1'000'000);
    int worlds = 0;
    for (const Market& winner : event.markets) {
        if (opp.strategy == Strategy::BinaryComplement && winner.conditionId != opp.marketIds[0]) {
            continue;
        }
        for (int side = 0; side < (opp.strategy == Strategy::BinaryComplement ? 2 : 1); ++side) {
            Decimal value = cash;
            for (const Market& m : event.markets) {
                const bool yesPays =
                        opp.strategy == Strategy::BinaryComplement ? side == 0 : &m == &winner;
                if (opp.strategy == Strategy::BinaryComplement && &m != &winner) {
                    continue;
                }
                value += held[m.tokens[yesPays ? 0 : 1].tokenId];
            }
            ++worlds;
            worst = min(worst, value);
            [&] {
                QVERIFY2(value >= needed,
                         qPrintable(QString::fromStdString(opp.id + " loses in a world")));
            }();
        }
    }
    [&] { QCOMPARE(worst, opp.payout); }();
    return worlds;
}

} // namespace polaris::test
