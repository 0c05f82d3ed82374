#include "core/execution/PaperGateway.h"

#include "core/market/TakerFee.h"

#include <chrono>
#include <thread>

namespace polaris {

namespace {

const Decimal kShareStep = Decimal::fromMicros(10'000); // orders carry 2 decimals of shares
const Decimal kMinMarketableUsd = Decimal::fromInt(1);

bool crosses(TradeSide side, Decimal levelPrice, Decimal limit)
{
    return side == TradeSide::Buy ? levelPrice <= limit : levelPrice >= limit;
}

} // namespace

PaperGateway::PaperGateway(
        QuoteSource& books, const Clock& clock, FeeLookup fees, Options options, Sleeper sleep)
    : m_books(books)
    , m_clock(clock)
    , m_fees(std::move(fees))
    , m_options(options)
    , m_sleep(std::move(sleep))
    , m_cash(options.startingBalance)
{
    if (!m_sleep) {
        m_sleep = [](std::int64_t ms) {
            if (ms > 0) {
                std::this_thread::sleep_for(std::chrono::milliseconds(ms));
            }
        };
    }
}

Result<std::vector<OrderStatusReport>> PaperGateway::place(std::span<const OrderIntent> intents)
{
    // One round trip for the batch: the books are read as they are when the orders arrive.
    m_sleep(m_options.latencyMs);
    m_lastLatencyMs = m_options.latencyMs;
    const std::int64_t nowMs = m_clock.nowMs();
    std::vector<OrderStatusReport> out;
    out.reserve(intents.size());
    for (const OrderIntent& intent : intents) {
        out.push_back(placeOne(intent, nowMs));
    }
    return out;
}

OrderStatusReport PaperGateway::placeOne(const OrderIntent& intent, std::int64_t nowMs)
{
    PaperOrder order;
    order.intent = intent;
    OrderStatusReport& report = order.report;
    report.clientOrderId = intent.clientOrderId;
    report.venueOrderId = m_options.idPrefix + std::to_string(m_orders.size() + 1);
    report.tokenId = intent.tokenId;
    report.side = intent.side;
    report.limitPrice = intent.limitPrice;
    report.originalShares = intent.shares;
    report.createdAtMs = nowMs;
    const auto reject = [&](TradingError error, std::string message) {
        report.state = OrderState::Rejected;
        report.error = error;
        report.message = std::move(message);
        m_orders.push_back(order);
        return report;
    };

    const std::optional<OrderBook> book = m_books.book(intent.tokenId);
    if (!book || book->state() == BookState::Empty || book->state() == BookState::Invalid) {
        return reject(TradingError::MarketNotReady,
                      "the market is not yet ready to process new orders (paper: no usable "
                      "book for token "
                              + intent.tokenId + ")");
    }
    TradingError error = TradingError::None;
    if (auto why = refusal(intent, *book, error)) {
        return reject(error, std::move(*why));
    }
    const std::vector<Match> matches = walk(*book, intent.side, intent.limitPrice, intent.shares);
    Decimal matched;
    Decimal fees;
    for (const Match& match : matches) {
        matched += match.shares;
        fees += feeOf(intent.tokenId, match.shares, match.price);
    }
    if (intent.type == OrderType::Fok && matched < intent.shares) {
        report.state = OrderState::Cancelled;
        report.error = TradingError::FokNotFilled;
        report.message = "order couldn't be fully filled, FOK orders are fully filled/killed "
                         "(paper: "
                         + matched.toString() + " of " + intent.shares.toString()
                         + " available at or better than " + intent.limitPrice.toString() + ")";
        m_orders.push_back(order);
        return report;
    }
    if (intent.side == TradeSide::Buy) {
        if (!matches.empty() || intent.type != OrderType::Gtc) {
            const Decimal notional = Decimal::mul(intent.limitPrice, intent.shares, Rounding::Up);
            if (notional < kMinMarketableUsd) {
                return reject(TradingError::MinSize, "invalid amount for a marketable BUY order ($"
                                                             + notional.toString()
                                                             + "), min size: $1");
            }
        }
        const Decimal required =
                Decimal::mul(intent.limitPrice, intent.shares, Rounding::Up) + fees;
        if (required > availableCash()) {
            return reject(TradingError::NotEnoughBalance,
                          "not enough balance / allowance: the balance is not enough (paper: "
                                  + availableCash().toString() + " available, "
                                  + required.toString() + " needed)");
        }
    } else {
        Decimal reserved;
        for (const PaperOrder& other : m_orders) {
            if (other.report.state == OrderState::Live && other.intent.side == TradeSide::Sell
                && other.intent.tokenId == intent.tokenId) {
                reserved += other.intent.shares - other.report.filledShares;
            }
        }
        if (intent.shares + reserved > shares(intent.tokenId)) {
            return reject(TradingError::NotEnoughBalance,
                          "not enough balance / allowance: the balance is not enough (paper: "
                                  + (shares(intent.tokenId) - reserved).toString()
                                  + " shares available, " + intent.shares.toString() + " to sell)");
        }
    }
    for (const Match& match : matches) {
        fill(order, *book, match, false, nowMs);
    }
    const Decimal remaining = intent.shares - report.filledShares;
    if (remaining.isZero()) {
        report.state = OrderState::Filled;
    } else if (intent.type == OrderType::Gtc) {
        report.state = OrderState::Live;
        if (intent.side == TradeSide::Buy) {
            order.reservedCash = Decimal::mul(intent.limitPrice, remaining, Rounding::Up);
        }
    } else {
        report.state = OrderState::Cancelled; // FAK: the remainder is killed
        report.message = "FAK remainder of " + remaining.toString()
                         + " shares cancelled: no more liquidity at or better than "
                         + intent.limitPrice.toString();
    }
    m_orders.push_back(order);
    return report;
}

std::optional<std::string>
PaperGateway::refusal(const OrderIntent& intent, const OrderBook& book, TradingError& error) const
{
    const Decimal tick = max(book.tickSize(), intent.tickSize);
    const Decimal one = Decimal::fromInt(1);
    if (!tick.isPositive() || !intent.limitPrice.isMultipleOf(tick) || intent.limitPrice < tick
        || intent.limitPrice > one - tick) {
        error = TradingError::MinTickSize;
        return "order is invalid. Price breaks minimum tick size rules (paper: price "
               + intent.limitPrice.toString() + ", tick " + tick.toString() + ")";
    }
    if (!intent.shares.isPositive() || !intent.shares.isMultipleOf(kShareStep)) {
        error = TradingError::InsertFailed;
        return "could not insert order (paper: size " + intent.shares.toString()
               + " is not a positive multiple of 0.01)";
    }
    if (intent.type == OrderType::Gtc && intent.shares < book.minOrderSize()) {
        error = TradingError::MinSize;
        return "order is invalid. Size lower than the minimum (paper: " + intent.shares.toString()
               + " < " + book.minOrderSize().toString() + ")";
    }
    return std::nullopt;
}

PaperGateway::Taken& PaperGateway::takenFor(const OrderBook& book)
{
    Taken& taken = m_taken[book.assetId()];
    if (taken.venueTimestampMs != book.venueTimestampMs() || taken.hash != book.hash()) {
        // The feed replaced the book since we last took from it: its levels are the truth now.
        taken = Taken{book.venueTimestampMs(), book.hash(), {}, {}};
    }
    return taken;
}

std::vector<PaperGateway::Match>
PaperGateway::walk(const OrderBook& book, TradeSide side, Decimal limit, Decimal shares)
{
    std::vector<Match> out;
    Taken& taken = takenFor(book);
    auto& takenSide = side == TradeSide::Buy ? taken.asks : taken.bids;
    Decimal remaining = shares;
    for (const BookLevel& level : side == TradeSide::Buy ? book.asks() : book.bids()) {
        if (remaining.isZero() || !crosses(side, level.price, limit)) {
            break;
        }
        const auto it = takenSide.find(level.price.micros());
        const Decimal available = level.size - (it == takenSide.end() ? Decimal() : it->second);
        if (!available.isPositive()) {
            continue;
        }
        const Decimal take = min(remaining, available);
        out.push_back({level.price, take});
        remaining -= take;
    }
    return out;
}

Decimal PaperGateway::feeOf(const std::string& tokenId, Decimal shares, Decimal price) const
{
    const std::optional<LegFee> fee = m_fees ? m_fees(tokenId) : std::nullopt;
    return fee ? takerFee(shares, price, fee->rate, fee->exponent) : Decimal();
}

void PaperGateway::fill(PaperOrder& order,
                        const OrderBook& book,
                        const Match& match,
                        bool maker,
                        std::int64_t nowMs)
{
    const OrderIntent& intent = order.intent;
    Taken& taken = takenFor(book);
    (intent.side == TradeSide::Buy ? taken.asks : taken.bids)[match.price.micros()] += match.shares;
    FillReport fill;
    fill.fillId = m_options.idPrefix + "fill-" + std::to_string(m_nextFill++);
    fill.venueOrderId = order.report.venueOrderId;
    fill.tokenId = intent.tokenId;
    fill.side = intent.side;
    // A taker trades at the resting level's price; a resting order at its own.
    fill.price = maker ? intent.limitPrice : match.price;
    fill.shares = match.shares;
    fill.fee = maker ? Decimal() : feeOf(intent.tokenId, match.shares, match.price);
    fill.timeMs = nowMs;
    if (intent.side == TradeSide::Buy) {
        m_cash -= Decimal::mul(fill.price, fill.shares, Rounding::Up) + fill.fee;
        m_holdings[intent.tokenId] += fill.shares;
    } else {
        m_cash += Decimal::mul(fill.price, fill.shares, Rounding::Down) - fill.fee;
        m_holdings[intent.tokenId] -= fill.shares;
    }
    order.report.filledShares += fill.shares;
    order.report.fills.push_back(fill);
    m_fills.push_back(std::move(fill));
}

bool PaperGateway::matchResting(PaperOrder& order, std::int64_t nowMs)
{
    if (order.report.state != OrderState::Live) {
        return false;
    }
    const std::optional<OrderBook> book = m_books.book(order.intent.tokenId);
    if (!book || book->state() == BookState::Empty || book->state() == BookState::Invalid) {
        return false;
    }
    const Decimal remaining = order.intent.shares - order.report.filledShares;
    const std::vector<Match> matches =
            walk(*book, order.intent.side, order.intent.limitPrice, remaining);
    if (matches.empty()) {
        return false;
    }
    for (const Match& match : matches) {
        fill(order, *book, match, true, nowMs);
    }
    const Decimal left = order.intent.shares - order.report.filledShares;
    if (left.isZero()) {
        order.report.state = OrderState::Filled;
    }
    order.reservedCash = order.intent.side == TradeSide::Buy
                                 ? Decimal::mul(order.intent.limitPrice, left, Rounding::Up)
                                 : Decimal();
    return true;
}

PaperGateway::PaperOrder* PaperGateway::find(const std::string& venueOrderId)
{
    const std::string& prefix = m_options.idPrefix;
    if (!venueOrderId.starts_with(prefix) || venueOrderId.size() == prefix.size()) {
        return nullptr;
    }
    std::size_t index = 0;
    for (const char c : std::string_view(venueOrderId).substr(prefix.size())) {
        if (c < '0' || c > '9' || index > m_orders.size()) {
            return nullptr;
        }
        index = index * 10 + static_cast<std::size_t>(c - '0');
    }
    return index >= 1 && index <= m_orders.size() ? &m_orders[index - 1] : nullptr;
}

Result<std::vector<std::string>> PaperGateway::cancel(std::span<const std::string> venueOrderIds)
{
    std::vector<std::string> cancelled;
    for (const std::string& id : venueOrderIds) {
        PaperOrder* order = find(id);
        if (order == nullptr || order->report.state != OrderState::Live) {
            continue;
        }
        order->report.state = OrderState::Cancelled;
        order->report.message = "cancelled";
        order->reservedCash = Decimal();
        cancelled.push_back(id);
    }
    return cancelled;
}

Result<OrderStatusReport> PaperGateway::status(const std::string& venueOrderId)
{
    PaperOrder* order = find(venueOrderId);
    if (order == nullptr) {
        return Error{ErrorCode::NotFound, "paper: no order " + venueOrderId};
    }
    matchResting(*order, m_clock.nowMs());
    return order->report;
}

std::vector<OrderStatusReport> PaperGateway::waitForUpdates(int timeoutMs)
{
    std::vector<OrderStatusReport> out;
    bool resting = false;
    for (const PaperOrder& order : m_orders) {
        resting = resting || order.report.state == OrderState::Live;
    }
    if (!resting) {
        return out; // nothing of ours can change
    }
    m_sleep(timeoutMs);
    const std::int64_t nowMs = m_clock.nowMs();
    for (PaperOrder& order : m_orders) {
        if (matchResting(order, nowMs)) {
            out.push_back(order.report);
        }
    }
    return out;
}

Result<std::vector<OrderStatusReport>> PaperGateway::openOrders()
{
    std::vector<OrderStatusReport> out;
    for (const PaperOrder& order : m_orders) {
        if (order.report.state == OrderState::Live) {
            out.push_back(order.report);
        }
    }
    return out;
}

Result<std::vector<FillReport>> PaperGateway::fillsSince(std::int64_t sinceMs)
{
    std::vector<FillReport> out;
    for (const FillReport& fill : m_fills) {
        if (fill.timeMs >= sinceMs) {
            out.push_back(fill);
        }
    }
    return out;
}

Decimal PaperGateway::availableCash() const
{
    Decimal reserved;
    for (const PaperOrder& order : m_orders) {
        reserved += order.reservedCash;
    }
    return m_cash - reserved;
}

Result<Decimal> PaperGateway::collateralBalance()
{
    return availableCash();
}

Decimal PaperGateway::shares(std::string_view tokenId) const
{
    const auto it = m_holdings.find(std::string(tokenId));
    return it == m_holdings.end() ? Decimal() : it->second;
}

void PaperGateway::creditShares(std::string_view tokenId, Decimal shares)
{
    m_holdings[std::string(tokenId)] += shares;
}

} // namespace polaris
