#pragma once

#include "core/execution/RiskSnapshot.h"

#include <QAbstractTableModel>
#include <QString>

#include <cstdint>
#include <vector>

namespace polaris::ui {

/// How close a check is to its limit. Shown as text and colour together, never colour alone.
enum class RiskLevel : std::uint8_t { Ok, Warning, Tripped };

/// One line of the risk panel: a check of one layer, its current value against its limit.
struct RiskRow
{
    int layer = 0; ///< 1..4, the seed's risk pyramid
    QString check; ///< "Open exposure"
    QString value; ///< "412.00 USDC (41.20 % of capital)"
    QString limit; ///< "≤ 800.00 USDC (80.00 %)"
    RiskLevel level = RiskLevel::Ok;
    QString detail; ///< the rule in words, for the tooltip
};

/// The risk panel's rows: the four layers of the seed with the current values of a RiskSnapshot
/// against their limits, each rated ok / warning / tripped. A fixed set of rows; a new snapshot
/// only signals the cells that changed. GUI thread.
///
/// Levels follow the rule each limit enforces. Capital limits allow "≤ limit", so reaching the
/// limit exactly leaves no room for another trade: Tripped ("limit reached"); from 80 % of the
/// limit: Warning. Breaker triggers fire on "> limit" (daily loss, latency) or "≥ max"
/// (consecutive failures), so the exact limit of a "> limit" trigger is still a Warning.
/// Capital percentages are of the balance, as RiskGuard::checkCapital() applies them.
class RiskPanelModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LayerColumn, CheckColumn, ValueColumn, LimitColumn, StatusColumn, ColumnCount };
    enum Row {
        DataIntegrityRow,
        QualityRow,
        BalanceRow,
        PerTradeRow,
        OpenExposureRow,
        EventExposureRow,
        BreakerRow,
        FailuresRow,
        DailyPnlRow,
        LatencyRow,
        RowCount
    };
    /// int(RiskLevel) on every cell of a row.
    static constexpr int LevelRole = Qt::UserRole + 40;

    explicit RiskPanelModel(QObject* parent = nullptr);

    /// The testable core: a snapshot as rows, in Row order.
    static std::vector<RiskRow> rowsFor(const RiskSnapshot& snapshot);
    /// What the capital percentages are of: the collateral available (RiskGuard's rule).
    static Decimal capitalBase(const RiskSnapshot& snapshot);
    static QString levelText(RiskLevel level);
    static QString phaseText(ExecutionMode mode);
    static QString breakerText(BreakerState state);

    void setSnapshot(const RiskSnapshot& snapshot);
    const RiskSnapshot& snapshot() const { return m_snapshot; }
    const RiskRow& riskRow(int row) const { return m_rows[std::size_t(row)]; }
    /// The worst level of all rows.
    RiskLevel overallLevel() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant cellText(const RiskRow& row, int column) const;

    RiskSnapshot m_snapshot;
    std::vector<RiskRow> m_rows;
};

} // namespace polaris::ui
