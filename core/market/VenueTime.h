#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace polaris {

/// Parses a timestamp as the venues send it into milliseconds since the Unix epoch (UTC).
/// Accepted forms (all seen in real Polymarket payloads, spec §0.3):
///   "2026-03-12T09:25:00Z", "2026-03-11T09:29:01.328428Z" (fraction truncated to ms),
///   "2026-03-12" (midnight UTC), "2026-05-09 02:07:01+00" (space separator, short offset),
///   offsets "+00:00" / "-05:00" / "+0530", a missing zone (taken as UTC), and ms-epoch digit
///   strings "1729084877448". Seconds-epoch strings are NOT recognised here: digits mean ms.
/// Returns nullopt for anything else, including impossible dates such as "2026-02-30".
std::optional<std::int64_t> parseVenueTimeMs(std::string_view text);

} // namespace polaris
