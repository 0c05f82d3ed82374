#include "core/execution/ExecutionMode.h"

namespace polaris {

const char* executionModeName(ExecutionMode mode)
{
    switch (mode) {
    case ExecutionMode::Monitor:
        return "MONITOR";
    case ExecutionMode::Paper:
        return "PAPER";
    case ExecutionMode::Live:
        return "LIVE";
    }
    return "MONITOR";
}

std::optional<ExecutionMode> executionModeFromName(std::string_view name)
{
    for (ExecutionMode mode : {ExecutionMode::Monitor, ExecutionMode::Paper, ExecutionMode::Live}) {
        if (name == executionModeName(mode)) {
            return mode;
        }
    }
    return std::nullopt;
}

} // namespace polaris
