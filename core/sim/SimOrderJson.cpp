#include "core/sim/SimOrderJson.h"

#include <QJsonArray>

namespace polaris::sim {

namespace {

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

QString text(Decimal d)
{
    return QString::fromStdString(d.toString());
}

QString seconds(std::int64_t ms)
{
    return QString::number(ms / 1000);
}

const SimToken& tokenOf(const SimUniverse& universe, int token)
{
    return universe.tokens[static_cast<std::size_t>(token)];
}

QString outcomeOf(const SimUniverse& universe, int token)
{
    const SimToken& t = tokenOf(universe, token);
    if (t.market < 0) {
        return {};
    }
    return text(universe.markets[static_cast<std::size_t>(t.market)]
                        .outcomes[static_cast<std::size_t>(t.outcome)]);
}

QString marketOf(const SimUniverse& universe, int token)
{
    return text(tokenOf(universe, token).book.market());
}

QJsonArray stringArray(const std::vector<std::string>& items)
{
    QJsonArray out;
    for (const std::string& item : items) {
        out.append(text(item));
    }
    return out;
}

/// The fields an OpenOrder and an `order` event share.
QJsonObject orderFields(const SimOrder& order, const SimUniverse& universe)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), text(order.id));
    o.insert(QLatin1String("owner"), text(order.owner));
    o.insert(QLatin1String("maker_address"), text(order.maker.toChecksumHex()));
    o.insert(QLatin1String("market"), marketOf(universe, order.token));
    o.insert(QLatin1String("asset_id"), text(tokenOf(universe, order.token).id));
    o.insert(QLatin1String("side"), QLatin1String(SimOrderJson::sideName(order.side)));
    o.insert(QLatin1String("original_size"), text(order.originalSize));
    o.insert(QLatin1String("size_matched"), text(order.sizeMatched));
    o.insert(QLatin1String("price"), text(order.price));
    o.insert(QLatin1String("outcome"), outcomeOf(universe, order.token));
    o.insert(QLatin1String("expiration"), QString::number(order.expiration));
    o.insert(QLatin1String("order_type"), QLatin1String(signing::orderTypeName(order.type)));
    return o;
}

} // namespace

const char* SimOrderJson::statusName(SimOrderStatus status)
{
    switch (status) {
    case SimOrderStatus::Live:
        return "LIVE";
    case SimOrderStatus::Matched:
        return "MATCHED";
    case SimOrderStatus::Canceled:
    case SimOrderStatus::Killed:
        return "CANCELED";
    }
    return "CANCELED";
}

const char* SimOrderJson::tradeStatusName(SimTradeStatus status)
{
    switch (status) {
    case SimTradeStatus::Matched:
        return "MATCHED";
    case SimTradeStatus::Mined:
        return "MINED";
    case SimTradeStatus::Confirmed:
        return "CONFIRMED";
    }
    return "MATCHED";
}

const char* SimOrderJson::sideName(TradeSide side)
{
    return side == TradeSide::Buy ? "BUY" : "SELL";
}

QJsonObject SimOrderJson::openOrder(const SimOrder& order, const SimUniverse& universe)
{
    QJsonObject o = orderFields(order, universe);
    o.insert(QLatin1String("status"), QLatin1String(statusName(order.status)));
    o.insert(QLatin1String("associate_trades"), stringArray(order.tradeIds));
    o.insert(QLatin1String("created_at"), static_cast<qint64>(order.createdAtMs / 1000));
    return o;
}

QJsonObject SimOrderJson::orderEvent(const SimOrder& order,
                                     const SimUniverse& universe,
                                     const char* type,
                                     const QString& status,
                                     std::int64_t nowMs)
{
    QJsonObject o = orderFields(order, universe);
    o.insert(QLatin1String("event_type"), QLatin1String("order"));
    o.insert(QLatin1String("type"), QLatin1String(type));
    o.insert(QLatin1String("status"), status);
    o.insert(QLatin1String("order_owner"), text(order.owner));
    o.insert(QLatin1String("associate_trades"), order.tradeIds.empty()
                                                        ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(stringArray(order.tradeIds)));
    o.insert(QLatin1String("created_at"), seconds(order.createdAtMs));
    o.insert(QLatin1String("timestamp"), QString::number(nowMs));
    return o;
}

