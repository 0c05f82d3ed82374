#pragma once

#include "core/strategies/Opportunity.h"

#include <QWidget>

#include <vector>

class QLabel;
class QTableWidget;

namespace polaris::ui {

/// Each leg's order-book depth ladder as the opportunity saw it: price, size and cumulative size
/// of the best levels of the side the leg walks, with the levels the basket takes shaded (the
/// last one lighter when taken only in part) and the shares taken at each. One table, a header
/// row per leg; sized to its rows so the detail pane's scroll area does the scrolling.
/// GUI thread.
class DepthLadderView : public QWidget
{
    Q_OBJECT
public:
    /// Column 0 of every row carries its kind in this role: a RowKind value.
    static constexpr int RowKindRole = Qt::UserRole + 40;
    enum RowKind { LegHeader, LevelNone, LevelFull, LevelPartial, Note };
    enum Column { PriceColumn, SizeColumn, CumulativeColumn, TakenColumn, ColumnCount };

    explicit DepthLadderView(QWidget* parent = nullptr);

    /// Shows the ladders of `legs`; does nothing when they are what is already shown (the detail
    /// pane refreshes every second).
    void setLegs(const std::vector<OpportunityLeg>& legs);
    void clear();

private:
    void addLeg(const OpportunityLeg& leg);
    void fitHeight();

    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    std::vector<OpportunityLeg> m_shown;
};

} // namespace polaris::ui
