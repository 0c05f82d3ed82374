#pragma once

#include "core/market/TradeSide.h"
#include "core/money/Decimal.h"
#include "core/strategies/Opportunity.h"

#include <QString>

#include <cstdint>
#include <optional>

/// Locale-free display helpers shared by the console's models and widgets. Money goes through
/// Decimal's own formatter, never through double.
namespace polaris::ui::display {

/// "12.35" (rounded half away from zero to `places` decimals).
QString money(Decimal value, int places = 2);
/// The exact value with its unit: "12.345678 USDC".
QString exactUsdc(Decimal value);
/// "4.25 %" from a fraction (0.0425).
QString percent(double fraction);
/// "—" when there is none.
QString percent(const std::optional<double>& fraction);
/// "850 ms", "4.2 s", "3 m 05 s", "2 h 10 m", "3 d 4 h"; negative spans show as 0.
QString duration(std::int64_t ms);
/// "2026-11-24 06:00:00 UTC".
QString utcTime(std::int64_t ms);
/// "A — NegRisk YES basket": translated, for tooltips and the detail pane.
QString strategyName(Strategy strategy);
/// "A", "A'", …
QString strategyCodeText(Strategy strategy);
/// Translated "buy" / "sell".
QString sideText(TradeSide side);
/// Translated human text for a refusal reason (the one place reason codes become words).
QString refusalReasonText(RefusalReason reason);
/// Translated "L1 data integrity" / "L2 quality".
QString riskLayerText(RiskLayer layer);
/// The oldest book any leg was priced from, or nullopt without legs.
std::optional<std::int64_t> oldestBookMs(const Opportunity& opportunity);

} // namespace polaris::ui::display
