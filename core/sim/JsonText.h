#pragma once

#include <QByteArray>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace polaris::sim {

/// Hand-written JSON output and raw slicing for the simulator. The simulator serves tens of
/// megabytes of Gamma/CLOB JSON; building it through QJsonDocument would cost seconds at start
/// and would reorder keys (QJsonObject sorts them), so text is written and sliced directly.
namespace json {

/// Appends `text` as a quoted JSON string with the required escapes.
void appendString(QByteArray& out, std::string_view text);
/// Appends `"key":` (key must not need escaping).
inline void appendKey(QByteArray& out, const char* key)
{
    out += '"';
    out += key;
    out += "\":";
}
inline void appendMember(QByteArray& out, const char* key, std::string_view value)
{
    appendKey(out, key);
    appendString(out, value);
    out += ',';
}
/// Appends `"key":<raw>,` where raw is already valid JSON (a number, true, null...).
inline void appendRawMember(QByteArray& out, const char* key, std::string_view raw)
{
    appendKey(out, key);
    out.append(raw.data(), static_cast<qsizetype>(raw.size()));
    out += ',';
}
inline void appendBoolMember(QByteArray& out, const char* key, bool value)
{
    appendRawMember(out, key, value ? "true" : "false");
}
/// Replaces a trailing ',' (left by the append*Member helpers) with `closer`.
void close(QByteArray& out, char closer);

/// Byte range [first, first + second) of a JSON value inside a larger text.
using Slice = std::pair<qsizetype, qsizetype>;

/// Splits a JSON array into the raw text of its elements (whitespace inside each element kept).
/// Returns false on malformed input. Strings and nesting are tracked; validation of the
/// elements themselves is the caller's business (it parses them anyway).
bool splitArray(const QByteArray& text, std::vector<Slice>& elements);
/// Finds the raw text of member `key` of the top-level JSON object in `text[range]`.
bool findMember(const QByteArray& text, Slice object, std::string_view key, Slice& value);

} // namespace json
} // namespace polaris::sim
