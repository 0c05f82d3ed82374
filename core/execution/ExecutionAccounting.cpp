#include "core/execution/ExecutionAccounting.h"

#include "core/execution/Portfolio.h"

#include <algorithm>
#include <optional>

namespace polaris {

std::vector<FillReport> accountedFills(const OrderRound::Order& order, bool& unreported)
{
    std::vector<FillReport> fills = order.report.fills;
    Decimal itemised;
    for (const FillReport& fill : fills) {
        itemised += fill.shares;
    }
    if (order.report.filledShares > itemised) {
        FillReport rest;
        rest.venueOrderId = order.report.venueOrderId;
        rest.tokenId = order.intent.tokenId;
        rest.side = order.intent.side;
        rest.price = order.intent.limitPrice;
        rest.shares = order.report.filledShares - itemised;
        fills.push_back(rest);
        unreported = true;
    }
    return fills;
}

RoundsOutcome accountRounds(ExecutionReport& report,
                            const OrderRound& legs,
                            const OrderRound* followUp,
                            Portfolio& portfolio,
                            Decimal payoutPerShare)
{
    RoundsOutcome outcome;
    report.legs.clear();
    report.cost = report.fees = report.realizedPnl = Decimal();
    const std::size_t basketLegs = legs.orders().size();
    std::vector<Decimal> net(basketLegs);
    std::vector<Decimal> bought(basketLegs);
    std::vector<Decimal> boughtCost(basketLegs); // fees included
    outcome.allFull = basketLegs > 0;
    const auto legOf = [&](const std::string& tokenId) -> std::optional<std::size_t> {
        for (std::size_t i = 0; i < basketLegs; ++i) {
            if (legs.orders()[i].intent.tokenId == tokenId) {
                return i;
            }
        }
        return std::nullopt;
    };
    const auto addRound = [&](const OrderRound& round, bool first) {
        for (const OrderRound::Order& order : round.orders()) {
            LegResult leg;
            leg.intent = order.intent;
            leg.report = order.report;
            leg.purpose = order.purpose;
            leg.filledShares = order.report.filledShares;
            const PositionTag tag{order.intent.conditionId, report.eventId, report.strategy};
            const std::optional<std::size_t> index = legOf(order.intent.tokenId);
            for (const FillReport& fill : accountedFills(order, outcome.unreportedFills)) {
                const bool buy = fill.side == TradeSide::Buy;
                const Decimal notional =
                        Decimal::mul(fill.price, fill.shares, buy ? Rounding::Up : Rounding::Down);
                leg.cost += buy ? notional : -notional;
                leg.fees += fill.fee;
                report.realizedPnl += portfolio.applyFill(fill, tag);
                if (index) {
                    net[*index] += buy ? fill.shares : -fill.shares;
                    if (buy) {
                        bought[*index] += fill.shares;
                        boughtCost[*index] += notional + fill.fee;
                    }
                }
            }
            if (first) {
                outcome.anyFilled = outcome.anyFilled || order.report.filledShares.isPositive();
                outcome.allFull =
                        outcome.allFull && order.report.filledShares >= order.intent.shares;
            }
            report.cost += leg.cost;
            report.fees += leg.fees;
            report.legs.push_back(std::move(leg));
        }
    };
    addRound(legs, true);
    if (followUp != nullptr) {
        addRound(*followUp, false);
    }
    outcome.minNet = basketLegs > 0 ? *std::min_element(net.begin(), net.end()) : Decimal();
    outcome.maxNet = basketLegs > 0 ? *std::max_element(net.begin(), net.end()) : Decimal();
    const Decimal hedged = max(outcome.minNet, Decimal());
    report.hedgedShares = hedged;
    const Decimal payout = payoutPerShare;
    report.lockedInPnl = Decimal();
    if (hedged.isPositive() && payout.isPositive()) {
        Decimal hedgedCost;
        for (std::size_t i = 0; i < basketLegs; ++i) {
            // The hedged shares' part of what the leg cost, rounded against us.
            hedgedCost += hedged >= bought[i]
                                  ? boughtCost[i]
                                  : Decimal::div(Decimal::mul(boughtCost[i], hedged, Rounding::Up),
                                                 bought[i], Rounding::Up);
        }
        report.lockedInPnl = Decimal::mul(hedged, payout, Rounding::Down) - hedgedCost;
        HedgedBasket basket;
        basket.executionId = report.executionId;
        basket.strategy = report.strategy;
        basket.eventId = report.eventId;
        for (const OrderRound::Order& order : legs.orders()) {
            basket.tokenIds.push_back(order.intent.tokenId);
        }
        basket.shares = hedged;
        basket.payoutPerShare = payout;
        basket.cost = hedgedCost;
        portfolio.addHedgedBasket(std::move(basket));
    }
    return outcome;
}

} // namespace polaris
