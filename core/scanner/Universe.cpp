#include "core/scanner/Universe.h"

#include <algorithm>

namespace polaris {

Universe::Universe(std::vector<Event> events)
    : m_events(std::move(events))
{
    for (std::size_t e = 0; e < m_events.size(); ++e) {
        for (const Market& market : m_events[e].markets) {
            ++m_marketCount;
            for (const Token& token : market.tokens) {
                auto& owners = m_tokenToEvents[token.tokenId];
                const auto index = static_cast<std::uint32_t>(e);
                if (std::find(owners.begin(), owners.end(), index) == owners.end()) {
                    owners.push_back(index);
                }
            }
        }
    }
}

std::span<const std::uint32_t> Universe::eventsOfToken(std::string_view tokenId) const
{
    const auto it = m_tokenToEvents.find(tokenId);
    if (it == m_tokenToEvents.end()) {
        return {};
    }
    return it->second;
}

std::vector<std::string> Universe::allTokenIds() const
{
    std::vector<std::string> ids;
    ids.reserve(m_tokenToEvents.size());
    for (const Event& event : m_events) {
        for (const Market& market : event.markets) {
            for (const Token& token : market.tokens) {
                ids.push_back(token.tokenId);
            }
        }
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace polaris
