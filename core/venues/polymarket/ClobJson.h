#pragma once

// Internal to the CLOB parsers (BookParser, MarketMessageParser): simdjson On-Demand helpers that
// read the venue's numeric strings and level arrays without allocating on the success path.
// Not part of the public API: include only from .cpp files (simdjson.h is a large header).

#include "core/book/BookLevel.h"
#include "core/money/Decimal.h"
#include "core/util/Result.h"
#include "core/venues/polymarket/MarketMessage.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <simdjson.h>

namespace polaris::clobjson {

namespace od = simdjson::ondemand;

/// The first problem found in one JSON element (a book, an event). Parsing of the element goes
/// on structurally after a problem so that the next element can still be read; `fatal` means the
/// document itself is broken (truncated, unbalanced) and nothing after this point can be read.
struct ElementStatus
{
    std::optional<Error> error;
    bool fatal = false;

    bool failed() const { return error.has_value(); }
    void fail(ErrorCode code, std::string detail)
    {
        if (!error) {
            error = Error{code, std::move(detail)};
        }
    }
    /// Records a simdjson error met while reading `field`.
    void failJson(simdjson::error_code code, std::string_view field);
    /// Prefixes the detail of an error recorded since `hadErrorBefore` was sampled (e.g.
    /// "bids[3].").
    void prefixNew(bool hadErrorBefore, std::string_view prefix)
    {
        if (!hadErrorBefore && error) {
            error->detail.insert(0, prefix);
        }
    }
};

/// Whether reading can go on after this error (a type mismatch) or the document is broken.
bool isRecoverable(simdjson::error_code code);

/// Text of a scalar token without surrounding whitespace; strings keep their quotes.
inline std::string_view scalarToken(od::value& value)
{
    std::string_view token = value.raw_json_token();
    while (!token.empty()
           && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r'
               || token.back() == '\t')) {
        token.remove_suffix(1);
    }
    return token;
}

/// The key of an object member. Keys without escapes (all the venue sends) are viewed in place
/// in the input; stage 1 has checked that every string is closed, so the scan ends.
inline simdjson::error_code fieldKey(od::field& entry, std::string_view& key)
{
    const char* start = entry.key().raw();
    const char* end = start;
    while (*end != '"' && *end != '\\') {
        ++end;
    }
    if (*end == '"') {
        key = std::string_view(start, static_cast<std::size_t>(end - start));
        return simdjson::SUCCESS;
    }
    return entry.unescaped_key().get(key);
}

enum class Read : std::uint8_t { Ok, Empty, Failed };

/// A decimal sent as a JSON string ("0.45") or number (0.45). An empty string is Read::Empty.
Read readDecimal(od::value& value, std::string_view field, ElementStatus& status, Decimal& out);
/// Like readDecimal() but the field must be present with a value.
bool readRequiredDecimal(od::value& value,
                         std::string_view field,
                         ElementStatus& status,
                         Decimal& out);
/// An optional decimal: empty string or null -> nullopt.
void readOptionalDecimal(od::value& value,
                         std::string_view field,
                         ElementStatus& status,
                         std::optional<Decimal>& out);
/// A millisecond timestamp sent as a string of digits or a number.
bool readTimestamp(od::value& value,
                   std::string_view field,
                   ElementStatus& status,
                   std::int64_t& out);
/// A string (unescaped into the parser's buffer). Numbers are accepted as their literal text, for
/// ids that some payloads send either way.
bool readText(od::value& value,
              std::string_view field,
              ElementStatus& status,
              std::string_view& out);
bool readBool(od::value& value, std::string_view field, ElementStatus& status, bool& out);
/// "BUY" = bid, "SELL" = ask (either case).
bool readSide(od::value& value, std::string_view field, ElementStatus& status, BookSide& out);
/// An array of strings.
void readTextArray(od::value& value,
                   std::string_view field,
                   ElementStatus& status,
                   std::vector<std::string_view>& out);
/// An array of {price, size} levels: price in (0,1), size >= 0.
void readLevels(od::value& value,
                std::string_view field,
                ElementStatus& status,
                std::vector<BookLevel>& out);

/// A price a level can rest at: strictly between 0 and 1.
bool checkPrice(Decimal price, std::string_view field, ElementStatus& status);
/// A probability-like value that may be 0 or 1 (best_ask "1" means an empty ask side).
bool checkUnitInterval(Decimal value, std::string_view field, ElementStatus& status);
bool checkNonNegative(Decimal value, std::string_view field, ElementStatus& status);

/// Reads the fields of a `book` object (REST /book, POST /books element or WS `book` event).
/// Requires asset_id, bids, asks and timestamp.
void readBookObject(od::object& object, ElementStatus& status, BookMessage& out);

} // namespace polaris::clobjson
