#include "core/sim/SimTradingApi.h"

#include "core/sim/SimAuth.h"
#include "core/sim/SimOrderJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

namespace polaris::sim {

namespace {

Q_LOGGING_CATEGORY(lcTrading, "polaris.sim.trading")

constexpr int kMaxBatchOrders = 15;
// Every spender a V2 trader approves (spec §4.5): both exchanges and the NegRiskAdapter.
const char* const kSpenders[] = {"0xE111180000d2663C0091e4f400237545B87B996B",
                                 "0xe2222d279d744050d28e00520010520000310F59",
                                 "0xd91E80cF2E7be2e162c6513ceD06f1dD0dA35296"};
const char kMaxUint256[] =
        "115792089237316195423570985008687907853269984665640564039457584007913129639935";

HttpResponse jsonResponse(int status, const QJsonValue& value)
{
    const QJsonDocument doc =
            value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return HttpResponse::json(status, doc.toJson(QJsonDocument::Compact));
}

HttpResponse errorResponse(int status, const QString& message)
{
    return jsonResponse(status, QJsonObject{{QLatin1String("error"), message}});
}

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

/// Page `items` (already filtered) by the venue's base64 offset cursors.
template <typename Item, typename ToJson>
HttpResponse
page(const HttpRequest& request, const std::vector<Item>& items, int pageSize, ToJson toJson)
{
    const QString cursor = request.query.queryItemValue(QLatin1String("next_cursor"));
    qsizetype offset = 0;
    if (cursor == QLatin1String("LTE=")) {
        offset = static_cast<qsizetype>(items.size());
    } else if (!cursor.isEmpty()) {
        bool ok = false;
        offset = QByteArray::fromBase64(cursor.toLatin1()).toLongLong(&ok);
        if (!ok || offset < 0) {
            return errorResponse(400, QStringLiteral("invalid next_cursor"));
        }
    }
    QJsonArray data;
    const auto total = static_cast<qsizetype>(items.size());
    for (qsizetype i = offset; i < total && i < offset + pageSize; ++i) {
        data.append(toJson(items[static_cast<std::size_t>(i)]));
    }
    const qsizetype next = offset + pageSize;
    QJsonObject o;
    o.insert(QLatin1String("data"), data);
    o.insert(QLatin1String("next_cursor"),
             next < total ? QString::fromLatin1(QByteArray::number(next).toBase64())
                          : QStringLiteral("LTE="));
    o.insert(QLatin1String("limit"), pageSize);
    o.insert(QLatin1String("count"), data.size());
    return jsonResponse(200, o);
}

QJsonObject cancelJson(const SimExchange::CancelResult& result)
{
    QJsonArray canceled;
    for (const std::string& id : result.canceled) {
        canceled.append(text(id));
    }
    QJsonObject notCanceled;
    for (const auto& [id, reason] : result.notCanceled) {
        notCanceled.insert(text(id), text(reason));
    }
    return QJsonObject{{QLatin1String("canceled"), canceled},
                       {QLatin1String("not_canceled"), notCanceled}};
}

bool isTradingPath(const QString& path)
{
    static const char* const kPaths[] = {
            "/auth/api-keys",           "/order",       "/orders",      "/cancel-all",
            "/cancel-market-orders",    "/data/orders", "/data/trades", "/balance-allowance",
            "/balance-allowance/update"};
    return path.startsWith(QLatin1String("/data/order/"))
           || std::any_of(std::begin(kPaths), std::end(kPaths),
                          [&](const char* p) { return path == QLatin1String(p); });
}

} // namespace

std::optional<SimTradingReply> SimTradingApi::handle(const HttpRequest& request, std::int64_t nowMs)
{
    const QString& path = request.path;
    const QByteArray& method = request.method;
    if ((path == QLatin1String("/auth/api-key") && method == "POST")
        || (path == QLatin1String("/auth/derive-api-key") && method == "GET")) {
        return SimTradingReply{credentials(request), 0};
    }
    if (!isTradingPath(path)) {
        return std::nullopt;
    }
    auto key = SimAuth::verifyL2(request, m_exchange.accounts());
    if (!key) {
        qCDebug(lcTrading) << "L2 refused:" << key.error().detail.c_str();
        return SimTradingReply{HttpResponse::error(401, "Unauthorized/Invalid api key"), 0};
    }
    const SimApiKey& k = **key;
    const int orderDelay = m_faults.orderDelayMs;
    if (method == "POST" && path == QLatin1String("/order")) {
        return SimTradingReply{postOrder(request, k, nowMs), orderDelay};
    }
    if (method == "POST" && path == QLatin1String("/orders")) {
        return SimTradingReply{postOrders(request, k, nowMs), orderDelay};
    }
    if (method == "DELETE"
        && (path == QLatin1String("/order") || path == QLatin1String("/orders")
            || path == QLatin1String("/cancel-all")
            || path == QLatin1String("/cancel-market-orders"))) {
        return SimTradingReply{cancel(request, k, nowMs), orderDelay};
    }
    if (method != "GET") {
        return SimTradingReply{HttpResponse::error(405, "method not allowed"), 0};
    }
    if (path == QLatin1String("/auth/api-keys")) {
        return SimTradingReply{apiKeys(k), 0};
    }
    if (path.startsWith(QLatin1String("/data/order/"))) {
        return SimTradingReply{order(path.mid(12), k), 0};
    }
    if (path == QLatin1String("/data/orders")) {
        return SimTradingReply{orders(request, k), 0};
    }
    if (path == QLatin1String("/data/trades")) {
        return SimTradingReply{trades(request, k), 0};
    }
    if (path.startsWith(QLatin1String("/balance-allowance"))) {
        return SimTradingReply{balance(request, k), 0};
    }
    return SimTradingReply{HttpResponse::error(405, "method not allowed"), 0};
}

HttpResponse SimTradingApi::credentials(const HttpRequest& request)
{
    auto identity = SimAuth::verifyL1(request, m_exchange.options().chainId);
    if (!identity) {
        qCDebug(lcTrading) << "L1 refused:" << identity.error().detail.c_str();
        return HttpResponse::error(401, "Invalid L1 Request headers");
    }
    const SimApiKey& key = m_exchange.accounts().issue(identity->address, identity->nonce);
    return jsonResponse(200, QJsonObject{{QLatin1String("apiKey"), text(key.apiKey)},
                                         {QLatin1String("secret"), text(key.secret)},
                                         {QLatin1String("passphrase"), text(key.passphrase)}});
}

HttpResponse SimTradingApi::apiKeys(const SimApiKey& key) const
{
    QJsonArray keys;
    for (const SimApiKey* k : m_exchange.accounts().keysOf(key.address)) {
        keys.append(text(k->apiKey));
    }
    return jsonResponse(200, QJsonObject{{QLatin1String("apiKeys"), keys}});
}

HttpResponse
SimTradingApi::postOrder(const HttpRequest& request, const SimApiKey& key, std::int64_t nowMs)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return errorResponse(400,
                             QStringLiteral("Invalid order payload: body is not a JSON object"));
    }
    auto parsed = SimOrderRequest::fromJson(doc.object());
    if (!parsed) {
        return errorResponse(400, QStringLiteral("Invalid order payload: ")
                                          + text(parsed.error().detail));
    }
    const SimPlaceResult result = m_exchange.place(*parsed, key, nowMs);
    if (result.httpStatus != 200) {
        return errorResponse(result.httpStatus, text(result.errorMsg));
    }
    if (m_faults.rejectAsHttpError && !result.errorMsg.empty()) {
        return errorResponse(400, text(result.errorMsg));
    }
    return jsonResponse(200, SimOrderJson::placeResult(result));
}

