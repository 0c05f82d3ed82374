#include "core/venues/polymarket/GammaFieldReader.h"

#include "core/market/VenueTime.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <type_traits>

namespace polaris::polymarket {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

constexpr double kMaxAbs = 1e12; // Decimal's accepted magnitude
constexpr std::size_t kExcerptChars = 64;

Error typeError(const char* expected, element value)
{
    return Error{ErrorCode::InvalidFormat,
                 std::string("expected ") + expected + ", got " + jsonExcerpt(value)};
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// The items of a JSON-encoded array of plain strings, e.g. Gamma's "[\"Yes\", \"No\"]", read
/// without a JSON parser: `[`, strings without escapes or control characters separated by commas,
/// `]`, whitespace between tokens. Anything else returns false and the caller parses the text
/// with simdjson (which gives the same items for everything accepted here, and the exact error
/// texts for what is not). A nested parse costs about a microsecond, and every Gamma market has
/// three of these lists.
bool splitPlainStrings(std::string_view text, std::vector<std::string_view>& items)
{
    items.clear();
    std::size_t pos = 0;
    const auto next = [&] { // the next token's first byte, after whitespace ('\0' at the end)
        while (pos < text.size() && isJsonSpace(text[pos])) {
            ++pos;
        }
        return pos < text.size() ? text[pos] : '\0';
    };
    if (next() != '[') {
        return false;
    }
    ++pos;
    for (char c = next(); c != ']'; c = next()) {
        if ((!items.empty() && (c != ',' || (++pos, next() != '"')))
            || (items.empty() && c != '"')) {
            return false;
        }
        const std::size_t start = ++pos;
        while (pos < text.size() && text[pos] != '"') {
            const auto byte = static_cast<unsigned char>(text[pos++]);
            if (byte < 0x20 || byte == '\\') {
                return false;
            }
        }
        if (pos == text.size()) {
            return false;
        }
        items.push_back(text.substr(start, pos++ - start));
    }
    ++pos;
    return next() == '\0' && pos == text.size();
}

} // namespace

std::string jsonExcerpt(element value)
{
    std::string text = simdjson::to_string(value);
    if (text.size() > kExcerptChars) {
        text.resize(kExcerptChars);
        text += "...";
    }
    return text;
}

Result<Decimal> decimalFromJson(element value, std::optional<Rounding> rounding)
{
    switch (value.type()) {
    case element_type::STRING: {
        const std::string_view text = value.get_string().value_unsafe();
        return rounding ? Decimal::parseRounded(text, *rounding) : Decimal::parse(text);
    }
    case element_type::INT64: {
        const std::int64_t v = value.get_int64().value_unsafe();
        if (v > static_cast<std::int64_t>(kMaxAbs) || v < -static_cast<std::int64_t>(kMaxAbs)) {
            return Error{ErrorCode::OutOfRange, std::to_string(v) + " exceeds 10^12"};
        }
        return Decimal::fromInt(v);
    }
    case element_type::UINT64:
        return Error{ErrorCode::OutOfRange,
                     std::to_string(value.get_uint64().value_unsafe()) + " exceeds 10^12"};
    case element_type::DOUBLE: {
        const double v = value.get_double().value_unsafe();
        if (!std::isfinite(v) || std::fabs(v) > kMaxAbs) {
            return Error{ErrorCode::OutOfRange, jsonExcerpt(value) + " exceeds 10^12"};
        }
        if (!rounding) {
            return Decimal::fromJsonNumber(v);
        }
        // Shortest round-trip text of the literal, then round its excess digits as asked.
        char buffer[64];
        const auto [end, ec] =
                std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed);
        if (ec != std::errc()) {
            return Error{ErrorCode::OutOfRange, jsonExcerpt(value) + " cannot be represented"};
        }
        return Decimal::parseRounded(
                std::string_view(buffer, static_cast<std::size_t>(end - buffer)), *rounding);
    }
    case element_type::ARRAY:
    case element_type::OBJECT:
    case element_type::BOOL:
    case element_type::NULL_VALUE:
        break;
    }
    return typeError("a number or numeric string", value);
}

