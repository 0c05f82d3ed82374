#include "core/util/DenseStringIndex.h"

#include <algorithm>
#include <bit>
#include <functional>
#include <stdexcept>

namespace polaris {

std::uint64_t DenseStringIndex::hash(std::string_view key)
{
    return std::hash<std::string_view>{}(key);
}

std::optional<std::uint32_t> DenseStringIndex::find(std::string_view key,
                                                    std::uint64_t keyHash) const
{
    if (m_slots.empty()) {
        return std::nullopt;
    }
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t at = keyHash & mask;; at = (at + 1) & mask) {
        const Slot& slot = m_slots[at];
        if (slot.index == kEmpty) {
            return std::nullopt;
        }
        if (slot.hash == keyHash && slot.length == key.size()
            && std::string_view(m_keys.data() + slot.start, slot.length) == key) {
            return slot.index;
        }
    }
}

std::uint32_t DenseStringIndex::insert(std::string_view key, std::uint64_t keyHash)
{
    if (m_keys.size() + key.size() > kEmpty || size() + 1 >= kEmpty) {
        throw std::length_error("DenseStringIndex: too many keys");
    }
    if (2 * (size() + 1) > m_slots.size()) {
        rehash(std::max<std::size_t>(16, 2 * m_slots.size()));
    }
    const auto index = static_cast<std::uint32_t>(size());
    const std::size_t mask = m_slots.size() - 1;
    std::size_t at = keyHash & mask;
    while (m_slots[at].index != kEmpty) {
        at = (at + 1) & mask;
    }
    const auto start = static_cast<std::uint32_t>(m_keys.size());
    m_slots[at] = Slot{keyHash, index, start, static_cast<std::uint32_t>(key.size())};
    m_keyStarts.push_back(start);
    m_keys.append(key);
    return index;
}

std::string_view DenseStringIndex::key(std::uint32_t index) const
{
    const std::size_t start = m_keyStarts[index];
    const std::size_t end = index + 1 < m_keyStarts.size() ? m_keyStarts[index + 1] : m_keys.size();
    return std::string_view(m_keys).substr(start, end - start);
}

void DenseStringIndex::reserve(std::size_t count, std::size_t keyBytes)
{
    m_keyStarts.reserve(count);
    m_keys.reserve(keyBytes);
    const std::size_t wanted = std::bit_ceil(std::max<std::size_t>(16, 2 * count));
    if (wanted > m_slots.size()) {
        rehash(wanted);
    }
}

void DenseStringIndex::clear()
{
    m_slots.clear();
    m_keys.clear();
    m_keyStarts.clear();
}

void DenseStringIndex::rehash(std::size_t slotCount)
{
    std::vector<Slot> old(slotCount);
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot& slot : old) {
        if (slot.index == kEmpty) {
            continue;
        }
        std::size_t at = slot.hash & mask;
        while (m_slots[at].index != kEmpty) {
            at = (at + 1) & mask;
        }
        m_slots[at] = slot;
    }
}

} // namespace polaris