HttpResponse
SimTradingApi::postOrders(const HttpRequest& request, const SimApiKey& key, std::int64_t nowMs)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray() || doc.array().isEmpty()) {
        return errorResponse(400, QStringLiteral("Invalid order payload: body must be a non-empty "
                                                 "JSON array"));
    }
    const QJsonArray legs = doc.array();
    if (legs.size() > kMaxBatchOrders) {
        return errorResponse(400, QStringLiteral("Invalid order payload: at most %1 orders per "
                                                 "batch, got %2")
                                          .arg(kMaxBatchOrders)
                                          .arg(legs.size()));
    }
    QJsonArray answers;
    for (const QJsonValue& leg : legs) {
        auto parsed = SimOrderRequest::fromJson(leg.toObject());
        SimPlaceResult result;
        if (!parsed) {
            result.success = false;
            result.errorMsg = "Invalid order payload: " + parsed.error().detail;
        } else {
            result = m_exchange.place(*parsed, key, nowMs);
            result.success = result.success && result.httpStatus == 200;
        }
        answers.append(SimOrderJson::placeResult(result));
    }
    return jsonResponse(200, answers);
}

HttpResponse
SimTradingApi::cancel(const HttpRequest& request, const SimApiKey& key, std::int64_t nowMs)
{
    const QString& path = request.path;
    if (path == QLatin1String("/cancel-all")) {
        return jsonResponse(200, cancelJson(m_exchange.cancelAll(key, -1, -1, nowMs)));
    }
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (path == QLatin1String("/orders")) {
        std::vector<std::string> ids;
        for (const QJsonValue& id : doc.array()) {
            ids.push_back(id.toString().toStdString());
        }
        if (!doc.isArray() || ids.empty()) {
            return errorResponse(400,
                                 QStringLiteral("Invalid payload: expected [\"<order id>\", ...]"));
        }
        return jsonResponse(200, cancelJson(m_exchange.cancel(key, ids, nowMs)));
    }
    const QJsonObject body = doc.object();
    if (path == QLatin1String("/order")) {
        const QString id = body.value(QLatin1String("orderID")).toString();
        if (id.isEmpty()) {
            return errorResponse(400,
                                 QStringLiteral("Invalid payload: expected {\"orderID\": ...}"));
        }
        return jsonResponse(200, cancelJson(m_exchange.cancel(key, {id.toStdString()}, nowMs)));
    }
    // /cancel-market-orders: market (condition id) and/or asset_id (token id).
    const QString market = body.value(QLatin1String("market")).toString();
    const QString asset = body.value(QLatin1String("asset_id")).toString();
    if (market.isEmpty() && asset.isEmpty()) {
        return errorResponse(400, QStringLiteral("Invalid payload: market or asset_id required"));
    }
    const SimUniverse& universe = m_exchange.universe();
    const int marketIndex =
            market.isEmpty() ? -1 : universe.findMarketByCondition(market.toStdString());
    const int tokenIndex = asset.isEmpty() ? -1 : universe.findToken(asset.toStdString());
    if ((!market.isEmpty() && marketIndex < 0) || (!asset.isEmpty() && tokenIndex < 0)) {
        return jsonResponse(200, cancelJson({}));
    }
    return jsonResponse(200, cancelJson(m_exchange.cancelAll(key, marketIndex, tokenIndex, nowMs)));
}

