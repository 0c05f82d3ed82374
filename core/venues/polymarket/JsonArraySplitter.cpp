#include "core/venues/polymarket/JsonArraySplitter.h"

#include <cstring>
#include <string>

namespace polaris::polymarket {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

Error malformed(std::size_t offset, const char* why)
{
    return Error{ErrorCode::InvalidFormat,
                 "JSON array at byte " + std::to_string(offset) + ": " + why};
}

std::size_t skipSpace(std::string_view json, std::size_t pos)
{
    while (pos < json.size() && isJsonSpace(json[pos])) {
        ++pos;
    }
    return pos;
}

/// Offset of the quote that ends the string whose contents start at `pos`, or npos when the
/// string is unterminated. A quote is escaped when an odd run of backslashes precedes it (each
/// backslash escapes the next character). memchr skips the contents in bulk: a Gamma events page
/// is mostly string contents, and a byte-by-byte scan of a 50 MB snapshot took ~65 ms.
std::size_t stringEnd(std::string_view json, std::size_t pos)
{
    while (pos < json.size()) {
        const void* hit = std::memchr(json.data() + pos, '"', json.size() - pos);
        if (hit == nullptr) {
            break;
        }
        const auto quote = static_cast<std::size_t>(static_cast<const char*>(hit) - json.data());
        std::size_t backslashes = 0;
        while (quote - backslashes > pos && json[quote - backslashes - 1] == '\\') {
            ++backslashes;
        }
        if (backslashes % 2 == 0) {
            return quote;
        }
        pos = quote + 1;
    }
    return std::string_view::npos;
}

/// Scans one element starting at `pos`; on success returns the offset one past its end.
Result<std::size_t> scanElement(std::string_view json, std::size_t pos)
{
    std::string closers; // expected closing brackets, innermost last
    const std::size_t start = pos;
    for (; pos < json.size(); ++pos) {
        const char c = json[pos];
        switch (c) {
        case '"':
            pos = stringEnd(json, pos + 1);
            if (pos == std::string_view::npos) {
                return malformed(start, "unterminated string");
            }
            if (closers.empty()) {
                return pos + 1;
            }
            break;
        case '[':
            closers.push_back(']');
            break;
        case '{':
            closers.push_back('}');
            break;
        case ']':
        case '}':
            if (closers.empty()) {
                return pos; // the enclosing array's ']' (or a stray '}') ends a scalar
            }
            if (closers.back() != c) {
                return malformed(pos, "mismatched bracket");
            }
            closers.pop_back();
            if (closers.empty()) {
                return pos + 1;
            }
            break;
        case ',':
            if (closers.empty()) {
                return pos;
            }
            break;
        default:
            if (closers.empty() && isJsonSpace(c)) {
                return pos;
            }
            break;
        }
    }
    if (closers.empty()) {
        return pos; // a scalar running to the end; the caller reports the missing ']'
    }
    return malformed(start, "unterminated element");
}

} // namespace

Result<std::vector<std::string_view>> splitJsonArray(std::string_view json)
{
    std::vector<std::string_view> elements;
    std::size_t pos = skipSpace(json, 0);
    if (pos >= json.size() || json[pos] != '[') {
        return malformed(pos, "expected '['");
    }
    pos = skipSpace(json, pos + 1);
    if (pos < json.size() && json[pos] == ']') {
        pos = skipSpace(json, pos + 1);
        if (pos != json.size()) {
            return malformed(pos, "trailing characters after ']'");
        }
        return elements;
    }
    for (;;) {
        if (pos >= json.size()) {
            return malformed(pos, "missing ']'");
        }
        if (json[pos] == ',' || json[pos] == ']') {
            return malformed(pos, "empty element");
        }
        const auto end = scanElement(json, pos);
        if (!end.ok()) {
            return end.error();
        }
        elements.push_back(json.substr(pos, *end - pos));
        pos = skipSpace(json, *end);
        if (pos >= json.size()) {
            return malformed(pos, "missing ']'");
        }
        if (json[pos] == ',') {
            pos = skipSpace(json, pos + 1);
            continue;
        }
        if (json[pos] != ']') {
            return malformed(pos, "expected ',' or ']'");
        }
        pos = skipSpace(json, pos + 1);
        if (pos != json.size()) {
            return malformed(pos, "trailing characters after ']'");
        }
        return elements;
    }
}

} // namespace polaris::polymarket
