#pragma once

#include "core/money/Decimal.h"

#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

class QLineEdit;
class QToolButton;

namespace polaris::ui {

/// The row of filters above the opportunity tables: one toggle per strategy, a minimum net
/// profit (parsed exactly as a Decimal; invalid text is marked and ignored) and a text search.
/// Only emits what the user chose; the window connects it to the proxies. GUI thread.
class OpportunityFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit OpportunityFilterBar(QWidget* parent = nullptr);

    std::uint32_t strategyMask() const;
    std::optional<Decimal> minNetProfit() const { return m_minNetProfit; }
    QString text() const;

public Q_SLOTS:
    /// Puts the keyboard focus in the search field and selects its text (Ctrl+F).
    void focusSearch();

Q_SIGNALS:
    void strategyMaskChanged(std::uint32_t mask);
    void minNetProfitChanged(std::optional<polaris::Decimal> minimum);
    void textChanged(const QString& text);

private:
    void parseMinNetProfit(const QString& text);

    std::vector<QToolButton*> m_strategies;
    QLineEdit* m_minProfit = nullptr;
    QLineEdit* m_search = nullptr;
    std::optional<Decimal> m_minNetProfit;
};

} // namespace polaris::ui
