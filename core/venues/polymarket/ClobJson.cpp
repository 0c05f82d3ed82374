#include "core/venues/polymarket/ClobJson.h"

#include <charconv>
#include <utility>

namespace polaris::clobjson {

namespace {

std::string quoted(std::string_view text)
{
    return "'" + std::string(text.substr(0, 80)) + (text.size() > 80 ? "...'" : "'");
}

std::string fieldError(std::string_view field, std::string_view what)
{
    std::string detail(field);
    detail += ": ";
    detail += what;
    return detail;
}

/// Strips the quotes of a string token; false when the token is not a string.
bool unquote(std::string_view& token)
{
    if (token.size() >= 2 && token.front() == '"' && token.back() == '"') {
        token = token.substr(1, token.size() - 2);
        return true;
    }
    return false;
}

bool startsNumber(char c)
{
    return c == '-' || (c >= '0' && c <= '9');
}

} // namespace

bool isRecoverable(simdjson::error_code code)
{
    switch (code) {
    case simdjson::INCORRECT_TYPE:
    case simdjson::NO_SUCH_FIELD:
    case simdjson::NUMBER_ERROR:
    case simdjson::NUMBER_OUT_OF_RANGE:
    case simdjson::STRING_ERROR:
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
        return true;
    default:
        return false;
    }
}

void ElementStatus::failJson(simdjson::error_code code, std::string_view field)
{
    if (!isRecoverable(code)) {
        fatal = true;
        // A structural error replaces any softer error: the caller must know to stop.
        error = Error{ErrorCode::InvalidFormat,
                      fieldError(field.empty() ? "json" : field,
                                 std::string("malformed or truncated JSON (")
                                         + simdjson::error_message(code) + ")")};
        return;
    }
    fail(ErrorCode::InvalidFormat, fieldError(field, simdjson::error_message(code)));
}

Read readDecimal(od::value& value, std::string_view field, ElementStatus& status, Decimal& out)
{
    std::string_view token = scalarToken(value);
    bool isNumber = false;
    if (unquote(token)) {
        if (token.empty()) {
            return Read::Empty;
        }
    } else if (!token.empty() && startsNumber(token.front())) {
        isNumber = true;
    } else if (token == "null") {
        return Read::Empty;
    } else {
        status.fail(ErrorCode::InvalidFormat,
                    fieldError(field, "expected a decimal, got " + quoted(token)));
        return Read::Failed;
    }
    Result<Decimal> parsed = Decimal::parse(token);
    if (!parsed.ok() && isNumber && token.find_first_of("eE") != std::string_view::npos) {
        // A number in exponent form (1e-3): recover the literal through the shortest round-trip.
        double number = 0;
        if (value.get_double().get(number) == simdjson::SUCCESS) {
            parsed = Decimal::fromJsonNumber(number);
        }
    }
    if (!parsed.ok()) {
        status.fail(parsed.error().code, fieldError(field, parsed.error().detail));
        return Read::Failed;
    }
    out = parsed.value();
    return Read::Ok;
}

bool readRequiredDecimal(od::value& value,
                         std::string_view field,
                         ElementStatus& status,
                         Decimal& out)
{
    switch (readDecimal(value, field, status, out)) {
    case Read::Ok:
        return true;
    case Read::Empty:
        status.fail(ErrorCode::MissingField, fieldError(field, "empty"));
        return false;
    case Read::Failed:
        return false;
    }
    return false;
}

void readOptionalDecimal(od::value& value,
                         std::string_view field,
                         ElementStatus& status,
                         std::optional<Decimal>& out)
{
    Decimal decimal;
    if (readDecimal(value, field, status, decimal) == Read::Ok) {
        out = decimal;
    } else {
        out.reset();
    }
}

bool readTimestamp(od::value& value,
                   std::string_view field,
                   ElementStatus& status,
                   std::int64_t& out)
{
    std::string_view token = scalarToken(value);
    unquote(token);
    std::int64_t parsed = 0;
    const char* end = token.data() + token.size();
    const auto [ptr, ec] = std::from_chars(token.data(), end, parsed);
    if (token.empty() || ec != std::errc() || ptr != end || parsed < 0) {
        status.fail(ErrorCode::InvalidFormat,
                    fieldError(field, "expected a millisecond timestamp, got " + quoted(token)));
        return false;
    }
    out = parsed;
    return true;
}

bool readText(od::value& value,
              std::string_view field,
              ElementStatus& status,
              std::string_view& out)
{
    const std::string_view token = scalarToken(value);
    if (!token.empty() && token.front() == '"') {
        // Ids and hashes never contain escapes: view them in place instead of unescaping a copy.
        std::string_view inner = token;
        if (unquote(inner) && inner.find('\\') == std::string_view::npos) {
            out = inner;
            return true;
        }
        if (const auto ec = value.get_string().get(out)) {
            status.failJson(ec, field);
            return false;
        }
        return true;
    }
    if (!token.empty() && startsNumber(token.front())) {
        out = token; // a numeric id: keep its literal text (a view into the input buffer)
        return true;
    }
    if (token == "null") {
        out = {};
        return true;
    }
    status.fail(ErrorCode::InvalidFormat,
                fieldError(field, "expected a string, got " + quoted(token)));
    return false;
}

bool readBool(od::value& value, std::string_view field, ElementStatus& status, bool& out)
{
    std::string_view token = scalarToken(value);
    unquote(token); // some payloads send "true"
    if (token == "true" || token == "false") {
        out = token == "true";
        return true;
    }
    status.fail(ErrorCode::InvalidFormat,
                fieldError(field, "expected a boolean, got " + quoted(token)));
    return false;
}

bool readSide(od::value& value, std::string_view field, ElementStatus& status, BookSide& out)
{
    std::string_view token = scalarToken(value);
    unquote(token);
    if (token == "BUY" || token == "buy") {
        out = BookSide::Bid;
        return true;
    }
    if (token == "SELL" || token == "sell") {
        out = BookSide::Ask;
        return true;
    }
    status.fail(ErrorCode::InvalidFormat,
                fieldError(field, "expected BUY or SELL, got " + quoted(token)));
    return false;
}

void readTextArray(od::value& value,
                   std::string_view field,
                   ElementStatus& status,
                   std::vector<std::string_view>& out)
{
    od::array array;
    if (const auto ec = value.get_array().get(array)) {
        status.failJson(ec, field);
        return;
    }
    for (auto element : array) {
        od::value item;
        std::string_view text;
        if (const auto ec = std::move(element).get(item)) {
            status.failJson(ec, field);
            return;
        }
        if (!readText(item, field, status, text)) {
            return;
        }
        out.push_back(text);
    }
}

bool checkPrice(Decimal price, std::string_view field, ElementStatus& status)
{
    if (price.isPositive() && price < Decimal::fromInt(1)) {
        return true;
    }
    status.fail(ErrorCode::OutOfRange, fieldError(field, price.toString() + " outside (0,1)"));
    return false;
}

bool checkUnitInterval(Decimal value, std::string_view field, ElementStatus& status)
{
    if (!value.isNegative() && value <= Decimal::fromInt(1)) {
        return true;
    }
    status.fail(ErrorCode::OutOfRange, fieldError(field, value.toString() + " outside [0,1]"));
    return false;
}

bool checkNonNegative(Decimal value, std::string_view field, ElementStatus& status)
{
    if (!value.isNegative()) {
        return true;
    }
    status.fail(ErrorCode::OutOfRange, fieldError(field, "negative " + value.toString()));
    return false;
}

void readLevels(od::value& value,
                std::string_view field,
                ElementStatus& status,
                std::vector<BookLevel>& out)
{
    od::array array;
    if (const auto ec = value.get_array().get(array)) {
        status.failJson(ec, field);
        return;
    }
    std::size_t index = 0;
    for (auto element : array) {
        const bool hadError = status.failed();
        od::object object;
        if (const auto notObject = element.get_object().get(object)) {
            status.failJson(notObject, "level");
        } else {
            BookLevel level;
            bool hasPrice = false;
            bool hasSize = false;
            for (auto member : object) {
                od::field entry;
                std::string_view key;
                if (const auto ec = std::move(member).get(entry)) {
                    status.failJson(ec, "level");
                    break;
                }
                if (const auto ec = fieldKey(entry, key)) {
                    status.failJson(ec, "level");
                    break;
                }
                if (key == "price") {
                    hasPrice = readRequiredDecimal(entry.value(), "price", status, level.price)
                               && checkPrice(level.price, "price", status);
                } else if (key == "size") {
                    hasSize = readRequiredDecimal(entry.value(), "size", status, level.size)
                              && checkNonNegative(level.size, "size", status);
                }
            }
            if (!status.failed() && !(hasPrice && hasSize)) {
                status.fail(ErrorCode::MissingField, hasPrice ? "size missing" : "price missing");
            }
            if (!status.failed()) {
                out.push_back(level);
            }
        }
        if (!hadError && status.failed()) {
            status.error->detail.insert(0, std::string(field) + "[" + std::to_string(index) + "].");
        }
        if (status.failed()) {
            return; // the element is rejected anyway; the parent skips the rest of the array
        }
        ++index;
    }
}

void readBookObject(od::object& object, ElementStatus& status, BookMessage& out)
{
    bool hasBids = false;
    bool hasAsks = false;
    bool hasTimestamp = false;
    for (auto member : object) {
        od::field entry;
        std::string_view key;
        if (const auto ec = std::move(member).get(entry)) {
            status.failJson(ec, "book");
            return;
        }
        if (const auto ec = fieldKey(entry, key)) {
            status.failJson(ec, "book");
            return;
        }
        od::value& value = entry.value();
        if (key == "bids") {
            hasBids = true;
            readLevels(value, "bids", status, out.bids);
        } else if (key == "asks") {
            hasAsks = true;
            readLevels(value, "asks", status, out.asks);
        } else if (key == "asset_id") {
            readText(value, "asset_id", status, out.assetId);
        } else if (key == "market") {
            readText(value, "market", status, out.market);
        } else if (key == "hash") {
            readText(value, "hash", status, out.hash);
        } else if (key == "timestamp") {
            hasTimestamp = readTimestamp(value, "timestamp", status, out.timestampMs);
        } else if (key == "tick_size") {
            readOptionalDecimal(value, "tick_size", status, out.tickSize);
            if (out.tickSize) {
                checkPrice(*out.tickSize, "tick_size", status);
            }
        } else if (key == "min_order_size") {
            readOptionalDecimal(value, "min_order_size", status, out.minOrderSize);
            if (out.minOrderSize) {
                checkNonNegative(*out.minOrderSize, "min_order_size", status);
            }
        } else if (key == "last_trade_price") {
            readOptionalDecimal(value, "last_trade_price", status, out.lastTradePrice);
            if (out.lastTradePrice) {
                checkUnitInterval(*out.lastTradePrice, "last_trade_price", status);
            }
        } else if (key == "neg_risk") {
            bool negRisk = false;
            if (readBool(value, "neg_risk", status, negRisk)) {
                out.negRisk = negRisk;
            }
        }
        if (status.fatal) {
            return;
        }
    }
    if (out.assetId.empty()) {
        status.fail(ErrorCode::MissingField, "asset_id missing");
    } else if (!hasBids) {
        status.fail(ErrorCode::MissingField, "bids missing");
    } else if (!hasAsks) {
        status.fail(ErrorCode::MissingField, "asks missing");
    } else if (!hasTimestamp) {
        status.fail(ErrorCode::MissingField, "timestamp missing");
    }
}

} // namespace polaris::clobjson
