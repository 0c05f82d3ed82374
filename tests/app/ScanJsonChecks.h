#pragma once

#include "core/money/Decimal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>

#include <cmath>

/// Checks of the JSON that `polaris-arb scan --json` prints (shapes in docs/cli.md). Each
/// *Problem() returns an empty string when the value is valid, else what is wrong with it.
namespace polaris::test {

/// Money is an exact decimal string: optional minus, digits, at most one dot, no exponent.
inline bool isMoney(const QJsonValue& value)
{
    static const QRegularExpression pattern(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    return value.isString() && pattern.match(value.toString()).hasMatch()
           && Decimal::parse(value.toString().toStdString()).ok();
}

inline Decimal money(const QJsonValue& value)
{
    return Decimal::parse(value.toString().toStdString()).value();
}

/// Shape of one opportunity of the scan document (docs/cli.md), with the money identity.
inline QString opportunityProblem(const QJsonObject& o)
{
    for (const char* key : {"id", "strategy", "event_id"}) {
        if (o.value(QLatin1String(key)).toString().isEmpty()) {
            return QStringLiteral("%1 missing").arg(QLatin1String(key));
        }
    }
    if (!o.value(QStringLiteral("id"))
                 .toString()
                 .startsWith(o.value(QStringLiteral("strategy")).toString() + QLatin1Char(':'))) {
        return QStringLiteral("id does not start with the strategy code");
    }
    if (o.value(QStringLiteral("market_ids")).toArray().isEmpty()) {
        return QStringLiteral("market_ids empty");
    }
    for (const char* key : {"shares", "cost", "payout", "fees", "gas", "net_profit"}) {
        if (!isMoney(o.value(QLatin1String(key)))) {
            return QStringLiteral("%1 is not a decimal string").arg(QLatin1String(key));
        }
    }
    if (!o.value(QStringLiteral("net_profit_pct")).isDouble()) {
        return QStringLiteral("net_profit_pct is not a number");
    }
    const QJsonValue annualized = o.value(QStringLiteral("annualized_pct"));
    if (!annualized.isDouble() && !annualized.isNull()) {
        return QStringLiteral("annualized_pct is neither a number nor null");
    }
    const Decimal net = money(o.value(QStringLiteral("net_profit")));
    if (money(o.value(QStringLiteral("payout"))) - money(o.value(QStringLiteral("cost")))
                - money(o.value(QStringLiteral("fees"))) - money(o.value(QStringLiteral("gas")))
        != net) {
        return QStringLiteral("net_profit != payout - cost - fees - gas");
    }
    const double pct = net.toDouble() / money(o.value(QStringLiteral("cost"))).toDouble() * 100.0;
    if (std::abs(pct - o.value(QStringLiteral("net_profit_pct")).toDouble()) > 0.006) {
        return QStringLiteral("net_profit_pct does not match net_profit / cost");
    }
    const QJsonArray legs = o.value(QStringLiteral("legs")).toArray();
    if (legs.isEmpty()) {
        return QStringLiteral("no legs");
    }
    for (const QJsonValue& value : legs) {
        const QJsonObject leg = value.toObject();
        const QString side = leg.value(QStringLiteral("side")).toString();
        if (leg.value(QStringLiteral("token_id")).toString().isEmpty()
            || (side != QLatin1String("BUY") && side != QLatin1String("SELL"))) {
            return QStringLiteral("leg without token_id or side");
        }
        for (const char* key : {"limit_price", "shares", "vwap"}) {
            if (!isMoney(leg.value(QLatin1String(key)))) {
                return QStringLiteral("leg %1 is not a decimal string").arg(QLatin1String(key));
            }
        }
    }
    return {};
}

inline QString refusalProblem(const QJsonObject& r)
{
    for (const char* key : {"id", "strategy", "event_id", "reason", "detail"}) {
        if (r.value(QLatin1String(key)).toString().isEmpty()) {
            return QStringLiteral("%1 missing").arg(QLatin1String(key));
        }
    }
    const int layer = r.value(QStringLiteral("layer")).toInt();
    if (layer != 1 && layer != 2) {
        return QStringLiteral("layer %1").arg(layer);
    }
    const QJsonValue edge = r.value(QStringLiteral("edge"));
    return edge.isNull() || isMoney(edge) ? QString()
                                          : QStringLiteral("edge is not a decimal string");
}

/// The scan document: top-level keys, counts, and every entry's shape. Empty when valid.
inline QString documentProblem(const QJsonObject& doc)
{
    for (const char* key : {"as_of", "scanned", "elapsed_ms", "opportunities", "rejected"}) {
        if (!doc.contains(QLatin1String(key))) {
            return QStringLiteral("no %1").arg(QLatin1String(key));
        }
    }
    const QJsonObject scanned = doc.value(QStringLiteral("scanned")).toObject();
    for (const char* key : {"events", "markets", "books"}) {
        if (!scanned.value(QLatin1String(key)).isDouble()) {
            return QStringLiteral("scanned.%1 missing").arg(QLatin1String(key));
        }
    }
    if (!doc.value(QStringLiteral("elapsed_ms")).isDouble()
        || !QDateTime::fromString(doc.value(QStringLiteral("as_of")).toString(), Qt::ISODateWithMs)
                    .isValid()) {
        return QStringLiteral("elapsed_ms or as_of malformed");
    }
    for (const QJsonValue& o : doc.value(QStringLiteral("opportunities")).toArray()) {
        if (const QString problem = opportunityProblem(o.toObject()); !problem.isEmpty()) {
            return o.toObject().value(QStringLiteral("id")).toString() + QStringLiteral(": ")
                   + problem;
        }
    }
    for (const QJsonValue& r : doc.value(QStringLiteral("rejected")).toArray()) {
        if (const QString problem = refusalProblem(r.toObject()); !problem.isEmpty()) {
            return r.toObject().value(QStringLiteral("id")).toString() + QStringLiteral(": ")
                   + problem;
        }
    }
    return {};
}

inline QJsonObject
findEntry(const QJsonArray& entries, const QString& strategy, const QString& eventId)
{
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("strategy")).toString() == strategy
            && entry.value(QStringLiteral("event_id")).toString() == eventId) {
            return entry;
        }
    }
    return {};
}

} // namespace polaris::test
