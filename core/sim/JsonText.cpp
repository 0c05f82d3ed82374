#include "core/sim/JsonText.h"

#include <cstdio>

namespace polaris::sim::json {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

qsizetype skipSpace(const QByteArray& text, qsizetype pos, qsizetype end)
{
    while (pos < end && isSpace(text[pos])) {
        ++pos;
    }
    return pos;
}

/// Returns the position just past the string starting at `pos` (a '"'), or -1.
qsizetype skipString(const QByteArray& text, qsizetype pos, qsizetype end)
{
    for (++pos; pos < end; ++pos) {
        if (text[pos] == '\\') {
            ++pos;
        } else if (text[pos] == '"') {
            return pos + 1;
        }
    }
    return -1;
}

/// Returns the position just past the JSON value starting at `pos`, or -1 when malformed.
qsizetype skipValue(const QByteArray& text, qsizetype pos, qsizetype end)
{
    if (pos >= end) {
        return -1;
    }
    const char first = text[pos];
    if (first == '"') {
        return skipString(text, pos, end);
    }
    if (first != '{' && first != '[') {
        // number, true, false, null: runs until a delimiter
        const qsizetype start = pos;
        while (pos < end && !isSpace(text[pos]) && text[pos] != ',' && text[pos] != ']'
               && text[pos] != '}') {
            ++pos;
        }
        return pos > start ? pos : -1;
    }
    int depth = 0;
    while (pos < end) {
        const char c = text[pos];
        if (c == '"') {
            pos = skipString(text, pos, end);
            if (pos < 0) {
                return -1;
            }
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0) {
                return pos + 1;
            }
        }
        ++pos;
    }
    return -1;
}

} // namespace

void appendString(QByteArray& out, std::string_view text)
{
    out += '"';
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
                out += buffer;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void close(QByteArray& out, char closer)
{
    if (!out.isEmpty() && out.back() == ',') {
        out.back() = closer;
    } else {
        out += closer;
    }
}

bool splitArray(const QByteArray& text, std::vector<Slice>& elements)
{
    elements.clear();
    const qsizetype end = text.size();
    qsizetype pos = skipSpace(text, 0, end);
    if (pos >= end || text[pos] != '[') {
        return false;
    }
    pos = skipSpace(text, pos + 1, end);
    if (pos < end && text[pos] == ']') {
        return skipSpace(text, pos + 1, end) == end;
    }
    while (pos < end) {
        const qsizetype valueEnd = skipValue(text, pos, end);
        if (valueEnd < 0) {
            return false;
        }
        elements.emplace_back(pos, valueEnd - pos);
        pos = skipSpace(text, valueEnd, end);
        if (pos >= end) {
            return false;
        }
        if (text[pos] == ']') {
            return skipSpace(text, pos + 1, end) == end;
        }
        if (text[pos] != ',') {
            return false;
        }
        pos = skipSpace(text, pos + 1, end);
    }
    return false;
}

bool findMember(const QByteArray& text, Slice object, std::string_view key, Slice& value)
{
    const qsizetype end = object.first + object.second;
    qsizetype pos = skipSpace(text, object.first, end);
    if (pos >= end || text[pos] != '{') {
        return false;
    }
    pos = skipSpace(text, pos + 1, end);
    while (pos < end && text[pos] == '"') {
        const qsizetype keyEnd = skipString(text, pos, end);
        if (keyEnd < 0) {
            return false;
        }
        const std::string_view name(text.constData() + pos + 1,
                                    static_cast<std::size_t>(keyEnd - pos - 2));
        pos = skipSpace(text, keyEnd, end);
        if (pos >= end || text[pos] != ':') {
            return false;
        }
        pos = skipSpace(text, pos + 1, end);
        const qsizetype valueEnd = skipValue(text, pos, end);
        if (valueEnd < 0) {
            return false;
        }
        if (name == key) {
            value = Slice(pos, valueEnd - pos);
            return true;
        }
        pos = skipSpace(text, valueEnd, end);
        if (pos < end && text[pos] == ',') {
            pos = skipSpace(text, pos + 1, end);
        }
    }
    return false;
}

} // namespace polaris::sim::json