GammaFieldReader::GammaFieldReader(simdjson::dom::object object,
                                   std::string context,
                                   simdjson::dom::parser* nested)
    : m_object(object)
    , m_context(std::move(context))
    , m_nested(nested)
{}

namespace {

std::size_t bucketOf(std::string_view key, std::size_t buckets)
{
    if (key.empty()) {
        return 0;
    }
    const auto at = [&](std::size_t i) { return static_cast<std::size_t>(std::uint8_t(key[i])); };
    return (key.size() * 131 + at(0) * 31 + at(key.size() / 2) * 7 + at(key.size() - 1))
           & (buckets - 1);
}

} // namespace

void GammaFieldReader::buildIndex() const
{
    static_assert(std::is_trivially_copyable_v<element>);
    m_indexed = true;
    if (m_object.size() > kIndexCapacity) {
        m_unindexed = true;
        return;
    }
    std::array<std::uint16_t, kBuckets> tail{};
    std::uint16_t count = 0;
    for (const auto member : m_object) {
        IndexedField& field = m_fields[count++];
        field.key = member.key.data();
        field.keySize = static_cast<std::uint32_t>(member.key.size());
        field.next = 0;
        std::memcpy(field.value, &member.value, sizeof(element));
        const std::size_t bucket = bucketOf(member.key, kBuckets);
        if (tail[bucket] == 0) {
            m_bucketHead[bucket] = count;
        } else {
            m_fields[tail[bucket] - 1].next = count;
        }
        tail[bucket] = count;
    }
}

std::optional<element> GammaFieldReader::value(std::string_view key) const
{
    if (!m_indexed) {
        buildIndex();
    }
    element found;
    if (m_unindexed) {
        if (m_object.at_key(key).get(found) != simdjson::SUCCESS) {
            return std::nullopt;
        }
    } else {
        std::uint16_t at = m_bucketHead[bucketOf(key, kBuckets)];
        while (at != 0 && std::string_view(m_fields[at - 1].key, m_fields[at - 1].keySize) != key) {
            at = m_fields[at - 1].next;
        }
        if (at == 0) {
            return std::nullopt;
        }
        std::memcpy(&found, m_fields[at - 1].value, sizeof(element));
    }
    if (found.is_null()) {
        return std::nullopt;
    }
    return found;
}

std::string GammaFieldReader::message(std::string_view key, std::string_view why) const
{
    return m_context + ": field '" + std::string(key) + "': " + std::string(why);
}

void GammaFieldReader::fail(std::string_view key, ErrorCode code, std::string_view why)
{
    if (!m_error) {
        m_error = Error{code, message(key, why)};
    }
}

void GammaFieldReader::warn(std::string_view key, ErrorCode code, std::string_view why)
{
    m_warnings.push_back(Error{code, message(key, why)});
}

void GammaFieldReader::adopt(GammaFieldReader& child)
{
    if (child.m_error && !m_error) {
        m_error = child.m_error;
    }
    for (Error& warning : child.m_warnings) {
        m_warnings.push_back(std::move(warning));
    }
    child.m_warnings.clear();
}

std::string GammaFieldReader::text(std::string_view key)
{
    const auto found = value(key);
    if (!found) {
        return {};
    }
    std::string_view out;
    if (found->get_string().get(out) != simdjson::SUCCESS) {
        fail(key, ErrorCode::InvalidFormat, "expected a string, got " + jsonExcerpt(*found));
        return {};
    }
    return std::string(out);
}