QJsonObject
SimOrderJson::trade(const SimTrade& trade, const SimUniverse& universe, bool viewerIsTaker)
{
    const SimToken& token = tokenOf(universe, trade.token);
    QJsonObject o;
    o.insert(QLatin1String("id"), text(trade.id));
    o.insert(QLatin1String("taker_order_id"), text(trade.takerOrderId));
    o.insert(QLatin1String("market"), marketOf(universe, trade.token));
    o.insert(QLatin1String("asset_id"), text(token.id));
    o.insert(QLatin1String("side"), QLatin1String(sideName(trade.side)));
    o.insert(QLatin1String("size"), text(trade.size));
    // V2 fees are set by the operator at match time, not a signed rate; the venue's captures
    // show "0" here. The fee actually charged follows the market's schedule (§6.4).
    o.insert(QLatin1String("fee_rate_bps"), QLatin1String("0"));
    o.insert(QLatin1String("price"), text(trade.price));
    o.insert(QLatin1String("status"), QLatin1String(tradeStatusName(trade.status)));
    o.insert(QLatin1String("match_time"), seconds(trade.matchTimeMs));
    o.insert(QLatin1String("last_update"), seconds(trade.lastUpdateMs));
    o.insert(QLatin1String("outcome"), outcomeOf(universe, trade.token));
    o.insert(QLatin1String("bucket_index"), 0);
    o.insert(QLatin1String("owner"), text(trade.takerOwner));
    o.insert(QLatin1String("maker_address"), text(trade.takerAddress));
    o.insert(QLatin1String("transaction_hash"), text(trade.transactionHash));
    o.insert(QLatin1String("trader_side"),
             viewerIsTaker ? QLatin1String("TAKER") : QLatin1String("MAKER"));
    QJsonArray makers;
    for (const SimMakerFill& fill : trade.makers) {
        QJsonObject m;
        m.insert(QLatin1String("order_id"), text(fill.orderId));
        m.insert(QLatin1String("owner"), text(fill.owner));
        m.insert(QLatin1String("maker_address"), text(fill.makerAddress));
        m.insert(QLatin1String("matched_amount"), text(fill.matchedAmount));
        m.insert(QLatin1String("price"), text(fill.price));
        m.insert(QLatin1String("fee_rate_bps"), QLatin1String("0"));
        m.insert(QLatin1String("asset_id"), text(tokenOf(universe, fill.token).id));
        m.insert(QLatin1String("outcome"), outcomeOf(universe, fill.token));
        m.insert(QLatin1String("side"), QLatin1String(sideName(fill.side)));
        makers.append(m);
    }
    o.insert(QLatin1String("maker_orders"), makers);
    return o;
}

QJsonObject SimOrderJson::tradeEvent(const SimTrade& trade,
                                     const SimUniverse& universe,
                                     bool viewerIsTaker,
                                     std::int64_t nowMs)
{
    QJsonObject o = SimOrderJson::trade(trade, universe, viewerIsTaker);
    o.insert(QLatin1String("event_type"), QLatin1String("trade"));
    o.insert(QLatin1String("type"), QLatin1String("TRADE"));
    o.insert(QLatin1String("trade_owner"), text(trade.takerOwner));
    o.insert(QLatin1String("timestamp"), QString::number(nowMs));
    return o;
}

QJsonObject SimOrderJson::placeResult(const SimPlaceResult& result)
{
    QJsonObject o;
    o.insert(QLatin1String("success"), result.success);
    o.insert(QLatin1String("orderID"), text(result.orderId));
    o.insert(QLatin1String("status"), text(result.status));
    o.insert(QLatin1String("makingAmount"), result.traded ? text(result.making) : QString());
    o.insert(QLatin1String("takingAmount"), result.traded ? text(result.taking) : QString());
    o.insert(QLatin1String("errorMsg"), text(result.errorMsg));
    o.insert(QLatin1String("transactionsHashes"), stringArray(result.transactionHashes));
    o.insert(QLatin1String("tradeIDs"), stringArray(result.tradeIds));
    return o;
}

} // namespace polaris::sim
