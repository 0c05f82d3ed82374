#pragma once

#include "core/strategies/Opportunity.h"

#include <QJsonObject>
#include <QString>

#include <string>
#include <string_view>

namespace polaris {

/// The JSON shapes `polaris-arb scan --json` prints (and storage will reuse): money as exact
/// decimal strings, percentages as numbers in percent (4.25 = 4.25 %), times as ISO-8601 UTC.
/// See docs/cli.md.
QJsonObject opportunityToJson(const Opportunity& opportunity);
QJsonObject refusalToJson(const Refusal& refusal);
/// "2026-11-24T06:00:00.000Z"
QString isoUtc(std::int64_t ms);

// Streaming forms, for whole scans (thousands of objects): the same bytes that
// QJsonDocument::toJson(QJsonDocument::Indented) prints for the objects above, written straight
// into `out` without building a QJsonObject per item (tests/core/report compares the two).
// `depth` is the nesting level of the value: its members are indented by 4 * (depth + 1) spaces
// and its closing brace by 4 * depth; the opening brace is not indented (it follows a key, or the
// caller's indent inside an array).
void appendOpportunityJson(std::string& out, const Opportunity& opportunity, int depth);
void appendRefusalJson(std::string& out, const Refusal& refusal, int depth);
/// `text` (UTF-8) as a quoted JSON string, escaped exactly as QJsonDocument escapes it.
void appendJsonString(std::string& out, std::string_view text);
/// A JSON number as QJsonDocument prints a double (whole numbers up to 2^53 as integers, others
/// as the shortest round trip; null if not finite).
void appendJsonNumber(std::string& out, double value);
/// isoUtc() appended as a quoted JSON string.
void appendIsoUtc(std::string& out, std::int64_t ms);

} // namespace polaris
