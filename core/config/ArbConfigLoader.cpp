#include "core/config/ArbConfigLoader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <variant>

namespace polaris {

namespace {

struct MsField
{
    std::int64_t ArbConfig::*member;
    std::int64_t unitMs;
};

using Field = std::variant<Decimal ArbConfig::*, int ArbConfig::*, MsField>;

struct Entry
{
    const char* key;
    Field field;
};

constexpr std::int64_t kHourMs = 3600LL * 1000;

const Entry kEntries[] = {
        {"neg_risk_min_discount", &ArbConfig::minDiscount},
        {"neg_risk_min_shares", &ArbConfig::minShares},
        {"neg_risk_max_shares", &ArbConfig::maxShares},
        {"share_step", &ArbConfig::shareStep},
        {"merge_gas_usd", &ArbConfig::mergeGasUsd},
        {"convert_gas_usd", &ArbConfig::convertGasUsd},
        {"min_liquidity_usd", &ArbConfig::minLiquidityUsd},
        {"max_book_age_ms", MsField{&ArbConfig::maxBookAgeMs, 1}},
        {"resolution_lag_hours", MsField{&ArbConfig::resolutionLagMs, kHourMs}},
        {"bond_min_price", &ArbConfig::bondMinPrice},
        {"bond_max_price", &ArbConfig::bondMaxPrice},
        {"bond_min_annualized", &ArbConfig::bondMinAnnualized},
        {"bond_max_days", &ArbConfig::bondMaxDays},
        {"bond_min_shares", &ArbConfig::bondMinShares},
        {"tail_max_hours", MsField{&ArbConfig::tailMaxHoursMs, kHourMs}},
        {"tail_min_confidence", &ArbConfig::tailMinConfidence},
        {"tail_min_profit_pct", &ArbConfig::tailMinProfitPct},
        {"max_capital_pct", &ArbConfig::maxCapitalPct},
        {"max_event_pct", &ArbConfig::maxEventPct},
        {"max_open_pct", &ArbConfig::maxOpenPct},
        {"max_daily_loss", &ArbConfig::maxDailyLossUsd},
        {"max_consecutive_fail", &ArbConfig::maxConsecutiveFailures},
        {"scan_interval_normal", &ArbConfig::scanIntervalNormalS},
        {"scan_interval_active", &ArbConfig::scanIntervalActiveS},
};

Error badValue(const QString& key, const QString& value, const std::string& why)
{
    return Error{ErrorCode::InvalidFormat,
                 "config " + key.toStdString() + "='" + value.toStdString() + "': " + why};
}

} // namespace

Status ArbConfigLoader::apply(ArbConfig& config, const QString& key, const QString& value)
{
    for (const Entry& entry : kEntries) {
        if (key != QLatin1String(entry.key)) {
            continue;
        }
        const auto parsed = Decimal::parse(value.trimmed().toStdString());
        if (!parsed.ok()) {
            return badValue(key, value, parsed.error().detail);
        }
        if (parsed->isNegative()) {
            return badValue(key, value, "must not be negative");
        }
        if (const auto* decimal = std::get_if<Decimal ArbConfig::*>(&entry.field)) {
            config.*(*decimal) = *parsed;
        } else if (const auto* integer = std::get_if<int ArbConfig::*>(&entry.field)) {
            if (!parsed->isMultipleOf(Decimal::fromInt(1)) && !parsed->isZero()) {
                return badValue(key, value, "must be a whole number");
            }
            config.*(*integer) = static_cast<int>(parsed->micros() / Decimal::kOne);
        } else {
            const MsField ms = std::get<MsField>(entry.field);
            config.*(ms.member) =
                    Decimal::mul(*parsed, Decimal::fromInt(ms.unitMs), Rounding::Nearest).micros()
                    / Decimal::kOne;
        }
        return okStatus();
    }
    return Error{ErrorCode::NotFound, "unknown config key '" + key.toStdString() + "'"};
}

Status ArbConfigLoader::applyJson(ArbConfig& config, const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{ErrorCode::InvalidFormat,
                     "config is not a JSON object: " + parseError.errorString().toStdString()};
    }
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        QString text;
        if (it.value().isString()) {
            text = it.value().toString();
        } else if (it.value().isDouble()) {
            // Recover the literal the user wrote (0.03, not 0.029999...).
            const auto exact = Decimal::fromJsonNumber(it.value().toDouble());
            if (!exact.ok()) {
                return badValue(it.key(), QString::number(it.value().toDouble()),
                                exact.error().detail);
            }
            text = QString::fromStdString(exact->toString());
        } else {
            return badValue(it.key(), QStringLiteral("?"), "must be a number or a decimal string");
        }
        const Status status = apply(config, it.key(), text);
        if (!status.ok()) {
            return status;
        }
    }
    return okStatus();
}

Status ArbConfigLoader::applyFile(ArbConfig& config, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, "cannot read config " + path.toStdString() + ": "
                                            + file.errorString().toStdString()};
    }
    return applyJson(config, file.readAll());
}

QStringList ArbConfigLoader::describe(const ArbConfig& config)
{
    QStringList lines;
    for (const Entry& entry : kEntries) {
        QString value;
        if (const auto* decimal = std::get_if<Decimal ArbConfig::*>(&entry.field)) {
            value = QString::fromStdString((config.*(*decimal)).toString());
        } else if (const auto* integer = std::get_if<int ArbConfig::*>(&entry.field)) {
            value = QString::number(config.*(*integer));
        } else {
            const MsField ms = std::get<MsField>(entry.field);
            value = QString::fromStdString(Decimal::div(Decimal::fromInt(config.*(ms.member)),
                                                        Decimal::fromInt(ms.unitMs),
                                                        Rounding::Nearest)
                                                   .toString());
        }
        lines << QStringLiteral("%1=%2").arg(QLatin1String(entry.key), value);
    }
    return lines;
}

} // namespace polaris
