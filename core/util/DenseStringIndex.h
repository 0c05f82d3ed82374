#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace polaris {

/// Numbers string keys densely (0, 1, 2, ... in order of insertion) for tables indexed by
/// position, such as BookStore's books or the price history's rings. Keys are kept back to back
/// in one buffer and the open-addressing slots hold each key's full hash, position and length,
/// so registering 50,000 78-digit token ids allocates nothing per key, a lookup reads one slot
/// and one key in the common case, and growing rehashes without touching the keys.
/// Not synchronised: lives with its owner.
class DenseStringIndex
{
public:
    static std::uint64_t hash(std::string_view key);

    std::optional<std::uint32_t> find(std::string_view key) const { return find(key, hash(key)); }
    /// The same with the key's hash() already computed.
    std::optional<std::uint32_t> find(std::string_view key, std::uint64_t keyHash) const;
    /// Registers `key`, which must not be registered yet, as number size(); returns it. Throws
    /// std::length_error past 4 GiB of keys or 2^32 - 1 of them (no table here comes close).
    std::uint32_t insert(std::string_view key, std::uint64_t keyHash);
    std::uint32_t insert(std::string_view key) { return insert(key, hash(key)); }

    /// The key registered as `index` (< size()); valid until the next insert.
    std::string_view key(std::uint32_t index) const;
    std::size_t size() const { return m_keyStarts.size(); }

    /// Room for `count` keys of `keyBytes` bytes in all without growing.
    void reserve(std::size_t count, std::size_t keyBytes = 0);
    void clear();

private:
    struct Slot
    {
        std::uint64_t hash = 0;
        std::uint32_t index = kEmpty;
        std::uint32_t start = 0; // of the key in m_keys
        std::uint32_t length = 0;
    };
    static constexpr std::uint32_t kEmpty = 0xffffffffu;

    void rehash(std::size_t slotCount);

    std::vector<Slot> m_slots;              // power-of-two size, at most half full
    std::string m_keys;                     // every key, back to back, in index order
    std::vector<std::uint32_t> m_keyStarts; // where key i starts in m_keys
};

} // namespace polaris
