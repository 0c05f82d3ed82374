#include "core/market/Event.h"

namespace polaris {

std::vector<const Market*> Event::namedTradableOutcomes() const
{
    std::vector<const Market*> out;
    for (const Market& market : markets) {
        if (market.kind() == OutcomeKind::Named && market.isTradable()) {
            out.push_back(&market);
        }
    }
    return out;
}

const Market* Event::findMarketByConditionId(std::string_view conditionId) const
{
    for (const Market& market : markets) {
        if (market.conditionId == conditionId) {
            return &market;
        }
    }
    return nullptr;
}

} // namespace polaris
