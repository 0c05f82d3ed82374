#pragma once

#include "core/execution/ExecutionReport.h"
#include "core/execution/Portfolio.h"
#include "tests/e2e/LiveRun.h"
#include "tests/support/TestPrinters.h"

#include <QTest>

#include <map>
#include <set>

/// Checks that an execution report, the simulator's books of our account and the database all
/// tell the same story, to the micro-unit. QVERIFY-style: callers check QTest::currentTestFailed().
namespace polaris::e2e {

inline const sim::SimTrade* simTrade(LiveRun& run, const std::string& id)
{
    for (const sim::SimTrade& trade : run.sim().exchange().store().trades()) {
        if (trade.id == id) {
            return &trade;
        }
    }
    return nullptr;
}

/// The venue's wallet, orders and trades agree with the report: collateral = start - net cost -
/// fees, every share position, every order of the account is one of the report's, each order's
/// matched size and each fill (price, size, the taker fee the venue charged).
inline void checkVenueAgrees(LiveRun& run, const ExecutionReport& report)
{
    const sim::SimWallet* wallet = run.wallet();
    QVERIFY(wallet != nullptr);
    QCOMPARE(wallet->collateral, dec("10000") - report.cost - report.fees);
    QCOMPARE(wallet->reservedCollateral, Decimal());
    std::map<std::string, Decimal> net;
    std::set<std::string> ours;
    for (const LegResult& leg : report.legs) {
        const bool buy = leg.intent.side == TradeSide::Buy;
        net[leg.intent.tokenId] += buy ? leg.filledShares : -leg.filledShares;
        ours.insert(leg.report.venueOrderId);
        const sim::SimOrder* order = run.simOrder(leg.report.venueOrderId);
        if (order == nullptr) {
            QCOMPARE(leg.filledShares, Decimal()); // never reached the book
            continue;
        }
        QCOMPARE(order->sizeMatched, leg.filledShares);
        QCOMPARE(order->side, leg.intent.side);
        Decimal itemised;
        for (const FillReport& fill : leg.report.fills) {
            const std::string tradeId = fill.fillId.substr(0, fill.fillId.find(':'));
            const sim::SimTrade* trade = simTrade(run, tradeId);
            QVERIFY2(trade != nullptr, fill.fillId.c_str());
            QCOMPARE(fill.price, trade->price);
            const bool taker = trade->takerOrderId == order->id;
            if (taker) {
                QCOMPARE(fill.shares, trade->size);
                QCOMPARE(fill.fee, trade->fee); // what the venue charged, to the micro-unit
            } else {
                QCOMPARE(fill.fee, Decimal()); // makers pay nothing
            }
            itemised += fill.shares;
        }
        QCOMPARE(itemised, leg.filledShares);
    }
    for (const auto& [token, shares] : net) {
        QCOMPARE(run.simShares(token.c_str()), shares);
    }
    for (const sim::SimOrder* order : run.simOrders()) {
        QVERIFY2(ours.count(order->id) == 1, order->id.c_str());
    }
    const auto cash = run.onStack([](LiveStack& s) { return s.portfolio().cash(); });
    QVERIFY(cash.has_value());
    QCOMPARE(*cash, wallet->collateral);
}

/// The database has the execution as reported, every order with its final state and every fill.
inline void checkDatabase(LiveRun& run, const ExecutionReport& report, const char* mode = "LIVE")
{
    Result<StorageQueries> opened = run.queries();
    QVERIFY(opened.ok());
    StorageQueries& queries = opened.value();
    const auto executions = queries.executions(10, mode);
    QVERIFY(executions.ok());
    QCOMPARE(executions->size(), std::size_t(1));
    const ExecutionRecord& execution = executions->front();
    QCOMPARE(execution.execId, report.executionId);
    QCOMPARE(execution.status, std::string(executionStatusName(report.status)));
    QCOMPARE(execution.sharesFilled, report.hedgedShares);
    QCOMPARE(execution.totalCost.value_or(Decimal::fromInt(-1)), report.cost);
    QCOMPARE(execution.fees.value_or(Decimal::fromInt(-1)), report.fees);
    QCOMPARE(execution.realizedPnl.value_or(Decimal::fromInt(-1)), report.realizedPnl);
    QVERIFY(execution.finishedAtMs.has_value());
    const auto orders = queries.ordersOfExecution(report.executionId);
    QVERIFY(orders.ok());
    QCOMPARE(orders->size(), report.legs.size());
    for (const LegResult& leg : report.legs) {
        const auto it = std::find_if(orders->begin(), orders->end(), [&](const OrderRecord& o) {
            return o.orderId == leg.intent.clientOrderId;
        });
        QVERIFY2(it != orders->end(), leg.intent.clientOrderId.c_str());
        QCOMPARE(it->status, std::string(orderStateName(leg.report.state)));
        QCOMPARE(it->venueOrderId, leg.report.venueOrderId);
        QCOMPARE(it->filledShares, leg.filledShares);
        QCOMPARE(it->purpose, leg.purpose);
        QCOMPARE(it->mode, std::string(mode));
        const auto fills = queries.fillsOfOrder(leg.intent.clientOrderId);
        QVERIFY(fills.ok());
        QCOMPARE(fills->size(), leg.report.fills.size());
        for (const FillReport& fill : leg.report.fills) {
            const auto f = std::find_if(fills->begin(), fills->end(), [&](const FillRecord& r) {
                return r.fillId == fill.fillId;
            });
            QVERIFY2(f != fills->end(), fill.fillId.c_str());
            QCOMPARE(f->price, fill.price);
            QCOMPARE(f->shares, fill.shares);
            QCOMPARE(f->fee, fill.fee);
            QCOMPARE(f->side, fill.side);
        }
    }
}

/// Buys of the basket's legs minus the unwinds, per token.
inline Decimal netShares(const ExecutionReport& report, const char* tokenId)
{
    Decimal net;
    for (const LegResult& leg : report.legs) {
        if (leg.intent.tokenId == tokenId) {
            net += leg.intent.side == TradeSide::Buy ? leg.filledShares : -leg.filledShares;
        }
    }
    return net;
}

} // namespace polaris::e2e
