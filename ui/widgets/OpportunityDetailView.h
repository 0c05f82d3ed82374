#pragma once

#include "core/strategies/Opportunity.h"

#include <QWidget>

#include <cstdint>
#include <optional>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace polaris::ui {

class DepthLadderView;

/// The detail pane for the selected opportunity: its figures (shares, cost, guaranteed payout,
/// fees, gas, net, lock-up, annualised), each leg as priced, the payout in every way the event
/// can resolve, and each leg's depth ladder with the levels the basket takes. Shows only what the
/// Opportunity value carries: the GUI never reads live books, which belong to the market-data
/// thread. GUI thread.
class OpportunityDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit OpportunityDetailView(QWidget* parent = nullptr);

    void setOpportunity(const Opportunity& opportunity, std::int64_t nowMs);
    /// Keeps the last opportunity on screen, marked as no longer listed by the scanner.
    void markGone();
    void clear();

    /// The id shown, if any (also while marked gone).
    const std::optional<std::string>& shownId() const { return m_shownId; }

private:
    void addField(QFormLayout* form, const QString& label, QLabel*& value, const char* name);
    void fillLegs(const Opportunity& opportunity, std::int64_t nowMs);
    void fillPayouts(const Opportunity& opportunity);

    QLabel* m_title = nullptr;
    QLabel* m_gone = nullptr;
    QWidget* m_body = nullptr;
    QLabel* m_strategy = nullptr;
    QLabel* m_shares = nullptr;
    QLabel* m_cost = nullptr;
    QLabel* m_payout = nullptr;
    QLabel* m_fees = nullptr;
    QLabel* m_gas = nullptr;
    QLabel* m_net = nullptr;
    QLabel* m_lockUp = nullptr;
    QLabel* m_annualized = nullptr;
    QLabel* m_seen = nullptr;
    QTableWidget* m_legs = nullptr;
    QTableWidget* m_payouts = nullptr;
    DepthLadderView* m_depth = nullptr;
    std::optional<std::string> m_shownId;
};

} // namespace polaris::ui
