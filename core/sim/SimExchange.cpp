#include "core/sim/SimExchange.h"

#include "core/market/TakerFee.h"
#include "core/sim/SimAuth.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <algorithm>
#include <optional>

namespace polaris::sim {

namespace {

Q_LOGGING_CATEGORY(lcExchange, "polaris.sim.exchange")

// Venue texts (spec §4.4 table and the user channel's FOK kill status).
const char kTickMsg[] = "order is invalid. Price breaks minimum tick size rules";
const char kMinSizeMsg[] = "order is invalid. Size lower than the minimum";
const char kDuplicatedMsg[] =
        "order is invalid. Duplicated. Same order has already been placed, can't be placed again";
const char kBalanceMsg[] = "not enough balance / allowance";
const char kExpirationMsg[] = "invalid expiration";
const char kInsertMsg[] = "could not insert order";
const char kPostOnlyTypeMsg[] = "invalid post-only order: only GTC and GTD order types are allowed";
const char kPostOnlyCrossMsg[] = "invalid post-only order: order crosses book";
const char kFokMsg[] = "order couldn't be fully filled, FOK orders are fully filled/killed";
const char kFokKilledStatus[] =
        "CANCELED_order couldn't be fully filled. FOK orders are fully filled or killed.";
const char kNotReadyMsg[] = "the market is not yet ready to process new orders";
const char kDelayedMsg[] = "order match delayed due to market conditions";

const Decimal kCent = Decimal::fromMicros(10'000);
const Decimal kOne = Decimal::fromInt(1);

std::optional<Decimal> micros(const UInt256& amount)
{
    if (!amount.fitsUInt64()
        || amount.low64() > static_cast<std::uint64_t>(Decimal::kMaxAbsMicros)) {
        return std::nullopt;
    }
    return Decimal::fromMicros(static_cast<std::int64_t>(amount.low64()));
}

bool isTaker(signing::OrderType type)
{
    return type == signing::OrderType::Fok || type == signing::OrderType::Fak;
}

} // namespace

SimExchange::SimExchange(SimUniverse& universe,
                         SimFaults& faults,
                         SimExchangeOptions options,
                         QObject* parent)
    : QObject(parent)
    , m_universe(universe)
    , m_faults(faults)
    , m_options(options)
    , m_random(static_cast<quint64>(options.seed) * 0x9E3779B97F4A7C15ULL + 101)
    , m_accounts("polaris-sim-credentials-"
                         + QByteArray::number(static_cast<qulonglong>(options.seed)),
                 options.startingBalance)
    , m_liquidity(universe)
    , m_matcher(universe, m_store, m_accounts, m_liquidity, m_random)
{
    m_timer.setInterval(25);
    connect(&m_timer, &QTimer::timeout, this,
            [this] { advance(QDateTime::currentMSecsSinceEpoch()); });
}

SimExchange::~SimExchange() = default;

void SimExchange::setPublishers(MarketWalker::ChangeSink changes,
                                MarketWalker::TradeSink trades,
                                UserSink user)
{
    m_changeSink = std::move(changes);
    m_tradeSink = std::move(trades);
    m_userSink = std::move(user);
}

signing::ExchangeConfig SimExchange::exchangeConfig(signing::ProtocolVersion version) const
{
    signing::ExchangeConfig config = m_options.chainId == signing::kAmoyChainId
                                             ? signing::ExchangeConfig::amoy(version)
                                             : signing::ExchangeConfig::polygon(version);
    config.chainId = m_options.chainId;
    return config;
}

SimPlaceResult SimExchange::refuse(const std::string& message) const
{
    SimPlaceResult result;
    // The spec's table: only these two come back with success false.
    result.success = message != kNotReadyMsg && message != kDelayedMsg;
    result.errorMsg = message;
    return result;
}

std::string SimExchange::derivePrice(const SimOrderRequest& request,
                                     const OrderBook& book,
                                     Decimal shares,
                                     Decimal collateral,
                                     Decimal& price) const
{
    const Decimal tick = book.tickSize();
    if (isTaker(request.type)) {
        // Market orders carry amounts rounded by the SDK (spec §4.3), so the implied price may
        // sit between ticks: take the nearest tick that never pays more (BUY) or gets less (SELL).
        const bool buy = request.order.side == TradeSide::Buy;
        price = Decimal::div(collateral, shares, buy ? Rounding::Down : Rounding::Up)
                        .roundToMultiple(tick, buy ? Rounding::Down : Rounding::Up);
    } else {
        price = Decimal::div(collateral, shares, Rounding::Down);
        if (Decimal::mul(price, shares, Rounding::Down) != collateral
            || !price.isMultipleOf(tick)) {
            return kTickMsg;
        }
    }
    if (price < tick || price > kOne - tick) {
        return kTickMsg;
    }
    return {};
}

SimPlaceResult
SimExchange::place(const SimOrderRequest& request, const SimApiKey& key, std::int64_t nowMs)
{
    const auto httpError = [](int status, const char* message) {
        SimPlaceResult r;
        r.httpStatus = status;
        r.success = false;
        r.errorMsg = message;
        return r;
    };
    const signing::OrderStruct& signedOrder = request.order;
    const int token = m_universe.findToken(signedOrder.tokenId.toDecimal());
    if (token < 0 || !m_universe.tokens[static_cast<std::size_t>(token)].hasBook) {
        return httpError(400, "Invalid token id");
    }
    const SimToken& t = m_universe.tokens[static_cast<std::size_t>(token)];
    if (request.version == signing::ProtocolVersion::V1 && !m_options.acceptV1) {
        return httpError(400, "order_version_mismatch");
    }
    auto hash =
            SimAuth::verifyOrder(request, exchangeConfig(request.version), t.negRisk, key.address);
    if (!hash) {
        qCDebug(lcExchange) << "invalid signature:" << hash.error().detail.c_str();
        return httpError(400, "invalid signature");
    }
    if (request.owner != key.apiKey) {
        return httpError(401, "Unauthorized/Invalid api key");
    }
    if (m_faults.orderRejectNext > 0) {
        --m_faults.orderRejectNext;
        return refuse(m_faults.orderRejectMessage.toStdString());
    }
    if (t.market >= 0) {
        const SimMarket& market = m_universe.markets[static_cast<std::size_t>(t.market)];
        if (!market.acceptingOrders || market.closed || !market.active) {
            return refuse(kNotReadyMsg);
        }
    }
    const std::string id = signing::toHex(*hash);
    if (m_store.findOrder(id)) {
        return refuse(kDuplicatedMsg);
    }
    const std::uint64_t expiration = signedOrder.expiration.fitsUInt64()
                                             ? signedOrder.expiration.low64()
                                             : ~std::uint64_t{0};
    const auto nowSeconds = static_cast<std::uint64_t>(nowMs / 1000);
    if (request.type == signing::OrderType::Gtd ? expiration <= nowSeconds + 60 : expiration != 0) {
        return refuse(kExpirationMsg); // GTD: one minute security threshold (spec §4.3)
    }
    if (request.postOnly && isTaker(request.type)) {
        return refuse(kPostOnlyTypeMsg);
    }
    const bool buy = signedOrder.side == TradeSide::Buy;
    const auto shares = micros(buy ? signedOrder.takerAmount : signedOrder.makerAmount);
    const auto collateral = micros(buy ? signedOrder.makerAmount : signedOrder.takerAmount);
    if (!shares || !collateral) {
        return refuse(kInsertMsg);
    }
    if (!shares->isPositive() || !collateral->isPositive()) {
        return refuse(kMinSizeMsg);
    }
    Decimal price;
    if (const std::string bad = derivePrice(request, t.book, *shares, *collateral, price);
        !bad.empty()) {
        return refuse(bad);
    }
    const Decimal minSize =
            t.market >= 0 ? m_universe.markets[static_cast<std::size_t>(t.market)].minOrderSize
                          : t.book.minOrderSize();
    // Resting orders need the market's minimum size; marketable FOK/FAK orders $1 (spec §4.3).
    if (isTaker(request.type) ? Decimal::mul(*shares, price, Rounding::Down) < kOne
                              : *shares < minSize) {
        return refuse(kMinSizeMsg);
    }
    std::vector<SimLevelPlan> levels = m_matcher.plan(token, signedOrder.side, price, *shares);
    const bool marketable = !levels.empty();
    if (request.postOnly && marketable) {
        return refuse(kPostOnlyCrossMsg);
    }
    SimWallet& wallet = m_accounts.wallet(signedOrder.maker);
    if (buy) {
        Decimal need = *collateral;
        if (marketable && t.market >= 0) {
            const SimMarket& m = m_universe.markets[static_cast<std::size_t>(t.market)];
            if (m.feesEnabled && m.feeRate.isPositive()) {
                need += polaris::takerFee(*shares, price, m.feeRate, m.feeExponent);
            }
        }
        if (need > wallet.availableCollateral()) {
            return refuse(kBalanceMsg);
        }
    } else if (*shares > wallet.availableShares(token)) {
        return refuse(kBalanceMsg);
    }

    m_accounts.noteFunder(key.address, signedOrder.maker);
    SimOrder order;
    order.id = id;
    order.owner = key.apiKey;
    order.signer = key.address;
    order.maker = signedOrder.maker;
    order.token = token;
    order.side = signedOrder.side;
    order.price = price;
    order.originalSize = *shares;
    order.type = request.type;
    order.createdAtMs = nowMs;
    order.expiration = expiration;
    order.sequence = m_store.nextSequence();

    if (marketable && m_faults.competingTakerRate > 0.0
        && m_random.generateDouble() < m_faults.competingTakerRate) {
        m_matcher.compete(levels, token, order.side, m_faults.competingTakerFraction, nowMs);
        levels = m_matcher.plan(token, order.side, price, *shares);
    }
    Decimal cap = *shares;
    if (m_faults.fillFraction < kOne) {
        cap = Decimal::mul(*shares, m_faults.fillFraction, Rounding::Down)
                      .roundToMultiple(kCent, Rounding::Down);
    }
    const Decimal fillable = min(cap, SimMatcher::depth(levels));
    SimPlaceResult result;
    result.orderId = id;
    if (request.type == signing::OrderType::Fok && fillable < *shares) {
        order.status = SimOrderStatus::Killed;
        const SimOrder& stored = m_store.addOrder(std::move(order));
        emitOrder(stored, "CANCELLATION", QString::fromLatin1(kFokKilledStatus), nowMs);
        flush(nowMs);
        result.status = "unmatched";
        result.errorMsg = kFokMsg;
        return result;
    }
    std::vector<SimTrade*> trades;
    if (fillable.isPositive()) {
        SimTaker taker{id,    key.apiKey,  order.maker.toChecksumHex(),
                       true,  key.address, order.maker,
                       token, order.side};
        trades = m_matcher.execute(taker, levels, fillable, nowMs);
    }
    for (const SimTrade* trade : trades) {
        const Decimal notional = Decimal::mul(trade->price, trade->size, Rounding::Up);
        order.sizeMatched += trade->size;
        order.tradeIds.push_back(trade->id);
        result.making += buy ? notional : trade->size;
        result.taking += buy ? trade->size : notional;
        result.tradeIds.push_back(trade->id);
        result.transactionHashes.push_back(trade->transactionHash);
    }
    result.traded = !trades.empty();
    const Decimal rest = order.remaining();
    const char* eventType = "PLACEMENT";
    if (!rest.isPositive()) {
        order.status = SimOrderStatus::Matched;
    } else if (isTaker(order.type)) {
        order.status = SimOrderStatus::Canceled; // FAK: the rest is cancelled
        eventType = "CANCELLATION";
    } else {
        order.status = SimOrderStatus::Live;
        order.reserved = buy ? Decimal::mul(price, rest, Rounding::Up) : rest;
        (buy ? wallet.reservedCollateral : wallet.reservedShares[token]) += order.reserved;
    }
    const SimOrder& stored = m_store.addOrder(std::move(order));
    emitOrder(stored, eventType, QLatin1String(SimOrderJson::statusName(stored.status)), nowMs);
    finishTrades(trades, nowMs);
    flush(nowMs);
    result.status = result.traded                           ? "matched"
                    : stored.status == SimOrderStatus::Live ? "live"
                                                            : "unmatched";
    return result;
}

void SimExchange::finishTrades(const std::vector<SimTrade*>& trades, std::int64_t nowMs)
{
    for (const SimTrade* trade : trades) {
        emitTrade(*trade, nowMs);
        for (const SimMakerFill& fill : trade->makers) {
            if (const SimOrder* maker = fill.ours ? m_store.findOrder(fill.orderId) : nullptr) {
                emitOrder(*maker, "UPDATE", QLatin1String(SimOrderJson::statusName(maker->status)),
                          nowMs);
            }
        }
        m_pending.push_back({trade->id, nowMs + m_options.minedAfterMs, SimTradeStatus::Mined});
        m_pending.push_back(
                {trade->id, nowMs + m_options.confirmedAfterMs, SimTradeStatus::Confirmed});
    }
    updateTimer();
}

void SimExchange::emitOrder(const SimOrder& order,
                            const char* type,
                            const QString& status,
                            std::int64_t nowMs)
{
    if (!m_userSink) {
        return;
    }
    const QJsonObject event = SimOrderJson::orderEvent(order, m_universe, type, status, nowMs);
    m_userSink(order.signer, m_universe.tokens[static_cast<std::size_t>(order.token)].book.market(),
               QJsonDocument(event).toJson(QJsonDocument::Compact));
}

void SimExchange::emitTrade(const SimTrade& trade, std::int64_t nowMs)
{
    if (!m_userSink) {
        return;
    }
    const std::string& market =
            m_universe.tokens[static_cast<std::size_t>(trade.token)].book.market();
    std::vector<signing::Address> told;
    if (trade.takerOurs) {
        told.push_back(trade.takerUser);
        m_userSink(trade.takerUser, market,
                   QJsonDocument(SimOrderJson::tradeEvent(trade, m_universe, true, nowMs))
                           .toJson(QJsonDocument::Compact));
    }
    for (const SimMakerFill& fill : trade.makers) {
        if (!fill.ours || std::find(told.begin(), told.end(), fill.user) != told.end()) {
            continue;
        }
        told.push_back(fill.user);
        m_userSink(fill.user, market,
                   QJsonDocument(SimOrderJson::tradeEvent(trade, m_universe, false, nowMs))
                           .toJson(QJsonDocument::Compact));
    }
}

void SimExchange::cancelOrder(SimOrder& order, std::int64_t nowMs)
{
    order.status = SimOrderStatus::Canceled;
    m_matcher.releaseReservation(order);
    emitOrder(order, "CANCELLATION", QStringLiteral("CANCELED"), nowMs);
}

SimExchange::CancelResult
SimExchange::cancel(const SimApiKey& key, const std::vector<std::string>& ids, std::int64_t nowMs)
{
    CancelResult result;
    for (const std::string& id : ids) {
        SimOrder* order = m_store.findOrder(id);
        if (!order || order->signer != key.address) {
            result.notCanceled.emplace_back(id, "order not found");
        } else if (order->status != SimOrderStatus::Live) {
            result.notCanceled.emplace_back(id, "already canceled or matched");
        } else {
            cancelOrder(*order, nowMs);
            result.canceled.push_back(id);
        }
    }
    updateTimer();
    return result;
}

SimExchange::CancelResult
SimExchange::cancelAll(const SimApiKey& key, int market, int token, std::int64_t nowMs)
{
    CancelResult result;
    for (SimOrder& order : m_store.orders()) {
        if (order.status != SimOrderStatus::Live || order.signer != key.address
            || (token >= 0 && order.token != token)
            || (market >= 0
                && m_universe.tokens[static_cast<std::size_t>(order.token)].market != market)) {
            continue;
        }
        cancelOrder(order, nowMs);
        result.canceled.push_back(order.id);
    }
    updateTimer();
    return result;
}

void SimExchange::onBooksMoved(std::int64_t nowMs)
{
    if (m_store.liveCount() == 0) {
        return;
    }
    finishTrades(m_matcher.crossResting(nowMs), nowMs);
    flush(nowMs);
}

void SimExchange::advance(std::int64_t nowMs)
{
    std::vector<PendingStatus> due;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->dueMs <= nowMs) {
            due.push_back(*it);
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    for (const PendingStatus& change : due) {
        if (SimTrade* trade = m_store.findTrade(change.tradeId)) {
            trade->status = change.next;
            trade->lastUpdateMs = nowMs;
            emitTrade(*trade, nowMs);
        }
    }
    for (SimOrder& order : m_store.orders()) {
        if (order.status == SimOrderStatus::Live && order.expiration != 0
            && static_cast<std::uint64_t>(nowMs / 1000) >= order.expiration) {
            cancelOrder(order, nowMs);
        }
    }
    updateTimer();
}

void SimExchange::flush(std::int64_t nowMs)
{
    m_liquidity.flush(nowMs, m_changeSink, m_tradeSink);
}

void SimExchange::updateTimer()
{
    bool work = !m_pending.empty();
    for (const SimOrder& order : m_store.orders()) {
        work = work || (order.status == SimOrderStatus::Live && order.expiration != 0);
    }
    if (work && !m_timer.isActive()) {
        m_timer.start();
    } else if (!work) {
        m_timer.stop();
    }
}

} // namespace polaris::sim
