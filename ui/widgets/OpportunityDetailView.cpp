#include "ui/widgets/OpportunityDetailView.h"

#include "ui/models/DisplayFormat.h"
#include "ui/models/OutcomePayouts.h"
#include "ui/widgets/DepthLadderView.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace polaris::ui {

namespace {

QString exact(Decimal value)
{
    return QString::fromStdString(value.toString());
}

QTableWidget* makeTable(QWidget* parent, const QStringList& headers, const char* name)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QLatin1String(name));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setCell(QTableWidget* table,
             int row,
             int column,
             const QString& text,
             bool number,
             const QString& toolTip = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(number ? Qt::AlignRight | Qt::AlignVCenter
                                  : Qt::AlignLeft | Qt::AlignVCenter);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    table->setItem(row, column, item);
}

/// Tables in the pane are short: size them to their rows instead of leaving blank space.
void fitHeight(QTableWidget* table)
{
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row) {
        height += table->rowHeight(row);
    }
    // Room for a horizontal scroll bar whenever the pane is narrower than the columns; whether
    // it shows is only known after layout, and a jumping height would be worse than a gap.
    height += table->horizontalScrollBar()->sizeHint().height();
    table->setFixedHeight(height);
}

} // namespace

OpportunityDetailView::OpportunityDetailView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextFormat(Qt::PlainText); // event titles come from the venue
    m_title->setWordWrap(true);
    m_title->setStyleSheet(QStringLiteral("font-weight:bold;font-size:13pt;"));
    layout->addWidget(m_title);
    m_gone = new QLabel(tr("No longer listed by the scanner: these are its last figures."), this);
    m_gone->setObjectName(QStringLiteral("detailGone"));
    m_gone->setStyleSheet(QStringLiteral("color:#b00020;"));
    layout->addWidget(m_gone);

    m_body = new QWidget(this);
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    addField(form, tr("Strategy"), m_strategy, "detailStrategy");
    addField(form, tr("Shares"), m_shares, "detailShares");
    addField(form, tr("Cost"), m_cost, "detailCost");
    addField(form, tr("Guaranteed payout"), m_payout, "detailPayout");
    addField(form, tr("Fees"), m_fees, "detailFees");
    addField(form, tr("Gas"), m_gas, "detailGas");
    addField(form, tr("Net profit"), m_net, "detailNet");
    addField(form, tr("Capital lock-up"), m_lockUp, "detailLockUp");
    addField(form, tr("Annualised"), m_annualized, "detailAnnualized");
    addField(form, tr("Seen"), m_seen, "detailSeen");
    body->addLayout(form);
    body->addWidget(new QLabel(tr("Legs (limit = worst book level the basket takes)"), m_body));
    m_legs = makeTable(m_body,
                       {tr("Outcome"), tr("Side"), tr("Limit"), tr("Shares"), tr("VWAP"),
                        tr("Notional"), tr("Fee"), tr("Book age"), tr("Token")},
                       "legsTable");
    body->addWidget(m_legs);
    body->addWidget(new QLabel(tr("Payout in every outcome"), m_body));
    m_payouts = makeTable(m_body, {tr("If"), tr("Payout"), tr("Net")}, "payoutTable");
    body->addWidget(m_payouts);
    body->addWidget(
            new QLabel(tr("Order-book depth (shaded: the levels the basket takes)"), m_body));
    m_depth = new DepthLadderView(m_body);
    m_depth->setObjectName(QStringLiteral("depthLadder"));
    body->addWidget(m_depth);
    body->addStretch(1);
    layout->addWidget(m_body, 1);
    clear();
}

void OpportunityDetailView::addField(QFormLayout* form,
                                     const QString& label,
                                     QLabel*& value,
                                     const char* name)
{
    value = new QLabel(this);
    value->setObjectName(QLatin1String(name));
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
}

