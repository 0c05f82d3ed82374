#pragma once

#include "core/util/Result.h"
#include "core/venues/polymarket/BookSnapshot.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace polaris {

/// One book read by BookParser::parseBooksInto(), without copies: the texts view into the parsed
/// JSON (or into the parser's buffer for strings with escapes) and the levels are ranges of
/// ParsedBooks::levels, in venue order. Fields as in BookSnapshot.
struct ParsedBook
{
    std::string_view assetId;
    std::string_view market;
    std::string_view hash;
    std::int64_t timestampMs = 0;
    std::uint32_t firstBid = 0;
    std::uint32_t bidCount = 0;
    std::uint32_t firstAsk = 0;
    std::uint32_t askCount = 0;
    std::optional<Decimal> tickSize;
    std::optional<Decimal> minOrderSize;
    std::optional<Decimal> lastTradePrice;
    bool negRisk = false;
};

/// The books of one payload as parseBooksInto() leaves them: valid while the JSON text lives and
/// until the parser that filled it parses again. Reuse one to keep its capacity.
struct ParsedBooks
{
    std::vector<ParsedBook> books;
    std::vector<BookLevel> levels; ///< every book's bids and asks, back to back

    std::span<const BookLevel> bids(const ParsedBook& book) const
    {
        return {levels.data() + book.firstBid, book.bidCount};
    }
    std::span<const BookLevel> asks(const ParsedBook& book) const
    {
        return {levels.data() + book.firstAsk, book.askCount};
    }
    void clear()
    {
        books.clear();
        levels.clear();
    }
};

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

    /// parseBooks() without building owning snapshots (no allocation per book once `out` has
    /// grown): the same books, checks and warnings, appended to `out` (cleared first). For
    /// loading whole snapshots, where ~50,000 BookSnapshots cost more than parsing them.
    /// `padded`: `json.data()` is followed by kPadding readable bytes (no copy is made).
    Status parseBooksInto(std::string_view json,
                          bool padded,
                          ParsedBooks& out,
                          std::vector<Error>* warnings);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace polaris
