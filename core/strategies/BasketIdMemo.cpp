#include "core/strategies/BasketIdMemo.h"

#include <algorithm>

namespace polaris {

const std::string* BasketIdMemo::find(Strategy strategy, std::span<const Token* const> tokens) const
{
    for (const Entry& entry : m_entries) {
        if (entry.strategy == strategy
            && std::equal(entry.tokens.begin(), entry.tokens.end(), tokens.begin(), tokens.end())) {
            return &entry.id;
        }
    }
    return nullptr;
}

void BasketIdMemo::remember(Strategy strategy,
                            std::span<const Token* const> tokens,
                            const std::string& id)
{
    if (m_entries.size() < kMaxEntries) {
        m_entries.push_back(Entry{strategy, {tokens.begin(), tokens.end()}, id});
    }
}

} // namespace polaris
