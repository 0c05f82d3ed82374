#include "core/scanner/Universe.h"

#include <algorithm>
#include <bit>
#include <functional>

namespace polaris {

namespace {

std::size_t hashToken(std::string_view tokenId)
{
    return std::hash<std::string_view>{}(tokenId);
}

} // namespace

Universe::Universe(std::vector<Event> events)
    : m_events(std::move(events))
{
    buildIndex();
}

Universe::Universe(const Universe& other)
    : m_events(other.m_events)
{
    buildIndex();
}

Universe& Universe::operator=(const Universe& other)
{
    if (this != &other) {
        *this = Universe(other);
    }
    return *this;
}

void Universe::buildIndex()
{
    m_slots.clear();
    m_shared.clear();
    m_marketCount = 0;
    m_tokenCount = 0;
    std::size_t tokens = 0;
    for (const Event& event : m_events) {
        for (const Market& market : event.markets) {
            tokens += market.tokens.size();
        }
    }
    m_slots.resize(std::bit_ceil(std::max<std::size_t>(2 * tokens, 16)));
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t e = 0; e < m_events.size(); ++e) {
        const auto index = static_cast<std::uint32_t>(e);
        for (const Market& market : m_events[e].markets) {
            ++m_marketCount;
            for (const Token& token : market.tokens) {
                const std::string_view id = token.tokenId;
                std::size_t at = hashToken(id) & mask;
                while (m_slots[at].used && m_slots[at].token != id) {
                    at = (at + 1) & mask;
                }
                Slot& slot = m_slots[at];
                if (!slot.used) {
                    slot.used = true;
                    slot.token = id;
                    slot.event = index;
                    ++m_tokenCount;
                    continue;
                }
                // Known token: another market of this event, or another event.
                if (slot.shared == 0) {
                    if (slot.event == index) {
                        continue;
                    }
                    m_shared.push_back({slot.event});
                    slot.shared = static_cast<std::uint32_t>(m_shared.size());
                }
                auto& owners = m_shared[slot.shared - 1];
                if (std::find(owners.begin(), owners.end(), index) == owners.end()) {
                    owners.push_back(index);
                }
            }
        }
    }
}

const Universe::Slot* Universe::findSlot(std::string_view tokenId) const
{
    if (m_slots.empty()) {
        return nullptr;
    }
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t at = hashToken(tokenId) & mask;; at = (at + 1) & mask) {
        const Slot& slot = m_slots[at];
        if (!slot.used) {
            return nullptr;
        }
        if (slot.token == tokenId) {
            return &slot;
        }
    }
}

std::span<const std::uint32_t> Universe::eventsOfToken(std::string_view tokenId) const
{
    const Slot* slot = findSlot(tokenId);
    if (slot == nullptr) {
        return {};
    }
    if (slot->shared != 0) {
        return m_shared[slot->shared - 1];
    }
    return {&slot->event, 1};
}

std::vector<std::string> Universe::allTokenIds() const
{
    std::vector<std::string> ids;
    ids.reserve(m_tokenCount);
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
