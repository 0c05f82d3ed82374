#include "core/execution/ExecutionEngine.h"

#include "core/execution/ExecutionAccounting.h"
#include "core/execution/ExecutionJson.h"
#include "core/execution/Portfolio.h"
#include "core/market/Market.h"
#include "core/market/TakerFee.h"
#include "core/strategies/BasketSizer.h"

#include <algorithm>
#include <exception>

namespace polaris {

namespace {

std::string firstErrors(const OrderRound& round)
{
    std::string out;
    for (const OrderRound::Order& order : round.orders()) {
        if (order.report.error != TradingError::None
            && out.find(tradingErrorName(order.report.error)) == std::string::npos) {
            out += out.empty() ? "" : "; ";
            out += std::string(tradingErrorName(order.report.error)) + " (" + order.report.message
                   + ")";
        }
    }
    return out;
}

void append(std::string& message, const std::string& text)
{
    if (!text.empty()) {
        message += message.empty() ? "" : "; ";
        message += text;
    }
}

} // namespace

ExecutionEngine::Options ExecutionEngine::optionsFrom(const ArbConfig& config)
{
    Options options;
    options.fillTimeoutMs =
            static_cast<int>(std::clamp<std::int64_t>(config.fillTimeoutMs, 0, 600'000));
    options.partial.patchRatio = config.patchRatio;
    options.partial.unwindRatio = config.unwindRatio;
    options.partial.patchSlippage = config.patchSlippage;
    options.partial.unwindSlippage = config.unwindSlippage;
    return options;
}

Decimal ExecutionEngine::guaranteedPayoutPerShare(const Opportunity& opportunity)
{
    const auto buys =
            std::count_if(opportunity.legs.begin(), opportunity.legs.end(),
                          [](const OpportunityLeg& leg) { return leg.side == TradeSide::Buy; });
    switch (opportunity.strategy) {
    case Strategy::NegRiskLong:
    case Strategy::BinaryComplement:
        return Decimal::fromInt(1);
    case Strategy::NegRiskShort:
    case Strategy::NoConversion:
        return Decimal::fromInt(std::max<std::int64_t>(buys - 1, 0));
    case Strategy::Bond:
    case Strategy::TailEnd:
        return Decimal();
    }
    return Decimal();
}

ExecutionEngine::ExecutionEngine(Options options,
                                 OrderGateway& gateway,
                                 QuoteSource& quotes,
                                 RiskGuard& risk,
                                 Portfolio& portfolio,
                                 RecordSink& records,
                                 const Clock& clock,
                                 std::function<std::string()> newId)
    : m_options(std::move(options))
    , m_gateway(gateway)
    , m_quotes(quotes)
    , m_risk(risk)
    , m_portfolio(portfolio)
    , m_records(records)
    , m_clock(clock)
    , m_newId(std::move(newId))
{}

ExecutionReport ExecutionEngine::execute(const Opportunity& approvedQuote,
                                         std::optional<std::string> approvalId)
{
    ExecutionReport report;
    try {
        m_recordFailures = 0;
        report.executionId = m_newId();
        report.opportunityId = approvedQuote.id;
        report.approvalId = std::move(approvalId);
        report.strategy = approvedQuote.strategy;
        report.eventId = approvedQuote.eventId;
        report.mode = m_risk.phase();
        report.quote = approvedQuote;
        report.sharesTarget = approvedQuote.shares;
        report.startedAtMs = m_clock.nowMs();
        run(report);
    } catch (const std::exception& error) {
        report.status = ExecutionStatus::Error;
        report.message = std::string("internal error: ") + error.what()
                         + "; if orders were sent, reconcile with the venue";
        try {
            finish(report);
        } catch (...) {
        }
    } catch (...) {
        report.status = ExecutionStatus::Error;
        report.message = "internal error; if orders were sent, reconcile with the venue";
    }
    return report;
}

void ExecutionEngine::run(ExecutionReport& report)
{
    // 0. The intent, durable before anything else happens.
    if (Status status = persist(report); !status.ok()) {
        report.status = ExecutionStatus::Error;
        report.message = "could not record the execution intent (" + status.error().detail
                         + "): nothing was sent";
        report.finishedAtMs = m_clock.nowMs();
        return;
    }
    // 1. Pre-flight: the same opportunity from the books as they are now.
    Result<std::optional<Opportunity>> requoted = m_quotes.requote(report.quote);
    if (!requoted.ok()) {
        report.status = ExecutionStatus::Error;
        report.message = "pre-flight could not re-read the books: " + requoted.error().detail;
        return finish(report);
    }
    if (!requoted->has_value()) {
        report.status = ExecutionStatus::Stale;
        report.message = "pre-flight: the opportunity no longer passes at the current books";
        return finish(report);
    }
    report.quote = std::move(**requoted);
    report.sharesTarget = report.quote.shares;
    // 2. Layers 3 and 4.
    const Result<ExecutionMode> mode = m_risk.admit();
    if (!mode.ok()) {
        report.status = ExecutionStatus::RiskRefused;
        report.message = "risk: " + mode.error().detail;
        return finish(report);
    }
    report.mode = *mode;
    CapitalState capital = m_portfolio.capitalState();
    if (const Result<Decimal> balance = m_gateway.collateralBalance(); balance.ok()) {
        capital.balance = *balance;
    }
    if (const Status status = m_risk.checkCapital(report.quote, capital); !status.ok()) {
        report.status = ExecutionStatus::RiskRefused;
        report.message = "risk: " + status.error().detail;
        return finish(report);
    }
    std::string note;
    std::vector<OrderIntent> intents = intentsFor(report.quote, note);
    if (intents.empty()) {
        report.status = ExecutionStatus::Error;
        report.message = "no leg of " + report.quote.id + " can be traded; nothing was sent";
        return finish(report);
    }
    if (report.mode == ExecutionMode::Monitor) {
        for (const OrderIntent& intent : intents) {
            LegResult leg;
            leg.intent = intent;
            leg.report.clientOrderId = intent.clientOrderId;
            leg.report.tokenId = intent.tokenId;
            leg.report.side = intent.side;
            leg.report.limitPrice = intent.limitPrice;
            leg.report.originalShares = intent.shares;
            leg.report.state = OrderState::Intent;
            report.legs.push_back(std::move(leg));
        }
        report.status = ExecutionStatus::Recorded;
        report.message = "monitor: recorded the " + std::to_string(intents.size())
                         + " orders it would send; nothing was sent";
        append(report.message, note);
        return finish(report);
    }
    if (report.mode != m_gateway.mode()) {
        report.status = ExecutionStatus::Error;
        report.message = std::string("the phase is ") + executionModeName(report.mode)
                         + " but the gateway is " + executionModeName(m_gateway.mode())
                         + ": nothing was sent";
        return finish(report);
    }
    // 3. Every order recorded as an intent, then all legs at once.
    OrderRound legs(roundContext(report), std::move(intents), "LEG");
    if (const Status status = legs.recordIntents(); !status.ok()) {
        report.status = ExecutionStatus::Error;
        report.message = "could not record the order intents (" + status.error().detail
                         + "): nothing was sent";
        return finish(report);
    }
    const Status sent = legs.run();
    m_recordFailures += legs.recordFailures();
    m_risk.recordLatency(m_gateway.lastLatencyMs());
    if (!sent.ok()) {
        accountRounds(report, legs, nullptr, m_portfolio, guaranteedPayoutPerShare(report.quote));
        report.status = ExecutionStatus::Error;
        report.message = "transport failure placing the orders (" + sent.error().detail
                         + "): their outcome is unknown; reconcile with the venue before "
                           "trading again";
        m_risk.recordOutcome(false, Decimal());
        return finish(report);
    }
    // 4. Partial fills: patch, unwind or hold.
    PartialPlan partial = plan(report, legs);
    std::optional<OrderRound> followUp;
    bool followUpLost = false;
    std::string planNote = partial.reason;
    if (!partial.orders.empty()) {
        for (OrderIntent& order : partial.orders) {
            order.clientOrderId = m_newId();
        }
        const std::string purpose = partial.action == PartialAction::Patch ? "PATCH" : "UNWIND";
        followUp.emplace(roundContext(report), partial.orders, purpose);
        if (const Status status = followUp->recordIntents(); !status.ok()) {
            followUp.reset();
            append(planNote, "could not record the " + purpose + " orders (" + status.error().detail
                                     + "): none sent, holding");
            partial.action = PartialAction::Hold;
        } else {
            const Status followed = followUp->run();
            m_recordFailures += followUp->recordFailures();
            m_risk.recordLatency(m_gateway.lastLatencyMs());
            followUpLost = !followed.ok();
            if (followUpLost) {
                append(planNote, "transport failure placing the " + purpose + " orders ("
                                         + followed.error().detail
                                         + "): their outcome is unknown; reconcile with the venue");
            }
        }
    }
    // 5. The result.
    const RoundsOutcome outcome =
            accountRounds(report, legs, followUp ? &*followUp : nullptr, m_portfolio,
                          guaranteedPayoutPerShare(report.quote));
    const bool even = outcome.minNet == outcome.maxNet;
    if (followUpLost) {
        report.status = ExecutionStatus::Error;
        report.message = planNote;
    } else if (outcome.allFull) {
        report.status = ExecutionStatus::Filled;
        report.message = "every leg filled";
    } else if (!outcome.anyFilled) {
        report.status = ExecutionStatus::NotFilled;
        report.message = "nothing filled: " + firstErrors(legs);
    } else if (partial.action == PartialAction::None) {
        report.status = ExecutionStatus::Filled;
        report.message = "filled evenly at " + report.hedgedShares.toString() + " of "
                         + report.sharesTarget.toString() + " shares";
    } else if (partial.action == PartialAction::Patch && even) {
        report.status = ExecutionStatus::Patched;
        report.message = planNote;
    } else if (partial.action == PartialAction::Unwind && even) {
        report.status = ExecutionStatus::Unwound;
        report.message = planNote;
    } else {
        report.status = ExecutionStatus::PartialHold;
        report.message = planNote;
        if (followUp) {
            append(report.message, "exposure remains after the "
                                           + followUp->orders().front().purpose
                                           + " orders: " + firstErrors(*followUp));
        }
    }
    append(report.message, note);
    if (outcome.unreportedFills) {
        append(report.message, "some fills are not itemised yet: counted at their limit price, "
                               "no fee; reconcile");
    }
    const bool success = report.status != ExecutionStatus::Error
                         && report.status != ExecutionStatus::PartialHold;
    m_risk.recordOutcome(success, report.realizedPnl);
    finish(report);
}

std::vector<OrderIntent> ExecutionEngine::intentsFor(const Opportunity& quote, std::string& note)
{
    std::vector<OrderIntent> intents;
    int skippedSells = 0;
    for (const OpportunityLeg& leg : quote.legs) {
        if (quote.strategy == Strategy::NoConversion && leg.side == TradeSide::Sell) {
            ++skippedSells; // these YES exist only after the on-chain conversion
            continue;
        }
        OrderIntent intent;
        intent.clientOrderId = m_newId();
        intent.tokenId = leg.tokenId;
        intent.conditionId = leg.conditionId;
        intent.side = leg.side;
        intent.limitPrice = leg.limitPrice;
        intent.shares = leg.shares;
        intent.type = m_options.orderType;
        const Market* market = m_options.markets ? m_options.markets(leg.tokenId) : nullptr;
        intent.negRisk = market != nullptr ? market->negRisk
                                           : quote.strategy == Strategy::NegRiskLong
                                                     || quote.strategy == Strategy::NegRiskShort
                                                     || quote.strategy == Strategy::NoConversion;
        if (const std::optional<OrderBook> book = m_quotes.book(leg.tokenId)) {
            intent.tickSize = book->tickSize();
        } else if (market != nullptr) {
            intent.tickSize = market->tickSize;
        }
        intents.push_back(std::move(intent));
    }
    if (skippedSells > 0) {
        note = "the " + std::to_string(skippedSells)
               + " YES sells of C follow an on-chain conversion the engine does not perform: "
                 "not sent, the NO positions are held";
    }
    return intents;
}

OrderRound::Context ExecutionEngine::roundContext(const ExecutionReport& report) const
{
    OrderRound::Context context{m_gateway,
                                m_records,
                                m_clock,
                                report.executionId,
                                m_options.fillTimeoutMs,
                                m_options.pollIntervalMs,
                                {}};
    if (m_options.markets) {
        // Live fills come without their fee (V2 trades carry a rate only): the market's exact
        // taker fee, as the venue charges it per trade and as the scanner priced it.
        context.takerFee = [markets = m_options.markets](std::string_view tokenId, Decimal shares,
                                                         Decimal price) {
            const Market* market = markets(tokenId);
            const std::optional<LegFee> fee = market ? legFeeFor(*market) : std::nullopt;
            return fee ? takerFee(shares, price, fee->rate, fee->exponent) : Decimal();
        };
    }
    return context;
}

PartialPlan ExecutionEngine::plan(const ExecutionReport& report, const OrderRound& legs)
{
    std::vector<PartialLeg> partial;
    Decimal costSoFar;
    Decimal maxFilled;
    for (const OrderRound::Order& order : legs.orders()) {
        maxFilled = max(maxFilled, order.report.filledShares);
    }
    for (const OrderRound::Order& order : legs.orders()) {
        PartialLeg leg;
        leg.tokenId = order.intent.tokenId;
        leg.conditionId = order.intent.conditionId;
        leg.side = order.intent.side;
        leg.targetShares = order.intent.shares;
        leg.filledShares = order.report.filledShares;
        leg.limitPrice = order.intent.limitPrice;
        leg.tickSize = order.intent.tickSize;
        leg.negRisk = order.intent.negRisk;
        const Market* market = m_options.markets ? m_options.markets(leg.tokenId) : nullptr;
        if (market != nullptr) {
            if (const std::optional<LegFee> fee = legFeeFor(*market)) {
                leg.feeRate = fee->rate;
                leg.feeExponent = fee->exponent;
            }
        } else {
            // No market to price the patch's fee: allow the quote's average fee per share.
            for (const OpportunityLeg& quoted : report.quote.legs) {
                if (quoted.tokenId == leg.tokenId && quoted.shares.isPositive()
                    && leg.filledShares < maxFilled) {
                    costSoFar += Decimal::mul(Decimal::div(quoted.fee, quoted.shares, Rounding::Up),
                                              maxFilled - leg.filledShares, Rounding::Up);
                }
            }
        }
        bool unreported = false;
        for (const FillReport& fill : accountedFills(order, unreported)) {
            costSoFar += Decimal::mul(fill.price, fill.shares, Rounding::Up) + fill.fee;
        }
        if (const std::optional<OrderBook> book = m_quotes.book(leg.tokenId)) {
            const auto ask = book->bestAsk();
            leg.bestPrice = ask ? ask->price : Decimal();
        }
        partial.push_back(std::move(leg));
    }
    const Decimal payout = guaranteedPayoutPerShare(report.quote);
    PartialPlan result = planPartialFill(partial, m_options.partial, payout, costSoFar);
    if (result.action == PartialAction::Unwind) {
        // Selling back: the bids are what matter.
        for (PartialLeg& leg : partial) {
            const std::optional<OrderBook> book = m_quotes.book(leg.tokenId);
            const auto bid = book ? book->bestBid() : std::nullopt;
            leg.bestPrice = bid ? bid->price : Decimal();
        }
        result = planPartialFill(partial, m_options.partial, payout, costSoFar);
    }
    return result;
}

Status ExecutionEngine::persist(const ExecutionReport& report)
{
    ExecutionRecord record;
    record.execId = report.executionId;
    record.executedAtMs = report.startedAtMs;
    record.strategy = report.strategy;
    record.status = executionStatusName(report.status);
    record.sharesTarget = report.sharesTarget;
    record.sharesFilled = report.hedgedShares;
    record.totalCost = report.cost;
    record.realizedPnl = report.realizedPnl;
    if (!report.legs.empty()) {
        record.legsResultJson = executionLegsJson(report, guaranteedPayoutPerShare(report.quote));
    }
    record.errorMessage = report.message;
    record.mode = executionModeName(report.mode);
    record.opportunityKey = report.opportunityId;
    record.eventId = report.eventId;
    record.approvalId = report.approvalId;
    record.fees = report.fees;
    if (report.finishedAtMs != 0) {
        record.finishedAtMs = report.finishedAtMs;
    }
    return m_records.persist(std::move(record));
}

void ExecutionEngine::finish(ExecutionReport& report)
{
    report.finishedAtMs = m_clock.nowMs();
    if (m_recordFailures > 0) {
        append(report.message, std::to_string(m_recordFailures)
                                       + " order/fill records could not be written after the "
                                         "orders left; reconcile");
    }
    if (const Status status = persist(report); !status.ok()) {
        append(report.message,
               "the final execution record could not be written (" + status.error().detail + ")");
    }
}

} // namespace polaris
