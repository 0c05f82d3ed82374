#include "ui/dialogs/ThresholdFields.h"

#include "core/config/ArbConfigLoader.h"

#include <QHash>

namespace polaris::ui {

namespace {

using Group = ThresholdField::Group;
using Kind = ThresholdField::Kind;

/// The labelled keys, in display order. Keys the loader does not (yet) know are skipped.
std::vector<ThresholdField> labelled()
{
    const QString usdc = QStringLiteral("USDC");
    const QString shares = ThresholdFields::tr("shares");
    const QString ms = ThresholdFields::tr("ms");
    const QString hours = ThresholdFields::tr("hours");
    const auto field = [](const char* key, Group group, Kind kind, const QString& label,
                          const QString& unit = {}) {
        return ThresholdField{QLatin1String(key), group, kind, label, unit};
    };
    return {
            field("neg_risk_min_discount", Group::Baskets, Kind::Fraction,
                  ThresholdFields::tr("Minimum net profit (fraction of cost)")),
            field("neg_risk_min_shares", Group::Baskets, Kind::Positive,
                  ThresholdFields::tr("Smallest basket"), shares),
            field("neg_risk_max_shares", Group::Baskets, Kind::Positive,
                  ThresholdFields::tr("Largest basket"), shares),
            field("share_step", Group::Baskets, Kind::Positive,
                  ThresholdFields::tr("Order size step"), shares),
            field("merge_gas_usd", Group::Baskets, Kind::NonNegative,
                  ThresholdFields::tr("Gas to merge YES + NO (B)"), usdc),
            field("convert_gas_usd", Group::Baskets, Kind::NonNegative,
                  ThresholdFields::tr("Gas to convert NOs (C)"), usdc),
            field("min_liquidity_usd", Group::DataQuality, Kind::NonNegative,
                  ThresholdFields::tr("Minimum liquidity (anti-rug)"), usdc),
            field("max_book_age_ms", Group::DataQuality, Kind::Positive,
                  ThresholdFields::tr("A book is stale after"), ms),
            field("resolution_lag_hours", Group::DataQuality, Kind::NonNegative,
                  ThresholdFields::tr("End date to payout"), hours),
            field("scan_interval_normal", Group::DataQuality, Kind::Count,
                  ThresholdFields::tr("Full scan every"), ThresholdFields::tr("s")),
            field("scan_interval_active", Group::DataQuality, Kind::Count,
                  ThresholdFields::tr("Full scan every (busy market)"), ThresholdFields::tr("s")),
            field("bond_min_price", Group::Bonds, Kind::Price, ThresholdFields::tr("Lowest price")),
            field("bond_max_price", Group::Bonds, Kind::Price,
                  ThresholdFields::tr("Highest price")),
            field("bond_min_annualized", Group::Bonds, Kind::Rate,
                  ThresholdFields::tr("Minimum annualised yield")),
            field("bond_max_days", Group::Bonds, Kind::Count,
                  ThresholdFields::tr("Resolves within"), ThresholdFields::tr("days")),
            field("bond_min_shares", Group::Bonds, Kind::Positive,
                  ThresholdFields::tr("Minimum size at the price"), shares),
            field("tail_max_hours", Group::TailEnd, Kind::Positive,
                  ThresholdFields::tr("Resolves within"), hours),
            field("tail_min_confidence", Group::TailEnd, Kind::Price,
                  ThresholdFields::tr("Minimum price of the leading outcome")),
            field("tail_min_profit_pct", Group::TailEnd, Kind::Fraction,
                  ThresholdFields::tr("Minimum profit (1 − ask) / ask")),
            field("max_capital_pct", Group::Risk, Kind::Fraction,
                  ThresholdFields::tr("Capital per trade (fraction of balance)")),
            field("max_event_pct", Group::Risk, Kind::Fraction,
                  ThresholdFields::tr("Capital per event")),
            field("max_open_pct", Group::Risk, Kind::Fraction,
                  ThresholdFields::tr("Total open capital")),
            field("max_daily_loss", Group::Risk, Kind::NonNegative,
                  ThresholdFields::tr("Daily loss that stops trading"), usdc),
            field("max_consecutive_fail", Group::Risk, Kind::Count,
                  ThresholdFields::tr("Failures in a row before a pause")),
            field("breaker_pause_s", Group::Risk, Kind::NonNegative,
                  ThresholdFields::tr("Pause after those failures"), ThresholdFields::tr("s")),
            field("max_api_latency_ms", Group::Risk, Kind::Positive,
                  ThresholdFields::tr("API latency that stops trading"), ms),
            field("fill_timeout_ms", Group::Execution, Kind::Positive,
                  ThresholdFields::tr("Wait for fills"), ms),
            field("patch_ratio", Group::Execution, Kind::Fraction,
                  ThresholdFields::tr("Top up short legs above fill ratio")),
            field("unwind_ratio", Group::Execution, Kind::Fraction,
                  ThresholdFields::tr("Unwind long legs below fill ratio")),
            field("patch_slippage", Group::Execution, Kind::Fraction,
                  ThresholdFields::tr("Top-up slippage limit")),
            field("unwind_slippage", Group::Execution, Kind::Fraction,
                  ThresholdFields::tr("Unwind slippage limit")),
            field("approval_ttl_s", Group::Execution, Kind::Positive,
                  ThresholdFields::tr("Approval quote valid for"), ThresholdFields::tr("s")),
            field("approval_tolerance_pct", Group::Execution, Kind::Fraction,
                  ThresholdFields::tr("Re-confirm when net % drops by")),
            field("paper_latency_ms", Group::Execution, Kind::NonNegative,
                  ThresholdFields::tr("Paper order round trip"), ms),
            field("paper_starting_balance", Group::Execution, Kind::Positive,
                  ThresholdFields::tr("Paper starting balance"), usdc),
    };
}

/// A key the loader gained after this table was written: group and kind from its name.
ThresholdField unlabelled(const QString& key)
{
    ThresholdField field{key, Group::Other, Kind::NonNegative, key, {}};
    const auto starts = [&key](std::initializer_list<const char*> prefixes) {
        for (const char* prefix : prefixes) {
            if (key.startsWith(QLatin1String(prefix))) {
                return true;
            }
        }
        return false;
    };
    if (starts({"fill_", "patch_", "unwind_", "approval_", "paper_", "order_", "exec"})) {
        field.group = Group::Execution;
    } else if (starts({"bond_"})) {
        field.group = Group::Bonds;
    } else if (starts({"tail_"})) {
        field.group = Group::TailEnd;
    } else if (starts({"max_", "breaker_"})) {
        field.group = Group::Risk;
    } else if (starts({"neg_risk_", "merge_", "convert_", "share_"})) {
        field.group = Group::Baskets;
    }
    if (key.endsWith(QLatin1String("_pct")) || key.endsWith(QLatin1String("_ratio"))) {
        field.kind = Kind::Fraction;
    } else if (key.endsWith(QLatin1String("_ms"))) {
        field.unit = ThresholdFields::tr("ms");
    } else if (key.endsWith(QLatin1String("_s"))) {
        field.unit = ThresholdFields::tr("s");
    } else if (key.endsWith(QLatin1String("_hours"))) {
        field.unit = ThresholdFields::tr("hours");
    } else if (key.endsWith(QLatin1String("_usd")) || key.endsWith(QLatin1String("_balance"))) {
        field.unit = QStringLiteral("USDC");
    }
    return field;
}

} // namespace

std::vector<ThresholdField> ThresholdFields::all()
{
    const QStringList known = ArbConfigLoader::keys();
    std::vector<ThresholdField> fields;
    QHash<QString, bool> shown;
    for (ThresholdField& field : labelled()) {
        if (known.contains(field.key)) {
            shown.insert(field.key, true);
            fields.push_back(std::move(field));
        }
    }
    for (const QString& key : known) {
        if (!shown.contains(key)) {
            fields.push_back(unlabelled(key));
        }
    }
    std::stable_sort(
            fields.begin(), fields.end(),
            [](const ThresholdField& a, const ThresholdField& b) { return a.group < b.group; });
    return fields;
}

QString ThresholdFields::groupTitle(ThresholdField::Group group)
{
    switch (group) {
    case Group::Baskets:
        return tr("Baskets (A, A', B, C)");
    case Group::DataQuality:
        return tr("Data quality (layers 1 and 2)");
    case Group::Bonds:
        return tr("Bonds (F)");
    case Group::TailEnd:
        return tr("Tail-end (G)");
    case Group::Risk:
        return tr("Risk (layers 3 and 4)");
    case Group::Execution:
        return tr("Execution");
    case Group::Other:
        return tr("Other");
    }
    return tr("Other");
}

QString ThresholdFields::check(const ThresholdField& field, const QString& text)
{
    if (text.isEmpty()) {
        return tr("Enter a value.");
    }
    const auto parsed = Decimal::parse(text.toStdString());
    if (!parsed.ok()) {
        if (parsed.error().code == ErrorCode::OverPrecise) {
            return tr("At most 6 decimal places.");
        }
        return tr("Not a decimal number: use digits and one '.', e.g. 0.03.");
    }
    const Decimal value = *parsed;
    const Decimal one = Decimal::fromInt(1);
    switch (field.kind) {
    case Kind::Price:
        if (!value.isPositive() || value >= one) {
            return tr("A price lies strictly between 0 and 1, e.g. 0.95.");
        }
        break;
    case Kind::Fraction:
        if (value.isNegative() || value > one) {
            return tr("A fraction between 0 and 1: 0.03 means 3 %.");
        }
        break;
    case Kind::Rate:
        if (value.isNegative()) {
            return tr("Must not be negative: 0.10 means 10 % a year.");
        }
        break;
    case Kind::Positive:
        if (!value.isPositive()) {
            return tr("Must be greater than 0.");
        }
        break;
    case Kind::NonNegative:
        if (value.isNegative()) {
            return tr("Must not be negative.");
        }
        break;
    case Kind::Count:
        if (!value.isMultipleOf(one) || value < one) {
            return tr("A whole number, 1 or more.");
        }
        break;
    }
    // The loader has the last word (ranges of its own, whole numbers for counts).
    ArbConfig scratch;
    const Status applied = ArbConfigLoader::apply(scratch, field.key, text);
    if (!applied.ok()) {
        return QString::fromStdString(applied.error().detail);
    }
    return {};
}

QString ThresholdFields::hint(const ThresholdField& field, const QString& text)
{
    if (field.kind != Kind::Fraction && field.kind != Kind::Rate) {
        return {};
    }
    const auto parsed = Decimal::parse(text.toStdString());
    if (!parsed.ok() || *parsed > Decimal::fromInt(1'000'000) || parsed->isNegative()) {
        return {};
    }
    return tr("= %1 %").arg(QString::fromStdString((*parsed * 100).toString()));
}

std::vector<std::pair<QString, QString>> ThresholdFields::checkRelations(const ArbConfig& config)
{
    std::vector<std::pair<QString, QString>> problems;
    if (config.minShares > config.maxShares) {
        problems.emplace_back(QStringLiteral("neg_risk_max_shares"),
                              tr("Must not be below the smallest basket."));
    }
    if (config.bondMinPrice >= config.bondMaxPrice) {
        problems.emplace_back(QStringLiteral("bond_max_price"),
                              tr("Must be above the lowest price."));
    }
    if (config.maxCapitalPct > config.maxOpenPct) {
        problems.emplace_back(QStringLiteral("max_capital_pct"),
                              tr("Must not exceed the total open capital."));
    }
    if (config.maxEventPct > config.maxOpenPct) {
        problems.emplace_back(QStringLiteral("max_event_pct"),
                              tr("Must not exceed the total open capital."));
    }
    if (config.scanIntervalActiveS > config.scanIntervalNormalS) {
        problems.emplace_back(QStringLiteral("scan_interval_active"),
                              tr("Must not be longer than the normal interval."));
    }
    if (config.unwindRatio > config.patchRatio) {
        problems.emplace_back(QStringLiteral("unwind_ratio"),
                              tr("Must not be above the top-up ratio."));
    }
    return problems;
}

} // namespace polaris::ui
