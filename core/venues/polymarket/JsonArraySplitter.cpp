#include "core/venues/polymarket/JsonArraySplitter.h"

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

/// Scans one element starting at `pos`; on success returns the offset one past its end.
Result<std::size_t> scanElement(std::string_view json, std::size_t pos)
{
    std::string closers; // expected closing brackets, innermost last
    bool inString = false;
    const std::size_t start = pos;
    for (; pos < json.size(); ++pos) {
        const char c = json[pos];
        if (inString) {
            if (c == '\\') {
                ++pos; // the escaped character cannot end the string
            } else if (c == '"') {
                inString = false;
                if (closers.empty()) {
                    return pos + 1;
                }
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
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
    if (inString) {
        return malformed(start, "unterminated string");
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
