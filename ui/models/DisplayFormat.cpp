#include "ui/models/DisplayFormat.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace polaris::ui::display {

namespace {

/// Translation context for the display helpers (lupdate sees Text::tr).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(polaris::ui::display::Text)
};

} // namespace

QString money(Decimal value, int places)
{
    return QString::fromStdString(value.toFixed(places));
}

QString exactUsdc(Decimal value)
{
    return Text::tr("%1 USDC").arg(QString::fromStdString(value.toString()));
}

QString percent(double fraction)
{
    return QStringLiteral("%1 %").arg(fraction * 100.0, 0, 'f', 2);
}

QString percent(const std::optional<double>& fraction)
{
    return fraction ? percent(*fraction) : QStringLiteral("—");
}

QString duration(std::int64_t ms)
{
    ms = std::max<std::int64_t>(ms, 0);
    if (ms < 1000) {
        return Text::tr("%1 ms").arg(ms);
    }
    if (ms < 60'000) {
        return Text::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    }
    const std::int64_t s = ms / 1000;
    if (s < 3600) {
        return Text::tr("%1 m %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    if (s < 86'400) {
        return Text::tr("%1 h %2 m").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    }
    return Text::tr("%1 d %2 h").arg(s / 86'400).arg((s % 86'400) / 3600);
}

QString utcTime(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                   .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
           + QStringLiteral(" UTC");
}

QString strategyName(Strategy strategy)
{
    switch (strategy) {
    case Strategy::NegRiskLong:
        return Text::tr("A — NegRisk basket, YES of every outcome");
    case Strategy::NegRiskShort:
        return Text::tr("A' — NegRisk basket, NO of every outcome");
    case Strategy::BinaryComplement:
        return Text::tr("B — binary complement, YES + NO below 1");
    case Strategy::NoConversion:
        return Text::tr("C — NO conversion through the NegRiskAdapter");
    case Strategy::Bond:
        return Text::tr("F — bond, near-certain outcome held to resolution");
    case Strategy::TailEnd:
        return Text::tr("G — tail-end convergence");
    }
    return QString::number(int(strategy));
}

QString strategyCodeText(Strategy strategy)
{
    return QLatin1String(strategyCode(strategy));
}

QString sideText(TradeSide side)
{
    switch (side) {
    case TradeSide::Buy:
        return Text::tr("buy");
    case TradeSide::Sell:
        return Text::tr("sell");
    }
    return {};
}

QString refusalReasonText(RefusalReason reason)
{
    // No default: adding a RefusalReason must fail to compile (-Wswitch) until it has a text.
    switch (reason) {
    case RefusalReason::MissingAsk:
        return Text::tr("An outcome has no ask (or no book)");
    case RefusalReason::NotNegRisk:
        return Text::tr("Event is not flagged negRisk");
    case RefusalReason::MarketNotTradable:
        return Text::tr("A market is closed, archived or not accepting orders");
    case RefusalReason::LowLiquidity:
        return Text::tr("Liquidity below the anti-rug floor");
    case RefusalReason::StaleBook:
        return Text::tr("A book is stale or its feed is down");
    case RefusalReason::InvalidBook:
        return Text::tr("A book is crossed or inconsistent");
    case RefusalReason::AugmentedNegRisk:
        return Text::tr("Augmented negRisk: YES basket not provably exhaustive");
    case RefusalReason::UmaDispute:
        return Text::tr("Open UMA dispute");
    case RefusalReason::AwaitingResolution:
        return Text::tr("End date passed, awaiting resolution");
    case RefusalReason::BelowMinDiscount:
        return Text::tr("Net profit below the minimum discount");
    case RefusalReason::BelowMinShares:
        return Text::tr("Not enough size at a profitable price");
    case RefusalReason::BelowMinAnnualized:
        return Text::tr("Annualised yield below the minimum");
    case RefusalReason::BelowMinOrderSize:
        return Text::tr("A leg is below the market's minimum order size");
    case RefusalReason::LowConfidence:
        return Text::tr("Confidence below the threshold");
    case RefusalReason::TooFarFromResolution:
        return Text::tr("Outside the strategy's time window");
    }
    return QLatin1String(refusalReasonName(reason));
}

QString riskLayerText(RiskLayer layer)
{
    switch (layer) {
    case RiskLayer::DataIntegrity:
        return Text::tr("L1 data integrity");
    case RiskLayer::Quality:
        return Text::tr("L2 quality");
    }
    return {};
}

std::optional<std::int64_t> oldestBookMs(const Opportunity& opportunity)
{
    std::optional<std::int64_t> oldest;
    for (const OpportunityLeg& leg : opportunity.legs) {
        if (!oldest || leg.bookTimestampMs < *oldest) {
            oldest = leg.bookTimestampMs;
        }
    }
    return oldest;
}

} // namespace polaris::ui::display
