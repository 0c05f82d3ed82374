#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace polaris {

/// The three phases of the product (DEVELOPERS.md): Monitor records what it would do, Paper
/// simulates fills against the live books, Live sends signed orders. Values are stored.
enum class ExecutionMode : std::uint8_t { Monitor, Paper, Live };

/// "MONITOR", "PAPER", "LIVE": stored in fact_arb_execution.mode and shown in the UI.
const char* executionModeName(ExecutionMode mode);
std::optional<ExecutionMode> executionModeFromName(std::string_view name);

} // namespace polaris
