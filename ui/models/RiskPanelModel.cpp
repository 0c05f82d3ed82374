#include "ui/models/RiskPanelModel.h"

#include "ui/models/DisplayFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace polaris::ui {

namespace {

constexpr Decimal kWarnFraction = Decimal::fromMicros(800'000); // warn from 80 % of a limit

QString usdc(Decimal value)
{
    return RiskPanelModel::tr("%1 USDC").arg(display::money(value));
}

QString pct(Decimal fraction)
{
    return display::percent(fraction.toDouble());
}

/// `value` as a share of `base`, for display ("—" without a base).
QString shareOf(Decimal value, Decimal base)
{
    return base.isPositive() ? display::percent(value.toDouble() / base.toDouble())
                             : QStringLiteral("—");
}

/// A "≤ limit" rule: reaching the limit leaves no room; nothing out is always fine.
RiskLevel capitalLevel(Decimal value, Decimal limit)
{
    if (!value.isPositive()) {
        return RiskLevel::Ok;
    }
    if (value >= limit) {
        return RiskLevel::Tripped;
    }
    return value >= Decimal::mul(limit, kWarnFraction, Rounding::Up) ? RiskLevel::Warning
                                                                     : RiskLevel::Ok;
}

/// A "> limit trips" rule.
RiskLevel triggerLevel(Decimal value, Decimal limit)
{
    if (value > limit) {
        return RiskLevel::Tripped;
    }
    return value.isPositive() && value >= Decimal::mul(limit, kWarnFraction, Rounding::Up)
                   ? RiskLevel::Warning
                   : RiskLevel::Ok;
}

RiskRow refusalRow(int layer, int count)
{
    RiskRow row;
    row.layer = layer;
    row.level = RiskLevel::Ok; // refusing is these layers doing their job
    row.value = RiskPanelModel::tr("%1 refused in the last scan").arg(count);
    if (layer == 1) {
        row.check = RiskPanelModel::tr("Data integrity");
        row.limit = RiskPanelModel::tr("fresh, consistent, tradable, liquid books");
        row.detail = RiskPanelModel::tr(
                "Layer 1: the scanner refuses candidates with missing, stale, crossed or thin "
                "books and markets that are closed, disputed or awaiting resolution.");
    } else {
        row.check = RiskPanelModel::tr("Quality");
        row.limit = RiskPanelModel::tr("profit, size, yield and confidence thresholds");
        row.detail = RiskPanelModel::tr(
                "Layer 2: the scanner refuses candidates below the minimum discount, size, "
                "annualised yield or confidence set in the configuration.");
    }
    return row;
}

RiskRow breakerRow(const RiskSnapshot& s)
{
    RiskRow row;
    row.layer = 4;
    row.check = RiskPanelModel::tr("Circuit breaker");
    row.limit =
            s.breakerReason.empty() ? QStringLiteral("—") : QString::fromStdString(s.breakerReason);
    const QString until = RiskPanelModel::tr("%1 (in %2)")
                                  .arg(display::utcTime(s.breakerUntilMs),
                                       display::duration(s.breakerUntilMs - s.asOfMs));
    switch (s.breaker) {
    case BreakerState::Armed:
        row.level = RiskLevel::Ok;
        row.value = RiskPanelModel::tr("Armed: trading allowed");
        break;
    case BreakerState::Paused:
        row.level = RiskLevel::Tripped;
        row.value = RiskPanelModel::tr("Paused until %1").arg(until);
        break;
    case BreakerState::StoppedForDay:
        row.level = RiskLevel::Tripped;
        row.value = RiskPanelModel::tr("Stopped for the day until %1").arg(until);
        break;
    case BreakerState::DroppedToMonitor:
        row.level = RiskLevel::Tripped;
        row.value = RiskPanelModel::tr("Dropped to Monitor: nothing is sent");
        break;
    }
    row.detail =
            RiskPanelModel::tr(
                    "Layer 4: %1 consecutive failures pause trading; a daily loss over %2 stops it "
                    "until the next UTC day; API latency over %3 ms drops executions to Monitor.")
                    .arg(s.maxConsecutiveFailures)
                    .arg(usdc(s.maxDailyLoss))
                    .arg(s.maxLatencyMs);
    return row;
}

} // namespace

RiskPanelModel::RiskPanelModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_rows(rowsFor(RiskSnapshot{}))
{}

Decimal RiskPanelModel::capitalBase(const RiskSnapshot& snapshot)
{
    return snapshot.balance;
}

std::vector<RiskRow> RiskPanelModel::rowsFor(const RiskSnapshot& s)
{
    std::vector<RiskRow> rows;
    rows.reserve(RowCount);
    rows.push_back(refusalRow(1, s.layer1Refusals));
    rows.push_back(refusalRow(2, s.layer2Refusals));

    const Decimal base = capitalBase(s);
    const bool funded = s.balance.isPositive();
    RiskRow balance;
    balance.layer = 3;
    balance.check = tr("Balance");
    balance.value = usdc(s.balance);
    balance.limit = tr("> 0 to trade");
    balance.level = funded ? RiskLevel::Ok : RiskLevel::Tripped;
    balance.detail = tr("Collateral available to trade; the capital limits below are shares of "
                        "it.");
    rows.push_back(balance);

    RiskRow perTrade;
    perTrade.layer = 3;
    perTrade.check = tr("Per trade");
    perTrade.value =
            tr("at most %1").arg(usdc(Decimal::mul(s.balance, s.maxCapitalPct, Rounding::Down)));
    perTrade.limit = tr("%1 of the balance").arg(pct(s.maxCapitalPct));
    perTrade.level = funded ? RiskLevel::Ok : RiskLevel::Tripped;
    perTrade.detail = tr("Layer 3: one opportunity's cost may not exceed this share of the "
                         "balance.");
    rows.push_back(perTrade);

    RiskRow open;
    open.layer = 3;
    open.check = tr("Open exposure");
    const Decimal openLimit = Decimal::mul(base, s.maxOpenPct, Rounding::Down);
    open.value =
            tr("%1 (%2 of the balance)").arg(usdc(s.openExposure), shareOf(s.openExposure, base));
    open.limit = tr("≤ %1 (%2)").arg(usdc(openLimit), pct(s.maxOpenPct));
    open.level = capitalLevel(s.openExposure, openLimit);
    open.detail = tr("Layer 3: open positions and unfinished orders at their limit prices, "
                     "against this share of the balance.");
    rows.push_back(open);

    RiskRow event;
    event.layer = 3;
    event.check = tr("Largest event");
    const Decimal eventLimit = Decimal::mul(base, s.maxEventPct, Rounding::Down);
    event.value = tr("%1 (%2 of the balance)")
                          .arg(usdc(s.largestEventExposure), shareOf(s.largestEventExposure, base));
    event.limit = tr("≤ %1 (%2)").arg(usdc(eventLimit), pct(s.maxEventPct));
    event.level = capitalLevel(s.largestEventExposure, eventLimit);
    event.detail = s.largestEventId.empty()
                           ? tr("Layer 3: the exposure of any single event. No open exposure.")
                           : tr("Layer 3: the exposure of any single event. Largest: event %1.")
                                     .arg(QString::fromStdString(s.largestEventId));
    rows.push_back(event);

    rows.push_back(breakerRow(s));

    RiskRow failures;
    failures.layer = 4;
    failures.check = tr("Consecutive failures");
    failures.value = QString::number(s.consecutiveFailures);
    failures.limit = tr("pause at %1").arg(s.maxConsecutiveFailures);
    failures.level = s.consecutiveFailures >= s.maxConsecutiveFailures ? RiskLevel::Tripped
                     : s.consecutiveFailures > 0                       ? RiskLevel::Warning
                                                                       : RiskLevel::Ok;
    failures.detail = tr("Layer 4: executions that ended in error or left an unhedged partial "
                         "fill, in a row. Any success resets the count.");
    rows.push_back(failures);

    RiskRow daily;
    daily.layer = 4;
    daily.check = tr("Daily PnL");
    daily.value = usdc(s.dailyPnl);
    daily.limit = tr("loss ≤ %1").arg(usdc(s.maxDailyLoss));
    daily.level = triggerLevel(-s.dailyPnl, s.maxDailyLoss);
    daily.detail = tr("Layer 4: realised PnL since 00:00 UTC; a loss over the limit stops "
                      "trading until the next UTC day.");
    rows.push_back(daily);

    RiskRow latency;
    latency.layer = 4;
    latency.check = tr("API latency");
    latency.value = s.lastLatencyMs > 0 ? tr("%1 ms").arg(s.lastLatencyMs) : QStringLiteral("—");
    latency.limit = tr("≤ %1 ms").arg(s.maxLatencyMs);
    latency.level =
            triggerLevel(Decimal::fromInt(s.lastLatencyMs), Decimal::fromInt(s.maxLatencyMs));
    latency.detail = tr("Layer 4: the round trip of the last order request; over the limit, "
                        "executions drop to Monitor.");
    rows.push_back(latency);
    return rows;
}

QString RiskPanelModel::levelText(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Ok:
        return tr("✓ OK");
    case RiskLevel::Warning:
        return tr("⚠ Warning");
    case RiskLevel::Tripped:
        return tr("✖ Tripped");
    }
    return {};
}

