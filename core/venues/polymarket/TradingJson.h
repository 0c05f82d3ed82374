#pragma once

// Internal to the trading parsers (TradingParsers, UserEventParser): simdjson DOM helpers that
// read one object's fields and remember the first problem with the field's name and value.
// The trading payloads are small and rare compared with market data, so the DOM API (which
// copies and pads the input itself) is used for clarity. Include only from .cpp files.

#include "core/market/TradeSide.h"
#include "core/money/Decimal.h"
#include "core/util/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <simdjson.h>

namespace polaris::polymarket::tradingjson {

namespace dom = simdjson::dom;

/// Parses `json` as a whole document with this thread's reused parser; errors name `what`.
/// The element is valid until the next parseDocument() call on the same thread.
Result<dom::element> parseDocument(std::string_view json, std::string_view what);

/// Short, printable excerpt of an input for error details.
std::string excerpt(std::string_view text, std::size_t max = 80);

/// Reads the fields of one JSON object. Absent and null fields read as empty; a field marked
/// required that is absent, null or empty records MissingField. Every getter returns a usable
/// default after a failure, so a caller can read all fields and check error() once.
class FieldReader
{
public:
    FieldReader(dom::object object, std::string context);

    bool has(std::string_view key) const;
    /// A string, or the literal of a number (ids some payloads send either way).
    std::string text(std::string_view key, bool required = false);
    /// A decimal sent as a string or a number; "" and null read as 0 (or MissingField).
    Decimal decimal(std::string_view key, bool required = false);
    /// True when the field was present with a non-empty value (after decimal()/text()).
    bool lastWasPresent() const { return m_lastPresent; }
    /// A non-negative integer sent as a string or a number.
    std::int64_t integer(std::string_view key, bool required = false);
    /// A unix time sent in seconds (string or number), returned in milliseconds. Values that
    /// are already milliseconds (> 1e11, i.e. after 5138 in seconds) are kept as they are.
    std::int64_t secondsAsMs(std::string_view key, bool required = false);
    bool boolean(std::string_view key, bool required = false);
    /// "BUY" / "SELL" in either case.
    TradeSide side(std::string_view key, bool required = true);
    std::optional<TradeSide> optionalSide(std::string_view key);
    /// An array of strings; null or absent reads as empty.
    std::vector<std::string> textArray(std::string_view key);
    /// The raw element (absent -> nullopt).
    std::optional<dom::element> element(std::string_view key) const;

    void fail(ErrorCode code, std::string_view key, std::string what);
    /// Records an error found by a nested reader (unless one is already recorded).
    void failWith(Error error);
    bool failed() const { return m_error.has_value(); }
    const std::optional<Error>& error() const { return m_error; }
    const std::string& context() const { return m_context; }

private:
    /// The field as text: strings unquoted, numbers as their literal, "" for absent/null.
    std::optional<std::string> scalar(std::string_view key, bool required);

    dom::object m_object;
    std::string m_context;
    std::optional<Error> m_error;
    bool m_lastPresent = false;
};

} // namespace polaris::polymarket::tradingjson