std::string GammaFieldReader::identifier(std::string_view key)
{
    const auto found = value(key);
    if (!found) {
        return {};
    }
    if (found->is_string()) {
        return std::string(found->get_string().value_unsafe());
    }
    if (found->type() == element_type::INT64 || found->type() == element_type::UINT64) {
        return simdjson::to_string(*found);
    }
    fail(key, ErrorCode::InvalidFormat,
         "expected a string or integer id, got " + jsonExcerpt(*found));
    return {};
}

bool GammaFieldReader::flag(std::string_view key)
{
    const auto found = value(key);
    if (!found) {
        return false;
    }
    bool out = false;
    if (found->get_bool().get(out) != simdjson::SUCCESS) {
        fail(key, ErrorCode::InvalidFormat, "expected true/false, got " + jsonExcerpt(*found));
    }
    return out;
}

std::optional<Decimal> GammaFieldReader::decimal(std::string_view key)
{
    const auto found = value(key);
    if (!found) {
        return std::nullopt;
    }
    auto parsed = decimalFromJson(*found, std::nullopt);
    if (!parsed.ok()) {
        fail(key, parsed.error().code, parsed.error().detail);
        return std::nullopt;
    }
    return *parsed;
}

std::optional<std::int64_t> GammaFieldReader::integer(std::string_view key)
{
    const auto found = value(key);
    if (!found) {
        return std::nullopt;
    }
    std::int64_t out = 0;
    switch (found->type()) {
    case element_type::INT64:
        return found->get_int64().value_unsafe();
    case element_type::DOUBLE: {
        const double v = found->get_double().value_unsafe();
        if (std::isfinite(v) && std::trunc(v) == v && std::fabs(v) < 9e15) {
            return static_cast<std::int64_t>(v);
        }
        break;
    }
    case element_type::STRING: {
        const std::string_view text = found->get_string().value_unsafe();
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
        if (ec == std::errc() && end == text.data() + text.size() && !text.empty()) {
            return out;
        }
        break;
    }
    case element_type::UINT64:
        fail(key, ErrorCode::OutOfRange, jsonExcerpt(*found) + " exceeds 64-bit integers");
        return std::nullopt;
    case element_type::ARRAY:
    case element_type::OBJECT:
    case element_type::BOOL:
    case element_type::NULL_VALUE:
        break;
    }
    fail(key, ErrorCode::InvalidFormat, "expected an integer, got " + jsonExcerpt(*found));
    return std::nullopt;
}

bool GammaFieldReader::plainStrings(element found)
{
    std::string_view encoded;
    return m_nested != nullptr && found.get_string().get(encoded) == simdjson::SUCCESS
           && splitPlainStrings(encoded, m_items);
}

Result<simdjson::dom::array> GammaFieldReader::listArray(element found)
{
    simdjson::dom::array array;
    if (found.get_array().get(array) == simdjson::SUCCESS) {
        return array;
    }
    std::string_view encoded;
    if (found.get_string().get(encoded) != simdjson::SUCCESS) {
        return typeError("an array or a JSON-encoded array string", found);
    }
    if (!m_nested) {
        return Error{ErrorCode::InvalidFormat, "JSON-encoded array not expected here"};
    }
    element inner;
    const auto error = m_nested->parse(encoded.data(), encoded.size()).get(inner);
    if (error != simdjson::SUCCESS) {
        return Error{ErrorCode::InvalidFormat, "malformed JSON-encoded array " + jsonExcerpt(found)
                                                       + " (" + simdjson::error_message(error)
                                                       + ")"};
    }
    if (inner.get_array().get(array) != simdjson::SUCCESS) {
        return typeError("a JSON-encoded array", found);
    }
    return array;
}