HttpResponse SimTradingApi::order(const QString& id, const SimApiKey& key)
{
    const SimOrder* found = m_exchange.store().findOrder(id.toStdString());
    if (!found || found->signer != key.address) {
        return errorResponse(404, QStringLiteral("order not found"));
    }
    return jsonResponse(200, SimOrderJson::openOrder(*found, m_exchange.universe()));
}

HttpResponse SimTradingApi::orders(const HttpRequest& request, const SimApiKey& key)
{
    const SimUniverse& universe = m_exchange.universe();
    const std::string id = request.query.queryItemValue(QLatin1String("id")).toStdString();
    const std::string market = request.query.queryItemValue(QLatin1String("market")).toStdString();
    const std::string asset = request.query.queryItemValue(QLatin1String("asset_id")).toStdString();
    std::vector<const SimOrder*> selected;
    for (const SimOrder& o : m_exchange.store().orders()) {
        const SimToken& token = universe.tokens[static_cast<std::size_t>(o.token)];
        if (o.status == SimOrderStatus::Live && o.signer == key.address
            && (id.empty() || o.id == id) && (market.empty() || token.book.market() == market)
            && (asset.empty() || token.id == asset)) {
            selected.push_back(&o);
        }
    }
    return page(request, selected, m_exchange.options().pageSize,
                [&](const SimOrder* o) { return SimOrderJson::openOrder(*o, universe); });
}

