#pragma once

#include "core/util/Result.h"
#include "core/venues/polymarket/BookSnapshot.h"

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace polaris {

/// Parses CLOB order books (REST `GET /book`, `POST /books`) into BookSnapshot values with
/// simdjson On-Demand. Prices and sizes may be strings or numbers; prices must lie in (0,1),
/// sizes be >= 0 with at most 6 decimals. A bad book inside an array is skipped with a warning
/// naming its asset_id; the other books are kept.
///
/// simdjson reads up to kPadding bytes past the end of its input, so parseBooks()/parseBook()
/// copy the input into a reused padded buffer (about 10 ms for 70 MB). Callers that own a buffer
/// with kPadding spare bytes after the text (e.g. a QByteArray they reserve()d) can skip the copy
/// with the *Padded variants.
/// Keep one instance per thread and reuse it: its buffers grow to the largest input seen.
class BookParser
{
public:
    /// Bytes that must be readable after the end of the text given to the *Padded functions.
    static constexpr std::size_t kPadding = 64;

    BookParser();
    ~BookParser();
    BookParser(const BookParser&) = delete;
    BookParser& operator=(const BookParser&) = delete;

    /// A JSON array of books. Fails only when the text is not a JSON array (or is truncated
    /// before the first book); rejected elements go to `warnings` (may be null).
    Result<std::vector<BookSnapshot>> parseBooks(std::string_view json,
                                                 std::vector<Error>* warnings);
    /// One book object.
    Result<BookSnapshot> parseBook(std::string_view json);

    /// As above without copying: `json.data()` must be followed by kPadding readable bytes.
    Result<std::vector<BookSnapshot>> parseBooksPadded(std::string_view json,
                                                       std::vector<Error>* warnings);
    Result<BookSnapshot> parseBookPadded(std::string_view json);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace polaris