std::optional<std::vector<std::string>> GammaFieldReader::stringList(std::string_view key)
{
    const auto found = value(key);
    if (!found || (found->is_string() && found->get_string().value_unsafe().empty())) {
        return std::nullopt;
    }
    std::vector<std::string> out;
    if (plainStrings(*found)) {
        out.reserve(m_items.size());
        for (const std::string_view item : m_items) {
            out.emplace_back(item);
        }
        return out;
    }
    const auto array = listArray(*found);
    if (!array.ok()) {
        fail(key, array.error().code, array.error().detail);
        return std::nullopt;
    }
    for (const element item : *array) {
        std::string_view text;
        if (item.get_string().get(text) != simdjson::SUCCESS) {
            fail(key, ErrorCode::InvalidFormat, "list item is not a string: " + jsonExcerpt(item));
            return std::nullopt;
        }
        out.emplace_back(text);
    }
    return out;
}

Decimal GammaFieldReader::amount(std::string_view key, std::string_view fallbackKey)
{
    auto found = value(key);
    std::string_view usedKey = key;
    if (!found && !fallbackKey.empty()) {
        found = value(fallbackKey);
        usedKey = fallbackKey;
    }
    if (!found) {
        return Decimal();
    }
    const auto parsed = decimalFromJson(*found, Rounding::Down);
    if (!parsed.ok()) {
        warn(usedKey, parsed.error().code, parsed.error().detail + "; using 0");
        return Decimal();
    }
    if (parsed->isNegative()) {
        warn(usedKey, ErrorCode::OutOfRange,
             "negative amount " + jsonExcerpt(*found) + "; using 0");
        return Decimal();
    }
    return *parsed;
}

std::optional<Decimal> GammaFieldReader::priceFrom(element found, std::string_view label)
{
    const auto parsed = decimalFromJson(found, Rounding::Nearest);
    if (!parsed.ok()) {
        warn(label, parsed.error().code, parsed.error().detail);
        return std::nullopt;
    }
    if (parsed->isNegative() || *parsed > Decimal::fromInt(1)) {
        warn(label, ErrorCode::OutOfRange, "price " + jsonExcerpt(found) + " outside [0, 1]");
        return std::nullopt;
    }
    return *parsed;
}

std::optional<Decimal> GammaFieldReader::price(std::string_view key)
{
    const auto found = value(key);
    return found ? priceFrom(*found, key) : std::nullopt;
}

std::optional<std::vector<std::optional<Decimal>>> GammaFieldReader::priceList(std::string_view key)
{
    const auto found = value(key);
    if (!found || (found->is_string() && found->get_string().value_unsafe().empty())) {
        return std::nullopt;
    }
    std::vector<std::optional<Decimal>> out;
    if (plainStrings(*found)) {
        // Only prices that pass priceFrom() without a warning are taken here; anything else
        // goes through the parser below, which words the warnings.
        out.reserve(m_items.size());
        for (const std::string_view item : m_items) {
            const auto parsed = Decimal::parseRounded(item, Rounding::Nearest);
            if (!parsed.ok() || parsed->isNegative() || *parsed > Decimal::fromInt(1)) {
                out.clear();
                break;
            }
            out.emplace_back(*parsed);
        }
        if (out.size() == m_items.size()) {
            return out;
        }
    }
    const auto array = listArray(*found);
    if (!array.ok()) {
        warn(key, array.error().code, array.error().detail);
        return std::nullopt;
    }
    for (const element item : *array) {
        out.push_back(priceFrom(item, std::string(key) + "[" + std::to_string(out.size()) + "]"));
    }
    return out;
}

std::optional<std::int64_t> GammaFieldReader::time(std::string_view key,
                                                   std::string_view fallbackKey)
{
    auto found = value(key);
    std::string_view usedKey = key;
    if (!found && !fallbackKey.empty()) {
        found = value(fallbackKey);
        usedKey = fallbackKey;
    }
    if (!found) {
        return std::nullopt;
    }
    std::string_view text;
    if (found->get_string().get(text) == simdjson::SUCCESS) {
        if (const auto ms = parseVenueTimeMs(text)) {
            return ms;
        }
    }
    warn(usedKey, ErrorCode::InvalidFormat, "unrecognised time " + jsonExcerpt(*found));
    return std::nullopt;
}

} // namespace polaris::polymarket
