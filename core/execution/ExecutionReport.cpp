#include "core/execution/ExecutionReport.h"

#include <array>
#include <utility>

namespace polaris {

namespace {

constexpr std::array<std::pair<ExecutionStatus, const char*>, 10> kStatuses{{
        {ExecutionStatus::Pending, "PENDING"},
        {ExecutionStatus::Recorded, "MONITORED"},
        {ExecutionStatus::Filled, "FILLED"},
        {ExecutionStatus::Patched, "PATCHED"},
        {ExecutionStatus::Unwound, "UNWOUND"},
        {ExecutionStatus::PartialHold, "PARTIAL_HOLD"},
        {ExecutionStatus::NotFilled, "NOT_FILLED"},
        {ExecutionStatus::Stale, "STALE"},
        {ExecutionStatus::RiskRefused, "RISK_REFUSED"},
        {ExecutionStatus::Error, "ERROR"},
}};

} // namespace

const char* executionStatusName(ExecutionStatus status)
{
    for (const auto& [value, name] : kStatuses) {
        if (value == status) {
            return name;
        }
    }
    return "ERROR";
}

std::optional<ExecutionStatus> executionStatusFromName(std::string_view name)
{
    for (const auto& [value, text] : kStatuses) {
        if (name == text) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace polaris
