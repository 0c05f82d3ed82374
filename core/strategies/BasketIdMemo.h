#pragma once

#include "core/strategies/Opportunity.h"

#include <span>
#include <string>
#include <vector>

namespace polaris {

struct Token;

/// The ids of the baskets one event produced, by strategy and legs. An id hashes every leg's
/// token id byte by byte (FNV-1a over the sorted 78-digit ids, kept as it is so that ids stay
/// the same across versions and in the database): ~5 us for a 30-outcome basket, while the same
/// few baskets come back on every book change of the event. Keyed by the legs' Token pointers,
/// so valid for one Universe only: it lives in the event's ScanResult, which ArbScanner rebuilds
/// when the universe changes. Holds a few entries; beyond that ids are simply computed.
/// Used by one thread at a time (the one evaluating the event).
class BasketIdMemo
{
public:
    /// The id remembered for these legs, or nullptr.
    const std::string* find(Strategy strategy, std::span<const Token* const> tokens) const;
    void remember(Strategy strategy, std::span<const Token* const> tokens, const std::string& id);
    void clear() { m_entries.clear(); }
    std::size_t size() const { return m_entries.size(); }

    static constexpr std::size_t kMaxEntries = 8;

private:
    struct Entry
    {
        Strategy strategy;
        std::vector<const Token*> tokens;
        std::string id;
    };
    std::vector<Entry> m_entries;
};

} // namespace polaris
