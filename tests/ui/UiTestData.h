#pragma once

#include "core/scanner/ScanSummary.h"
#include "tests/support/TestPrinters.h"

#include <string>
#include <vector>

/// Hand-made opportunities and refusals for the console's model and widget tests.
namespace polaris::test {

constexpr std::int64_t kNow = 1'800'000'000'000;

inline Decimal d(const char* text)
{
    return *Decimal::parse(text);
}

/// An A basket over `outcomes` markets (YES of each), q shares at `price` each, no fees, no gas.
inline Opportunity negRiskLong(const std::string& id,
                               const std::string& title,
                               const char* netProfit,
                               int outcomes = 2)
{
    Opportunity o;
    o.id = id;
    o.strategy = Strategy::NegRiskLong;
    o.eventId = "ev-" + id;
    o.eventTitle = title;
    o.shares = d("100");
    for (int i = 0; i < outcomes; ++i) {
        OpportunityLeg leg;
        leg.tokenId = id + "-yes-" + std::to_string(i);
        leg.conditionId = id + "-cond-" + std::to_string(i);
        leg.outcome = "Outcome" + std::to_string(i) + " Yes";
        leg.limitPrice = d("0.45");
        leg.shares = o.shares;
        leg.vwap = d("0.44");
        leg.notional = d("44");
        leg.bookTimestampMs = kNow - 1500 - i * 100;
        o.marketIds.push_back(leg.conditionId);
        o.legs.push_back(leg);
    }
    o.payout = o.shares;
    o.netProfit = d(netProfit);
    o.cost = o.payout - o.netProfit;
    o.netProfitPct = o.netProfit.toDouble() / o.cost.toDouble();
    o.lockedUntilMs = kNow + 10LL * 86'400'000;
    o.annualizedPct = 0.5;
    o.firstSeenMs = kNow - 65'000;
    o.lastSeenMs = kNow - 1000;
    return o;
}

inline Refusal refusal(const std::string& id, RefusalReason reason, const char* edge = nullptr)
{
    Refusal r;
    r.id = id;
    r.strategy = Strategy::NegRiskShort;
    r.eventId = "ev-" + id;
    r.eventTitle = "Refused " + id;
    r.marketIds = {id + "-cond"};
    r.reason = reason;
    r.detail = "detail of " + id;
    if (edge) {
        r.edge = d(edge);
    }
    return r;
}

inline ScanSummary summaryOf(std::vector<Opportunity> opportunities,
                             std::vector<Refusal> refusals = {})
{
    ScanSummary s;
    s.opportunities = std::move(opportunities);
    for (const Opportunity& o : s.opportunities) {
        ++s.perStrategy[std::size_t(o.strategy)];
    }
    s.refusals = std::move(refusals);
    s.refusalCount = int(s.refusals.size());
    s.asOfMs = kNow;
    return s;
}

} // namespace polaris::test
