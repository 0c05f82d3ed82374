#pragma once

#include "core/strategies/Opportunity.h"

#include <QJsonObject>
#include <QString>

namespace polaris {

/// The JSON shapes `polaris-arb scan --json` prints (and storage will reuse): money as exact
/// decimal strings, percentages as numbers in percent (4.25 = 4.25 %), times as ISO-8601 UTC.
/// See docs/cli.md.
QJsonObject opportunityToJson(const Opportunity& opportunity);
QJsonObject refusalToJson(const Refusal& refusal);
/// "2026-11-24T06:00:00.000Z"
QString isoUtc(std::int64_t ms);

} // namespace polaris