void OpportunityDetailView::setOpportunity(const Opportunity& o, std::int64_t nowMs)
{
    m_shownId = o.id;
    m_title->setText(o.eventTitle.empty() ? QString::fromStdString(o.eventId)
                                          : QString::fromStdString(o.eventTitle));
    m_title->setToolTip(
            tr("event %1 · opportunity %2")
                    .arg(QString::fromStdString(o.eventId), QString::fromStdString(o.id)));
    m_gone->setVisible(false);
    m_body->setVisible(true);
    m_strategy->setText(display::strategyName(o.strategy));
    m_shares->setText(exact(o.shares));
    m_cost->setText(display::exactUsdc(o.cost));
    m_payout->setText(display::exactUsdc(o.payout));
    m_fees->setText(display::exactUsdc(o.fees));
    m_gas->setText(display::exactUsdc(o.gas));
    m_net->setText(
            tr("%1 (%2)").arg(display::exactUsdc(o.netProfit), display::percent(o.netProfitPct)));
    m_lockUp->setText(o.lockedUntilMs ? tr("until %1 (%2 from now)")
                                                .arg(display::utcTime(*o.lockedUntilMs),
                                                     display::duration(*o.lockedUntilMs - nowMs))
                                      : tr("none: capital returned at once"));
    m_annualized->setText(display::percent(o.annualizedPct));
    m_seen->setText(tr("first %1 ago, last %2 ago")
                            .arg(display::duration(nowMs - o.firstSeenMs),
                                 display::duration(nowMs - o.lastSeenMs)));
    fillLegs(o, nowMs);
    fillPayouts(o);
    m_depth->setLegs(o.legs);
}

void OpportunityDetailView::fillLegs(const Opportunity& o, std::int64_t nowMs)
{
    m_legs->setRowCount(int(o.legs.size()));
    for (int row = 0; row < int(o.legs.size()); ++row) {
        const OpportunityLeg& leg = o.legs[std::size_t(row)];
        setCell(m_legs, row, 0, QString::fromStdString(leg.outcome), false,
                QString::fromStdString(leg.conditionId));
        setCell(m_legs, row, 1, display::sideText(leg.side), false);
        setCell(m_legs, row, 2, exact(leg.limitPrice), true);
        setCell(m_legs, row, 3, exact(leg.shares), true);
        setCell(m_legs, row, 4, exact(leg.vwap), true);
        setCell(m_legs, row, 5, display::money(leg.notional), true,
                display::exactUsdc(leg.notional));
        setCell(m_legs, row, 6, exact(leg.fee), true, display::exactUsdc(leg.fee));
        setCell(m_legs, row, 7, display::duration(nowMs - leg.bookTimestampMs), true,
                tr("book hash %1").arg(QString::fromStdString(leg.bookHash)));
        const QString token = QString::fromStdString(leg.tokenId);
        setCell(m_legs, row, 8, token.size() > 14 ? token.left(12) + QStringLiteral("…") : token,
                false, token);
    }
    fitHeight(m_legs);
}

void OpportunityDetailView::fillPayouts(const Opportunity& o)
{
    const std::vector<OutcomePayout> worlds = OutcomePayout::compute(o);
    m_payouts->setRowCount(int(worlds.size()));
    for (int row = 0; row < int(worlds.size()); ++row) {
        const OutcomePayout& world = worlds[std::size_t(row)];
        const QString outcome = QString::fromStdString(world.outcome);
        QString label;
        switch (world.world) {
        case OutcomePayout::World::Wins:
            label = tr("%1 wins").arg(outcome);
            break;
        case OutcomePayout::World::OtherWins:
            label = tr("an outcome outside the basket wins");
            break;
        case OutcomePayout::World::DoesNotWin:
            label = tr("%1 loses").arg(outcome);
            break;
        }
        setCell(m_payouts, row, 0, label, false);
        setCell(m_payouts, row, 1, display::money(world.payout), true,
                display::exactUsdc(world.payout));
        setCell(m_payouts, row, 2, display::money(world.net), true, display::exactUsdc(world.net));
        if (world.net.isNegative()) {
            m_payouts->item(row, 2)->setForeground(QColor(0xb0, 0x00, 0x20));
        }
    }
    fitHeight(m_payouts);
}

void OpportunityDetailView::markGone()
{
    if (m_shownId) {
        m_gone->setVisible(true);
    }
}

void OpportunityDetailView::clear()
{
    m_shownId.reset();
    m_title->setText(
            tr("Select an opportunity to see its legs, fees and the payout in every outcome."));
    m_title->setToolTip({});
    m_gone->setVisible(false);
    m_body->setVisible(false);
    m_depth->clear();
}

} // namespace polaris::ui
