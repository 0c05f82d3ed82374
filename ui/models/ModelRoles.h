#pragma once

#include <Qt>

namespace polaris::ui {

/// Item roles the opportunity and near-miss models share, so one filter proxy serves both.
enum ModelRole : int {
    /// Exact sort key: qint64 micro-units for money, qint64 ms for ages, double only for
    /// percentages, QString for text.
    SortRole = Qt::UserRole + 1,
    StrategyRole,        ///< int(Strategy), on every column
    NetProfitMicrosRole, ///< qint64 net profit in micro-USDC; invalid where it does not apply
    SearchTextRole,      ///< event title, event id, market ids and leg outcomes, for text filtering
    IdRole,              ///< the row's stable key (QString)
};

} // namespace polaris::ui
