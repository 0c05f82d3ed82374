#include "core/report/OpportunityJson.h"

#include <QDateTime>
#include <QJsonArray>

#include <cmath>

namespace polaris {

namespace {

QJsonValue money(Decimal value)
{
    return QString::fromStdString(value.toString());
}

QJsonArray stringArray(const std::vector<std::string>& values)
{
    QJsonArray array;
    for (const std::string& value : values) {
        array.append(QString::fromStdString(value));
    }
    return array;
}

/// Two decimals of a percent is all a person reads; the exact figures are the money fields.
double percent(double fraction)
{
    return std::round(fraction * 10000.0) / 100.0;
}

QJsonObject legToJson(const OpportunityLeg& leg)
{
    QJsonObject object;
    object.insert(QStringLiteral("token_id"), QString::fromStdString(leg.tokenId));
    object.insert(QStringLiteral("condition_id"), QString::fromStdString(leg.conditionId));
    object.insert(QStringLiteral("outcome"), QString::fromStdString(leg.outcome));
    object.insert(QStringLiteral("side"),
                  leg.side == TradeSide::Buy ? QStringLiteral("BUY") : QStringLiteral("SELL"));
    object.insert(QStringLiteral("limit_price"), money(leg.limitPrice));
    object.insert(QStringLiteral("shares"), money(leg.shares));
    object.insert(QStringLiteral("vwap"), money(leg.vwap));
    object.insert(QStringLiteral("notional"), money(leg.notional));
    object.insert(QStringLiteral("fee"), money(leg.fee));
    object.insert(QStringLiteral("book_hash"), QString::fromStdString(leg.bookHash));
    object.insert(QStringLiteral("book_timestamp"),
                  leg.bookTimestampMs > 0 ? QJsonValue(isoUtc(leg.bookTimestampMs)) : QJsonValue());
    return object;
}

} // namespace

QString isoUtc(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject opportunityToJson(const Opportunity& opportunity)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), QString::fromStdString(opportunity.id));
    object.insert(QStringLiteral("strategy"), QLatin1String(strategyCode(opportunity.strategy)));
    object.insert(QStringLiteral("event_id"), QString::fromStdString(opportunity.eventId));
    object.insert(QStringLiteral("event_title"), QString::fromStdString(opportunity.eventTitle));
    object.insert(QStringLiteral("market_ids"), stringArray(opportunity.marketIds));
    object.insert(QStringLiteral("shares"), money(opportunity.shares));
    object.insert(QStringLiteral("cost"), money(opportunity.cost));
    object.insert(QStringLiteral("payout"), money(opportunity.payout));
    object.insert(QStringLiteral("fees"), money(opportunity.fees));
    object.insert(QStringLiteral("gas"), money(opportunity.gas));
    object.insert(QStringLiteral("net_profit"), money(opportunity.netProfit));
    object.insert(QStringLiteral("net_profit_pct"), percent(opportunity.netProfitPct));
    object.insert(QStringLiteral("annualized_pct"),
                  opportunity.annualizedPct ? QJsonValue(percent(*opportunity.annualizedPct))
                                            : QJsonValue());
    object.insert(QStringLiteral("locked_until"),
                  opportunity.lockedUntilMs ? QJsonValue(isoUtc(*opportunity.lockedUntilMs))
                                            : QJsonValue());
    object.insert(QStringLiteral("first_seen"), isoUtc(opportunity.firstSeenMs));
    object.insert(QStringLiteral("last_seen"), isoUtc(opportunity.lastSeenMs));
    QJsonArray legs;
    for (const OpportunityLeg& leg : opportunity.legs) {
        legs.append(legToJson(leg));
    }
    object.insert(QStringLiteral("legs"), legs);
    return object;
}

QJsonObject refusalToJson(const Refusal& refusal)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), QString::fromStdString(refusal.id));
    object.insert(QStringLiteral("strategy"), QLatin1String(strategyCode(refusal.strategy)));
    object.insert(QStringLiteral("event_id"), QString::fromStdString(refusal.eventId));
    object.insert(QStringLiteral("event_title"), QString::fromStdString(refusal.eventTitle));
    object.insert(QStringLiteral("market_ids"), stringArray(refusal.marketIds));
    object.insert(QStringLiteral("reason"), QLatin1String(refusalReasonName(refusal.reason)));
    object.insert(QStringLiteral("layer"), int(refusalLayer(refusal.reason)));
    object.insert(QStringLiteral("detail"), QString::fromStdString(refusal.detail));
    object.insert(QStringLiteral("edge"), refusal.edge ? money(*refusal.edge) : QJsonValue());
    return object;
}

} // namespace polaris
