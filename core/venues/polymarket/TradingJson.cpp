#include "core/venues/polymarket/TradingJson.h"

#include <charconv>
#include <utility>

namespace polaris::polymarket::tradingjson {

namespace {

/// Beyond this a "seconds" value is taken to be milliseconds already (year 5138 in seconds).
constexpr std::int64_t kMillisecondsThreshold = 100'000'000'000LL;

std::string fieldName(const std::string& context, std::string_view key)
{
    std::string name = context;
    if (!name.empty()) {
        name += '.';
    }
    name += key;
    return name;
}

std::string numberLiteral(const dom::element& value)
{
    switch (value.type()) {
    case dom::element_type::INT64:
        return std::to_string(std::int64_t(value.get_int64().value_unsafe()));
    case dom::element_type::UINT64:
        return std::to_string(std::uint64_t(value.get_uint64().value_unsafe()));
    default:
        return simdjson::minify(value);
    }
}

} // namespace

Result<dom::element> parseDocument(std::string_view json, std::string_view what)
{
    thread_local dom::parser parser; // grows to the largest answer seen, then allocation-free
    dom::element document;
    if (const auto ec = parser.parse(json.data(), json.size()).get(document)) {
        return Error{ErrorCode::InvalidFormat, std::string(what) + ": not JSON ("
                                                       + simdjson::error_message(ec) + "): '"
                                                       + excerpt(json) + "'"};
    }
    return document;
}

std::string excerpt(std::string_view text, std::size_t max)
{
    std::string out(text.substr(0, max));
    for (char& c : out) {
        if (static_cast<unsigned char>(c) < 0x20) {
            c = ' ';
        }
    }
    if (text.size() > max) {
        out += "...";
    }
    return out;
}

FieldReader::FieldReader(dom::object object, std::string context)
    : m_object(object)
    , m_context(std::move(context))
{}

bool FieldReader::has(std::string_view key) const
{
    dom::element value;
    return m_object.at_key(key).get(value) == simdjson::SUCCESS && !value.is_null();
}

std::optional<dom::element> FieldReader::element(std::string_view key) const
{
    dom::element value;
    if (m_object.at_key(key).get(value) != simdjson::SUCCESS) {
        return std::nullopt;
    }
    return value;
}

void FieldReader::fail(ErrorCode code, std::string_view key, std::string what)
{
    if (!m_error) {
        m_error = Error{code, fieldName(m_context, key) + ": " + std::move(what)};
    }
}

void FieldReader::failWith(Error error)
{
    if (!m_error) {
        m_error = std::move(error);
    }
}

std::optional<std::string> FieldReader::scalar(std::string_view key, bool required)
{
    m_lastPresent = false;
    dom::element value;
    if (m_object.at_key(key).get(value) != simdjson::SUCCESS || value.is_null()) {
        if (required) {
            fail(ErrorCode::MissingField, key, "missing");
        }
        return std::string();
    }
    std::string text;
    switch (value.type()) {
    case dom::element_type::STRING:
        text = std::string(value.get_string().value_unsafe());
        break;
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE:
        text = numberLiteral(value);
        break;
    default:
        fail(ErrorCode::InvalidFormat, key,
             "expected a string or number, got " + excerpt(simdjson::minify(value)));
        return std::nullopt;
    }
    if (text.empty()) {
        if (required) {
            fail(ErrorCode::MissingField, key, "empty");
        }
        return text;
    }
    m_lastPresent = true;
    return text;
}

std::string FieldReader::text(std::string_view key, bool required)
{
    return scalar(key, required).value_or(std::string());
}

Decimal FieldReader::decimal(std::string_view key, bool required)
{
    dom::element raw;
    const bool isDouble = m_object.at_key(key).get(raw) == simdjson::SUCCESS
                          && raw.type() == dom::element_type::DOUBLE;
    const std::optional<std::string> text = scalar(key, required);
    if (!text || text->empty()) {
        return Decimal();
    }
    Result<Decimal> parsed = Decimal::parse(*text);
    if (!parsed && isDouble) {
        parsed = Decimal::fromJsonNumber(raw.get_double().value_unsafe()); // 1e-3 and friends
    }
    if (!parsed) {
        m_lastPresent = false;
        fail(parsed.error().code, key, "'" + excerpt(*text) + "': " + parsed.error().detail);
        return Decimal();
    }
    return parsed.value();
}

std::int64_t FieldReader::integer(std::string_view key, bool required)
{
    const std::optional<std::string> text = scalar(key, required);
    if (!text || text->empty()) {
        return 0;
    }
    std::int64_t value = 0;
    const char* end = text->data() + text->size();
    const auto [ptr, ec] = std::from_chars(text->data(), end, value);
    if (ec != std::errc() || ptr != end || value < 0) {
        m_lastPresent = false;
        fail(ErrorCode::InvalidFormat, key,
             "expected a non-negative integer, got '" + excerpt(*text) + "'");
        return 0;
    }
    return value;
}

std::int64_t FieldReader::secondsAsMs(std::string_view key, bool required)
{
    const std::int64_t value = integer(key, required);
    if (value >= kMillisecondsThreshold) {
        return value;
    }
    return value * 1000;
}

bool FieldReader::boolean(std::string_view key, bool required)
{
    dom::element value;
    if (m_object.at_key(key).get(value) != simdjson::SUCCESS || value.is_null()) {
        if (required) {
            fail(ErrorCode::MissingField, key, "missing");
        }
        return false;
    }
    if (value.is_bool()) {
        return value.get_bool().value_unsafe();
    }
    if (value.is_string()) { // tolerate "true"/"false"
        const std::string_view text = value.get_string().value_unsafe();
        if (text == "true" || text == "false") {
            return text == "true";
        }
    }
    fail(ErrorCode::InvalidFormat, key,
         "expected true or false, got " + excerpt(simdjson::minify(value)));
    return false;
}

TradeSide FieldReader::side(std::string_view key, bool required)
{
    const std::optional<TradeSide> parsed = optionalSide(key);
    if (!parsed && required && !failed()) {
        fail(ErrorCode::MissingField, key, "missing");
    }
    return parsed.value_or(TradeSide::Buy);
}

std::optional<TradeSide> FieldReader::optionalSide(std::string_view key)
{
    const std::optional<std::string> text = scalar(key, false);
    if (!text || text->empty()) {
        return std::nullopt;
    }
    if (*text == "BUY" || *text == "buy" || *text == "Buy") {
        return TradeSide::Buy;
    }
    if (*text == "SELL" || *text == "sell" || *text == "Sell") {
        return TradeSide::Sell;
    }
    fail(ErrorCode::InvalidFormat, key, "expected BUY or SELL, got '" + excerpt(*text) + "'");
    return std::nullopt;
}

std::vector<std::string> FieldReader::textArray(std::string_view key)
{
    std::vector<std::string> out;
    dom::element value;
    if (m_object.at_key(key).get(value) != simdjson::SUCCESS || value.is_null()) {
        return out;
    }
    dom::array array;
    if (value.get_array().get(array) != simdjson::SUCCESS) {
        fail(ErrorCode::InvalidFormat, key,
             "expected an array, got " + excerpt(simdjson::minify(value)));
        return out;
    }
    for (dom::element item : array) {
        std::string_view text;
        if (item.get_string().get(text) != simdjson::SUCCESS) {
            fail(ErrorCode::InvalidFormat, key,
                 "expected strings, got " + excerpt(simdjson::minify(item)));
            return {};
        }
        out.emplace_back(text);
    }
    return out;
}

} // namespace polaris::polymarket::tradingjson
