#pragma once

#include "core/market/Event.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
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
    Universe(const Universe& other);
    Universe& operator=(const Universe& other);
    Universe(Universe&&) noexcept = default;
    Universe& operator=(Universe&&) noexcept = default;

    std::span<const Event> events() const { return m_events; }
    const Event& event(std::size_t index) const { return m_events[index]; }
    std::size_t marketCount() const { return m_marketCount; }
    std::size_t tokenCount() const { return m_tokenCount; }

    /// Indices of the events that trade this token; empty when unknown.
    std::span<const std::uint32_t> eventsOfToken(std::string_view tokenId) const;
    /// Every token id of every market, in event order (what to fetch books for and subscribe).
    std::vector<std::string> allTokenIds() const;

private:
    /// One token of the index. `token` views the id inside m_events, which never changes after
    /// construction (moving a Universe moves the vectors' buffers, not the events), so the views
    /// stay valid; a copy builds its own index.
    struct Slot
    {
        std::string_view token;
        std::uint32_t event = 0;  ///< the (first) event that trades it
        std::uint32_t shared = 0; ///< 1 + index into m_shared when several events trade it
        bool used = false;
    };

    void buildIndex();
    const Slot* findSlot(std::string_view tokenId) const;

    std::vector<Event> m_events;
    /// Open addressing (linear probing, power-of-two size, at most half full): one allocation
    /// for ~50,000 tokens instead of a node, a key copy and a vector each.
    std::vector<Slot> m_slots;
    std::vector<std::vector<std::uint32_t>> m_shared; ///< events of tokens several events trade
    std::size_t m_marketCount = 0;
    std::size_t m_tokenCount = 0;
};

} // namespace polaris
