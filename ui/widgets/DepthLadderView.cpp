#include "ui/widgets/DepthLadderView.h"

#include "ui/models/DisplayFormat.h"
#include "ui/models/LadderRow.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace polaris::ui {

namespace {

const QColor kTaken(0xc8, 0xe6, 0xc9);   // whole level taken
const QColor kPartial(0xe8, 0xf5, 0xe9); // the basket's last, partly taken level
const QColor kHeader(0xee, 0xee, 0xee);

QString exact(Decimal value)
{
    return QString::fromStdString(value.toString());
}

/// The visible parts of a leg that the ladder depends on.
bool sameLadder(const OpportunityLeg& a, const OpportunityLeg& b)
{
    return a.tokenId == b.tokenId && a.side == b.side && a.limitPrice == b.limitPrice
           && a.shares == b.shares && a.outcome == b.outcome && a.depth == b.depth;
}

} // namespace

DepthLadderView::DepthLadderView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("No order-book depth was recorded with this opportunity."), this);
    m_empty->setObjectName(QStringLiteral("depthLadderEmpty"));
    layout->addWidget(m_empty);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("depthLadderTable"));
    m_table->setHorizontalHeaderLabels({tr("Price"), tr("Size"), tr("Cumulative"), tr("Taken")});
    m_table->horizontalHeaderItem(TakenColumn)
            ->setToolTip(tr("Shares the basket takes at this level"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(m_table);
    clear();
}

void DepthLadderView::clear()
{
    m_shown.clear();
    m_table->setRowCount(0);
    m_table->setVisible(false);
    m_empty->setVisible(true);
}

void DepthLadderView::setLegs(const std::vector<OpportunityLeg>& legs)
{
    if (!m_table->isHidden() && legs.size() == m_shown.size()
        && std::equal(legs.begin(), legs.end(), m_shown.begin(), sameLadder)) {
        return;
    }
    const bool anyDepth = std::any_of(legs.begin(), legs.end(),
                                      [](const OpportunityLeg& leg) { return !leg.depth.empty(); });
    if (!anyDepth) {
        clear();
        return;
    }
    m_shown = legs;
    m_table->setRowCount(0);
    for (const OpportunityLeg& leg : legs) {
        addLeg(leg);
    }
    m_empty->setVisible(false);
    m_table->setVisible(true);
    fitHeight();
}

void DepthLadderView::addLeg(const OpportunityLeg& leg)
{
    const auto spanRow = [this](const QString& text, RowKind kind, const QString& toolTip) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* item = new QTableWidgetItem(text);
        item->setData(RowKindRole, int(kind));
        item->setToolTip(toolTip);
        if (kind == LegHeader) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            item->setBackground(kHeader);
        }
        m_table->setItem(row, 0, item);
        m_table->setSpan(row, 0, 1, ColumnCount);
    };
    const bool buy = leg.side == TradeSide::Buy;
    const QString header = buy ? tr("%1 %2 · %3 shares at ≤ %4 · asks, lowest first")
                               : tr("%1 %2 · %3 shares at ≥ %4 · bids, highest first");
    spanRow(header.arg(display::sideText(leg.side), QString::fromStdString(leg.outcome),
                       exact(leg.shares), exact(leg.limitPrice)),
            LegHeader, QString::fromStdString(leg.tokenId));
    if (leg.depth.empty()) {
        spanRow(tr("No depth recorded for this leg."), Note, {});
        return;
    }
    for (const LadderRow& level : LadderRow::compute(leg)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const RowKind kind = level.fill == LadderRow::Fill::Full      ? LevelFull
                             : level.fill == LadderRow::Fill::Partial ? LevelPartial
                                                                      : LevelNone;
        const QString toolTip = kind == LevelFull ? tr("the basket takes the whole level")
                                : kind == LevelPartial
                                        ? tr("the basket takes %1 of %2 shares at this level")
                                                  .arg(exact(level.taken), exact(level.size))
                                        : tr("not reached by the basket");
        const QString texts[ColumnCount] = {
                exact(level.price), exact(level.size), exact(level.cumulative),
                level.taken.isZero() ? QStringLiteral("—") : exact(level.taken)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(texts[column]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(toolTip);
            if (kind == LevelFull) {
                item->setBackground(kTaken);
            } else if (kind == LevelPartial) {
                item->setBackground(kPartial);
            }
            m_table->setItem(row, column, item);
        }
        m_table->item(row, 0)->setData(RowKindRole, int(kind));
    }
    const Decimal beyond = LadderRow::sharesBeyond(leg);
    if (beyond.isPositive()) {
        spanRow(tr("…and %1 more shares on levels not shown").arg(exact(beyond)), Note,
                tr("The opportunity carries the best %1 levels of each book.").arg(kLadderLevels));
    }
}

void DepthLadderView::fitHeight()
{
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        height += m_table->rowHeight(row);
    }
    height += m_table->horizontalScrollBar()->sizeHint().height();
    m_table->setFixedHeight(height);
}

} // namespace polaris::ui
