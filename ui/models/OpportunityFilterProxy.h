#pragma once

#include "core/money/Decimal.h"

#include <QSortFilterProxyModel>

#include <cstdint>
#include <optional>

namespace polaris::ui {

/// Sorts by the models' exact SortRole and filters the opportunities and near-misses tables by
/// strategy (a set of enabled strategies), minimum net profit (exact micro-unit compare; rows
/// without a net profit, i.e. near-misses, are not affected) and free text (event title, event
/// and market ids, leg outcomes; case-insensitive). GUI thread.
class OpportunityFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OpportunityFilterProxy(QObject* parent = nullptr);

    /// Bit i enables Strategy(i). All strategies are enabled at first.
    void setStrategyMask(std::uint32_t mask);
    std::uint32_t strategyMask() const { return m_strategyMask; }
    /// nullopt: no minimum.
    void setMinNetProfit(std::optional<Decimal> minimum);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::uint32_t m_strategyMask = ~std::uint32_t(0);
    std::optional<Decimal> m_minNetProfit;
    QString m_text;
};

} // namespace polaris::ui
