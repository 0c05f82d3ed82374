#pragma once

// Synthetic but realistically shaped CLOB payloads for the benchmarks (no fixture copies).

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace polaris::bench {

/// A uint256-like decimal token id (77 digits) or a 0x-hex id of `hexDigits`.
inline std::string randomDigits(std::mt19937_64& rng, int count)
{
    std::string text;
    text.reserve(static_cast<std::size_t>(count));
    text.push_back(static_cast<char>('1' + rng() % 9));
    while (static_cast<int>(text.size()) < count) {
        text.push_back(static_cast<char>('0' + rng() % 10));
    }
    return text;
}

inline std::string randomHex(std::mt19937_64& rng, int count)
{
    static const char* kHex = "0123456789abcdef";
    std::string text;
    for (int i = 0; i < count; ++i) {
        text.push_back(kHex[rng() % 16]);
    }
    return text;
}

/// "0.45" style price from a count of cents (1..99).
inline std::string centsText(int cents)
{
    std::string text = "0." + std::to_string(cents / 10) + std::to_string(cents % 10);
    if (text.back() == '0') {
        text.pop_back();
    }
    return text;
}

/// A size with two decimals, like the venue sends ("1234.56").
inline std::string sizeText(std::mt19937_64& rng)
{
    const std::uint64_t hundredths = 100 + rng() % 5'000'000;
    std::string cents = std::to_string(hundredths % 100);
    if (cents.size() == 1) {
        cents.insert(0, "0");
    }
    return std::to_string(hundredths / 100) + "." + cents;
}

/// Asset ids of `count` books, reproducible.
inline std::vector<std::string> assetIds(std::size_t count, std::uint64_t seed = 42)
{
    std::mt19937_64 rng(seed);
    std::vector<std::string> ids;
    ids.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        ids.push_back(randomDigits(rng, 77));
    }
    return ids;
}

/// One book in the REST /book shape, bids ascending and asks descending (best last) as real
/// captures are: bids at 0.30..0.49 and asks at 0.51..0.70 for 20 levels a side.
inline void
appendBook(std::string& out, std::mt19937_64& rng, const std::string& assetId, int levelsPerSide)
{
    out += "{\"market\":\"0x" + randomHex(rng, 64) + "\",\"asset_id\":\"" + assetId
           + "\",\"timestamp\":\"1728799418260\",\"hash\":\"" + randomHex(rng, 40)
           + "\",\"bids\":[";
    for (int i = 0; i < levelsPerSide; ++i) {
        out += (i ? ",{\"price\":\"" : "{\"price\":\"") + centsText(50 - levelsPerSide + i)
               + "\",\"size\":\"" + sizeText(rng) + "\"}";
    }
    out += "],\"asks\":[";
    for (int i = 0; i < levelsPerSide; ++i) {
        out += (i ? ",{\"price\":\"" : "{\"price\":\"") + centsText(50 + levelsPerSide - i)
               + "\",\"size\":\"" + sizeText(rng) + "\"}";
    }
    out += "],\"min_order_size\":\"5\",\"tick_size\":\"0.01\",\"neg_risk\":false,\"last_trade_"
           "price\":\"0.5\"}";
}

/// A POST /books response: a compact JSON array of `count` books.
inline std::string booksJson(const std::vector<std::string>& ids, int levelsPerSide)
{
    std::mt19937_64 rng(7);
    std::string out = "[";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i) {
            out += ",";
        }
        appendBook(out, rng, ids[i], levelsPerSide);
    }
    out += "]";
    return out;
}

} // namespace polaris::bench