HttpResponse SimTradingApi::trades(const HttpRequest& request, const SimApiKey& key)
{
    const SimUniverse& universe = m_exchange.universe();
    const QUrlQuery& q = request.query;
    const std::string id = q.queryItemValue(QLatin1String("id")).toStdString();
    const std::string market = q.queryItemValue(QLatin1String("market")).toStdString();
    const std::string asset = q.queryItemValue(QLatin1String("asset_id")).toStdString();
    const QString makerAddress = q.queryItemValue(QLatin1String("maker_address"));
    const qint64 before = q.queryItemValue(QLatin1String("before")).toLongLong();
    const qint64 after = q.queryItemValue(QLatin1String("after")).toLongLong();
    std::vector<std::pair<const SimTrade*, bool>> selected; // trade, viewer is the taker
    for (const SimTrade& t : m_exchange.store().trades()) {
        const bool taker = t.takerOurs && t.takerUser == key.address;
        const bool maker =
                std::any_of(t.makers.begin(), t.makers.end(), [&](const SimMakerFill& f) {
                    return f.ours && f.user == key.address
                           && (makerAddress.isEmpty()
                               || QString::fromStdString(f.makerAddress)
                                                  .compare(makerAddress, Qt::CaseInsensitive)
                                          == 0);
                });
        const SimToken& token = universe.tokens[static_cast<std::size_t>(t.token)];
        const qint64 matchSeconds = t.matchTimeMs / 1000;
        const bool takerMatches = taker
                                  && (makerAddress.isEmpty()
                                      || QString::fromStdString(t.takerAddress)
                                                         .compare(makerAddress, Qt::CaseInsensitive)
                                                 == 0);
        if ((takerMatches || maker) && (id.empty() || t.id == id)
            && (market.empty() || token.book.market() == market)
            && (asset.empty() || token.id == asset) && (before == 0 || matchSeconds < before)
            && (after == 0 || matchSeconds > after)) {
            selected.emplace_back(&t, takerMatches);
        }
    }
    return page(request, selected, m_exchange.options().pageSize,
                [&](const std::pair<const SimTrade*, bool>& t) {
                    return SimOrderJson::trade(*t.first, universe, t.second);
                });
}

HttpResponse SimTradingApi::balance(const HttpRequest& request, const SimApiKey& key)
{
    const QString type = request.query.queryItemValue(QLatin1String("asset_type")).toUpper();
    SimAccounts& accounts = m_exchange.accounts();
    const SimWallet& wallet = accounts.wallet(accounts.funderOf(key.address));
    Decimal amount = wallet.collateral;
    if (type == QLatin1String("CONDITIONAL")) {
        const QString tokenId = request.query.queryItemValue(QLatin1String("token_id"));
        const int token = m_exchange.universe().findToken(tokenId.toStdString());
        if (token < 0) {
            return errorResponse(400, QStringLiteral("Invalid token id"));
        }
        amount = wallet.sharesOf(token);
    } else if (!type.isEmpty() && type != QLatin1String("COLLATERAL")) {
        return errorResponse(400, QStringLiteral("asset_type must be COLLATERAL or CONDITIONAL"));
    }
    QJsonObject allowances;
    for (const char* spender : kSpenders) {
        allowances.insert(QLatin1String(spender), QLatin1String(kMaxUint256));
    }
    // On-chain units: 6-decimal integers.
    return jsonResponse(200,
                        QJsonObject{{QLatin1String("balance"), QString::number(amount.micros())},
                                    {QLatin1String("allowances"), allowances}});
}

} // namespace polaris::sim
