#include "core/execution/RiskSnapshot.h"

namespace polaris {

const char* breakerStateName(BreakerState state)
{
    switch (state) {
    case BreakerState::Armed:
        return "ARMED";
    case BreakerState::Paused:
        return "PAUSED";
    case BreakerState::StoppedForDay:
        return "STOPPED_FOR_DAY";
    case BreakerState::DroppedToMonitor:
        return "DROPPED_TO_MONITOR";
    }
    return "ARMED";
}

} // namespace polaris
