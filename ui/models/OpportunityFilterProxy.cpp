#include "ui/models/OpportunityFilterProxy.h"

#include "ui/models/ModelRoles.h"

namespace polaris::ui {

OpportunityFilterProxy::OpportunityFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void OpportunityFilterProxy::setStrategyMask(std::uint32_t mask)
{
    if (mask != m_strategyMask) {
        m_strategyMask = mask;
        invalidateFilter();
    }
}

void OpportunityFilterProxy::setMinNetProfit(std::optional<Decimal> minimum)
{
    if (minimum != m_minNetProfit) {
        m_minNetProfit = minimum;
        invalidateFilter();
    }
}

void OpportunityFilterProxy::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed != m_text) {
        m_text = trimmed;
        invalidateFilter();
    }
}

bool OpportunityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const int strategy = index.data(StrategyRole).toInt();
    if (strategy < 0 || strategy >= 32 || (m_strategyMask & (std::uint32_t(1) << strategy)) == 0) {
        return false;
    }
    if (m_minNetProfit) {
        const QVariant profit = index.data(NetProfitMicrosRole);
        if (profit.isValid() && profit.toLongLong() < m_minNetProfit->micros()) {
            return false;
        }
    }
    return m_text.isEmpty()
           || index.data(SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace polaris::ui