QString RiskPanelModel::phaseText(ExecutionMode mode)
{
    switch (mode) {
    case ExecutionMode::Monitor:
        return tr("Monitor");
    case ExecutionMode::Paper:
        return tr("Paper");
    case ExecutionMode::Live:
        return tr("Live");
    }
    return {};
}

QString RiskPanelModel::breakerText(BreakerState state)
{
    switch (state) {
    case BreakerState::Armed:
        return tr("Armed");
    case BreakerState::Paused:
        return tr("Paused");
    case BreakerState::StoppedForDay:
        return tr("Stopped for the day");
    case BreakerState::DroppedToMonitor:
        return tr("Dropped to Monitor");
    }
    return {};
}

void RiskPanelModel::setSnapshot(const RiskSnapshot& snapshot)
{
    m_snapshot = snapshot;
    std::vector<RiskRow> next = rowsFor(snapshot);
    for (int row = 0; row < RowCount; ++row) {
        const RiskRow& before = m_rows[std::size_t(row)];
        const RiskRow& after = next[std::size_t(row)];
        if (before.value != after.value || before.limit != after.limit
            || before.level != after.level || before.detail != after.detail
            || before.check != after.check) {
            m_rows[std::size_t(row)] = after;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

RiskLevel RiskPanelModel::overallLevel() const
{
    RiskLevel worst = RiskLevel::Ok;
    for (const RiskRow& row : m_rows) {
        worst = std::max(worst, row.level);
    }
    return worst;
}

int RiskPanelModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int RiskPanelModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskPanelModel::cellText(const RiskRow& row, int column) const
{
    switch (Column(column)) {
    case LayerColumn:
        return tr("L%1").arg(row.layer);
    case CheckColumn:
        return row.check;
    case ValueColumn:
        return row.value;
    case LimitColumn:
        return row.limit;
    case StatusColumn:
        return levelText(row.level);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RiskPanelModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RiskRow& row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, index.column());
    case Qt::ToolTipRole:
        return row.detail;
    case LevelRole:
        return int(row.level);
    case Qt::BackgroundRole:
        if (index.column() != StatusColumn) {
            return {};
        }
        switch (row.level) {
        case RiskLevel::Ok:
            return QBrush(QColor(0xd7, 0xf2, 0xd7));
        case RiskLevel::Warning:
            return QBrush(QColor(0xff, 0xe8, 0xa8));
        case RiskLevel::Tripped:
            return QBrush(QColor(0xff, 0xc4, 0xc4));
        }
        return {};
    case Qt::ForegroundRole:
        // Dark text on the light status colours, whatever the palette.
        return index.column() == StatusColumn ? QBrush(QColor(0x20, 0x20, 0x20)) : QVariant();
    case Qt::FontRole:
        if (index.column() == StatusColumn && row.level != RiskLevel::Ok) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant RiskPanelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case LayerColumn:
        return tr("Layer");
    case CheckColumn:
        return tr("Check");
    case ValueColumn:
        return tr("Now");
    case LimitColumn:
        return tr("Limit");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace polaris::ui
