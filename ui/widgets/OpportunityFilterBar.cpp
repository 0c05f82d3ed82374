#include "ui/widgets/OpportunityFilterBar.h"

#include "core/strategies/Opportunity.h"
#include "ui/models/DisplayFormat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace polaris::ui {

OpportunityFilterBar::OpportunityFilterBar(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Strategies:"), this));
    for (const Strategy strategy :
         {Strategy::NegRiskLong, Strategy::NegRiskShort, Strategy::BinaryComplement,
          Strategy::NoConversion, Strategy::Bond, Strategy::TailEnd}) {
        auto* button = new QToolButton(this);
        button->setText(display::strategyCodeText(strategy));
        button->setToolTip(display::strategyName(strategy));
        button->setCheckable(true);
        button->setChecked(true);
        button->setProperty("strategy", int(strategy));
        button->setObjectName(QStringLiteral("strategy_%1").arg(int(strategy)));
        connect(button, &QToolButton::toggled, this,
                [this] { Q_EMIT strategyMaskChanged(strategyMask()); });
        layout->addWidget(button);
        m_strategies.push_back(button);
    }
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Min. net profit:"), this));
    m_minProfit = new QLineEdit(this);
    m_minProfit->setObjectName(QStringLiteral("minNetProfit"));
    m_minProfit->setPlaceholderText(tr("USDC, e.g. 5"));
    m_minProfit->setClearButtonEnabled(true);
    m_minProfit->setMaximumWidth(140);
    connect(m_minProfit, &QLineEdit::textChanged, this, &OpportunityFilterBar::parseMinNetProfit);
    layout->addWidget(m_minProfit);
    layout->addSpacing(12);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search event, market or token id (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &OpportunityFilterBar::textChanged);
    layout->addWidget(m_search, 1);
}

std::uint32_t OpportunityFilterBar::strategyMask() const
{
    // Strategies without a toggle (added later) stay visible rather than vanish unnoticed.
    std::uint32_t mask = ~std::uint32_t(0);
    for (const QToolButton* button : m_strategies) {
        if (!button->isChecked()) {
            mask &= ~(std::uint32_t(1) << button->property("strategy").toInt());
        }
    }
    return mask;
}

QString OpportunityFilterBar::text() const
{
    return m_search->text();
}

void OpportunityFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void OpportunityFilterBar::parseMinNetProfit(const QString& text)
{
    std::optional<Decimal> minimum;
    bool valid = true;
    if (!text.trimmed().isEmpty()) {
        const auto parsed = Decimal::parse(text.trimmed().toStdString());
        valid = parsed.ok();
        if (valid) {
            minimum = *parsed;
        }
    }
    m_minProfit->setStyleSheet(valid ? QString() : QStringLiteral("background:#ffd6d6;"));
    m_minProfit->setToolTip(
            valid ? QString()
                  : tr("Not a decimal amount: type USDC with at most 6 decimals, e.g. 2.5"));
    if (minimum != m_minNetProfit) {
        m_minNetProfit = minimum;
        Q_EMIT minNetProfitChanged(m_minNetProfit);
    }
}

} // namespace polaris::ui
