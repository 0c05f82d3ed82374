#pragma once

#include "core/money/Decimal.h"
#include "core/util/Result.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <simdjson.h>

namespace polaris::polymarket {

/// Converts one JSON scalar to a Decimal. Numeric strings go through Decimal::parse, JSON numbers
/// through Decimal::fromJsonNumber (the literal the venue wrote). With `rounding` set, excess
/// decimals are rounded instead of rejected (informational fields only).
Result<Decimal> decimalFromJson(simdjson::dom::element value, std::optional<Rounding> rounding);

/// Typed access to the fields of one Gamma/CLOB JSON object that collects problems instead of
/// throwing: a field the model depends on (ids, flags, tick size, fees, token lists) records a
/// fatal error - the first one is kept and the caller drops the object; an informational field
/// (liquidity, volume, cached prices, dates) records a warning and keeps its default. Every
/// message names the object (`context`), the field and the offending value.
/// Short-lived, used on the parsing thread for one object.
class GammaFieldReader
{
public:
    /// `nested` parses the JSON-encoded arrays Gamma embeds in strings; it must not be the parser
    /// that owns `object`.
    GammaFieldReader(simdjson::dom::object object,
                     std::string context,
                     simdjson::dom::parser* nested);

    /// The field's value, or nullopt when absent or null.
    std::optional<simdjson::dom::element> value(std::string_view key) const;
    bool has(std::string_view key) const { return value(key).has_value(); }

    std::string text(std::string_view key);               ///< string; "" when absent
    std::string identifier(std::string_view key);         ///< string or integer id; "" when absent
    bool flag(std::string_view key);                      ///< bool; false when absent
    std::optional<Decimal> decimal(std::string_view key); ///< exact number or numeric string
    std::optional<std::int64_t> integer(std::string_view key);
    /// A list of strings sent either as a JSON array or as a JSON-encoded string ("[\"Yes\"]").
    std::optional<std::vector<std::string>> stringList(std::string_view key);

    /// Informational amount (liquidity, volume): rounded down, must not be negative; tries
    /// `fallbackKey` (the numeric twin, e.g. liquidityNum) when `key` is absent.
    Decimal amount(std::string_view key, std::string_view fallbackKey);
    /// Informational price in [0, 1] (bestBid, outcome prices), rounded to nearest.
    std::optional<Decimal> price(std::string_view key);
    std::optional<Decimal> priceFrom(simdjson::dom::element value, std::string_view label);
    /// Informational price list (Gamma outcomePrices); nullopt (with a warning) when malformed.
    std::optional<std::vector<std::optional<Decimal>>> priceList(std::string_view key);
    /// Timestamp via parseVenueTimeMs; tries `fallbackKey` when `key` is absent.
    std::optional<std::int64_t> time(std::string_view key, std::string_view fallbackKey = {});

    void fail(std::string_view key, ErrorCode code, std::string_view why);
    void warn(std::string_view key, ErrorCode code, std::string_view why);
    /// Takes over a sub-object reader's fatal error (if this one has none yet) and its warnings.
    void adopt(GammaFieldReader& child);
    bool failed() const { return m_error.has_value(); }
    const Error& error() const { return *m_error; }
    std::vector<Error>& warnings() { return m_warnings; }
    const std::string& context() const { return m_context; }

private:
    /// The array behind a list field; a nested document stays valid until the next call.
    Result<simdjson::dom::array> listArray(simdjson::dom::element value);
    /// A JSON-encoded list of plain strings, split into m_items without the nested parser
    /// (false: use listArray()).
    bool plainStrings(simdjson::dom::element value);
    std::string message(std::string_view key, std::string_view why) const;
    /// Indexes the object's members by key (first use of value()): value() runs ~45 times per
    /// Gamma market, and simdjson's at_key() compares every key (~60) each time. Lookups give
    /// at_key()'s answer: the first member with that key.
    void buildIndex() const;

    simdjson::dom::object m_object;
    std::string m_context;
    simdjson::dom::parser* m_nested;
    std::optional<Error> m_error;
    std::vector<Error> m_warnings;
    std::vector<std::string_view> m_items; ///< plainStrings() result

    /// One member in the index. Trivial on purpose: the array below is left uninitialised and
    /// only the members of the object are written (no heap, no 4 KB of zeroes per reader).
    struct IndexedField
    {
        const char* key;
        std::uint32_t keySize;
        std::uint16_t next; ///< 1 + next member in the same bucket, 0 = end
        unsigned char value[sizeof(simdjson::dom::element)];
    };
    static constexpr std::size_t kBuckets = 128;
    static constexpr std::size_t kIndexCapacity = 128; ///< real Gamma markets have up to ~90 keys
    mutable std::array<IndexedField, kIndexCapacity> m_fields;
    mutable std::array<std::uint16_t, kBuckets> m_bucketHead{}; ///< 1 + first member, 0 = none
    mutable bool m_indexed = false;
    mutable bool m_unindexed = false; ///< more members than kIndexCapacity: use at_key()
};

/// Short printable excerpt of a JSON value for error messages.
std::string jsonExcerpt(simdjson::dom::element value);

} // namespace polaris::polymarket
