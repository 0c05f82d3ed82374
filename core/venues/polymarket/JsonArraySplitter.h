#pragma once

#include "core/util/Result.h"

#include <string_view>
#include <vector>

namespace polaris::polymarket {

/// Returns the exact byte ranges of the top-level elements of a JSON array, without surrounding
/// whitespace, so that snapshots can store each event exactly as the venue sent it. Views point
/// into `json`. This is a structural split (strings, escapes and nesting are respected); element
/// contents are not validated here - the JSON parser does that. InvalidFormat when the text is not
/// an array, brackets do not balance, a string is unterminated, an element is empty ("[1,,2]",
/// "[1,]") or anything but whitespace follows the closing bracket.
Result<std::vector<std::string_view>> splitJsonArray(std::string_view json);

} // namespace polaris::polymarket
