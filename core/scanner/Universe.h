#pragma once

#include "core/market/Event.h"

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace polaris {

/// All events of a venue with an index from token id to the events whose markets trade it, so
/// that a book change re-evaluates only what it can affect. Built once per universe refresh on
/// the market-data thread; read-only (and so shareable) afterwards.
class Universe
{
public:
    Universe() = default;
    explicit Universe(std::vector<Event> events);

    std::span<const Event> events() const { return m_events; }
    const Event& event(std::size_t index) const { return m_events[index]; }
    std::size_t marketCount() const { return m_marketCount; }
    std::size_t tokenCount() const { return m_tokenToEvents.size(); }

    /// Indices of the events that trade this token; empty when unknown.
    std::span<const std::uint32_t> eventsOfToken(std::string_view tokenId) const;
    /// Every token id of every market, in event order (what to fetch books for and subscribe).
    std::vector<std::string> allTokenIds() const;

private:
    struct StringHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const
        {
            return std::hash<std::string_view>{}(text);
        }
    };

    std::vector<Event> m_events;
    std::unordered_map<std::string, std::vector<std::uint32_t>, StringHash, std::equal_to<>>
            m_tokenToEvents;
    std::size_t m_marketCount = 0;
};

} // namespace polaris
