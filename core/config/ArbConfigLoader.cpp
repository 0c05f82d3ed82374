#include "core/config/ArbConfigLoader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <optional>
#include <string>
#include <variant>

namespace polaris {

namespace {

struct MsField
{
    std::int64_t ArbConfig::*member;
    std::int64_t unitMs;
};

using Field = std::variant<Decimal ArbConfig::*, int ArbConfig::*, MsField>;

/// Accepted values, in the unit the key is written in (seconds for *_s, a fraction for *_pct).
struct Bounds
{
    Decimal min;
    std::optional<Decimal> max;
};

struct Entry
{
    const char* key;
    Field field;
    Bounds bounds = {};
};

constexpr std::int64_t kSecondMs = 1000;
constexpr std::int64_t kHourMs = 3600LL * 1000;
/// Durations beyond ten years are a typo, and keep every product within an int64 of ms.
constexpr std::int64_t kMaxDurationMs = 10LL * 366 * 24 * kHourMs;

const Bounds kFraction{Decimal(), Decimal::fromInt(1)};
const Bounds kSlippage{Decimal(), Decimal::fromMicros(500'000)};

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
        {"max_capital_pct", &ArbConfig::maxCapitalPct, kFraction},
        {"max_event_pct", &ArbConfig::maxEventPct, kFraction},
        {"max_open_pct", &ArbConfig::maxOpenPct, kFraction},
        {"max_daily_loss", &ArbConfig::maxDailyLossUsd},
        {"max_consecutive_fail", &ArbConfig::maxConsecutiveFailures, {Decimal::fromInt(1), {}}},
        {"breaker_pause_s",
         MsField{&ArbConfig::breakerPauseMs, kSecondMs},
         {Decimal(), Decimal::fromInt(7 * 24 * 3600)}},
        {"max_api_latency_ms",
         MsField{&ArbConfig::maxApiLatencyMs, 1},
         {Decimal::fromInt(1), Decimal::fromInt(60'000)}},
        {"fill_timeout_ms",
         MsField{&ArbConfig::fillTimeoutMs, 1},
         {Decimal::fromInt(1), Decimal::fromInt(600'000)}},
        {"patch_ratio", &ArbConfig::patchRatio, kFraction},
        {"unwind_ratio", &ArbConfig::unwindRatio, kFraction},
        {"patch_slippage", &ArbConfig::patchSlippage, kSlippage},
        {"unwind_slippage", &ArbConfig::unwindSlippage, kSlippage},
        {"approval_ttl_s",
         MsField{&ArbConfig::approvalTtlMs, kSecondMs},
         {Decimal::fromInt(1), Decimal::fromInt(3600)}},
        {"approval_tolerance_pct", &ArbConfig::approvalTolerancePct, kFraction},
        {"paper_latency_ms",
         MsField{&ArbConfig::paperLatencyMs, 1},
         {Decimal(), Decimal::fromInt(60'000)}},
        {"paper_starting_balance",
         &ArbConfig::paperStartingBalance,
         {Decimal::fromMicros(1), Decimal::fromInt(1'000'000'000)}},
        {"scan_interval_normal", &ArbConfig::scanIntervalNormalS},
        {"scan_interval_active", &ArbConfig::scanIntervalActiveS},
};

/// "must be between 0 and 1" / "must be at least 1" / "must be at most 10".
std::optional<std::string> outOfBounds(Decimal value, const Bounds& bounds)
{
    const bool low = value < bounds.min;
    const bool high = bounds.max && value > *bounds.max;
    if (!low && !high) {
        return std::nullopt;
    }
    if (bounds.max) {
        return "must be between " + bounds.min.toString() + " and " + bounds.max->toString();
    }
    return "must be at least " + bounds.min.toString();
}

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
        if (const std::optional<std::string> why = outOfBounds(*parsed, entry.bounds)) {
            return Error{ErrorCode::OutOfRange, badValue(key, value, *why).detail};
        }
        if (const auto* decimal = std::get_if<Decimal ArbConfig::*>(&entry.field)) {
            config.*(*decimal) = *parsed;
        } else if (const auto* integer = std::get_if<int ArbConfig::*>(&entry.field)) {
            if (!parsed->isMultipleOf(Decimal::fromInt(1)) && !parsed->isZero()) {
                return badValue(key, value, "must be a whole number");
            }
            if (*parsed > Decimal::fromInt(1'000'000'000)) {
                return Error{ErrorCode::OutOfRange,
                             badValue(key, value, "must be at most 1000000000").detail};
            }
            config.*(*integer) = static_cast<int>(parsed->micros() / Decimal::kOne);
        } else {
            const MsField ms = std::get<MsField>(entry.field);
            if (*parsed > Decimal::div(Decimal::fromInt(kMaxDurationMs),
                                       Decimal::fromInt(ms.unitMs), Rounding::Down)) {
                return Error{ErrorCode::OutOfRange,
                             badValue(key, value, "is longer than ten years").detail};
            }
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

// --- The console's settings. Only apply() and describe() know the table: these functions stay
// --- correct when keys are added to it.

QStringList ArbConfigLoader::keys()
{
    QStringList names;
    for (const QString& line : describe(ArbConfig{})) {
        names << line.section(QLatin1Char('='), 0, 0);
    }
    return names;
}

QString ArbConfigLoader::valueText(const ArbConfig& config, const QString& key)
{
    const QString prefix = key + QLatin1Char('=');
    for (const QString& line : describe(config)) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.size());
        }
    }
    return {};
}

Status ArbConfigLoader::applySettings(ArbConfig& config, const QSettings& settings)
{
    const QString prefix = settingsGroup() + QLatin1Char('/');
    std::string skipped;
    for (const QString& fullKey : settings.allKeys()) {
        if (!fullKey.startsWith(prefix)) {
            continue;
        }
        const Status status =
                apply(config, fullKey.mid(prefix.size()), settings.value(fullKey).toString());
        if (!status.ok()) {
            skipped += (skipped.empty() ? "" : "; ") + status.error().detail;
        }
    }
    if (!skipped.empty()) {
        return Error{ErrorCode::InvalidFormat,
                     "settings group '" + settingsGroup().toStdString() + "': skipped " + skipped};
    }
    return okStatus();
}

void ArbConfigLoader::writeSettings(const ArbConfig& config, QSettings& settings)
{
    const QStringList defaults = describe(ArbConfig{});
    const QStringList current = describe(config);
    const QString prefix = settingsGroup() + QLatin1Char('/');
    for (qsizetype i = 0; i < current.size(); ++i) {
        const QString key = prefix + current[i].section(QLatin1Char('='), 0, 0);
        if (current[i] == defaults[i]) {
            settings.remove(key);
        } else {
            settings.setValue(key, current[i].section(QLatin1Char('='), 1));
        }
    }
}

} // namespace polaris
