#include "core/venues/polymarket/BookParser.h"

#include "core/venues/polymarket/ClobJson.h"
#include "core/venues/polymarket/MarketMessage.h"

#include <algorithm>
#include <cstring>

namespace polaris {

static_assert(BookParser::kPadding >= simdjson::SIMDJSON_PADDING);

namespace {

BookSnapshot toSnapshot(const BookMessage& book)
{
    BookSnapshot snapshot;
    snapshot.assetId.assign(book.assetId);
    snapshot.market.assign(book.market);
    snapshot.hash.assign(book.hash);
    snapshot.timestampMs = book.timestampMs;
    snapshot.bids.assign(book.bids.begin(), book.bids.end()); // exact size: one allocation per side
    snapshot.asks.assign(book.asks.begin(), book.asks.end());
    snapshot.tickSize = book.tickSize;
    snapshot.minOrderSize = book.minOrderSize;
    snapshot.lastTradePrice = book.lastTradePrice;
    snapshot.negRisk = book.negRisk.value_or(false);
    return snapshot;
}

Error elementError(std::size_t index, std::string_view assetId, const Error& error)
{
    std::string detail = "book #" + std::to_string(index);
    if (!assetId.empty()) {
        detail += " (asset_id " + std::string(assetId) + ")";
    }
    return Error{error.code, detail + ": " + error.detail};
}

} // namespace

struct BookParser::Impl
{
    simdjson::ondemand::parser parser;
    std::unique_ptr<char[]> buffer;
    std::size_t capacity = 0;
    BookMessage scratch; // views into the parser + level vectors reused between books

    std::string_view pad(std::string_view json)
    {
        if (capacity < json.size() + kPadding) {
            capacity = json.size() + kPadding;
            buffer = std::make_unique<char[]>(capacity); // zero-filled, so the padding is defined
        }
        std::memcpy(buffer.get(), json.data(), json.size());
        std::memset(buffer.get() + json.size(), 0, kPadding);
        return std::string_view(buffer.get(), json.size());
    }

    static Error shapeError(simdjson::error_code code, const char* expected)
    {
        if (code == simdjson::INCORRECT_TYPE) {
            return Error{ErrorCode::InvalidFormat, std::string("expected ") + expected};
        }
        return Error{ErrorCode::InvalidFormat, std::string("malformed or truncated JSON (")
                                                       + simdjson::error_message(code) + ")"};
    }

    Result<simdjson::ondemand::document> open(std::string_view padded)
    {
        const std::size_t start = padded.find_first_not_of(" \t\r\n");
        if (start == std::string_view::npos || (padded[start] != '{' && padded[start] != '[')) {
            return Error{ErrorCode::InvalidFormat,
                         "not a JSON object or array: '" + std::string(padded.substr(0, 64)) + "'"};
        }
        simdjson::ondemand::document document;
        if (const auto ec = parser.iterate(padded.data(), padded.size(), padded.size() + kPadding)
                                    .get(document)) {
            return Error{ErrorCode::InvalidFormat,
                         std::string("not JSON: ") + simdjson::error_message(ec)};
        }
        return document;
    }

    /// Reads every book of a JSON array into `scratch` and hands each good one to `take`; bad
    /// ones go to `warnings`. Fails only when the text is not an array or its first book is
    /// truncated.
    template <typename Take>
    Status forEachBook(std::string_view padded, std::vector<Error>* warnings, Take&& take)
    {
        auto opened = open(padded);
        if (!opened.ok()) {
            return opened.error();
        }
        simdjson::ondemand::array array;
        if (const auto ec = opened.value().get_array().get(array)) {
            return shapeError(ec, "a JSON array of books");
        }
        std::size_t index = 0;
        for (auto element : array) {
            clobjson::ElementStatus status;
            scratch.clear();
            simdjson::ondemand::object object;
            if (const auto ec = element.get_object().get(object)) {
                status.failJson(ec, "book");
            } else {
                clobjson::readBookObject(object, status, scratch);
            }
            if (status.fatal && index == 0) {
                return Error{ErrorCode::InvalidFormat, status.error->detail};
            }
            if (status.failed()) {
                if (warnings) {
                    warnings->push_back(elementError(index, scratch.assetId, *status.error));
                }
                if (status.fatal) {
                    break; // truncated: keep the books read so far
                }
            } else {
                take(scratch);
            }
            ++index;
        }
        return okStatus();
    }

    Result<std::vector<BookSnapshot>> parseBooks(std::string_view padded,
                                                 std::vector<Error>* warnings)
    {
        std::vector<BookSnapshot> books;
        const Status status = forEachBook(padded, warnings, [&](const BookMessage& book) {
            books.push_back(toSnapshot(book));
        });
        if (!status.ok()) {
            return status.error();
        }
        return books;
    }

    Status parseBooksInto(std::string_view padded, ParsedBooks& out, std::vector<Error>* warnings)
    {
        out.clear();
        // Room for the levels a payload of this size can hold (a level is at least ~30 bytes of
        // text, a book ~250) up front: growing a 20 MB vector by doubling copies and faults in
        // twice the memory.
        out.levels.reserve(std::max(out.levels.capacity(), padded.size() / 30));
        out.books.reserve(std::max(out.books.capacity(), padded.size() / 250));
        return forEachBook(padded, warnings, [&](const BookMessage& book) {
            ParsedBook& parsed = out.books.emplace_back();
            parsed.assetId = book.assetId;
            parsed.market = book.market;
            parsed.hash = book.hash;
            parsed.timestampMs = book.timestampMs;
            parsed.firstBid = static_cast<std::uint32_t>(out.levels.size());
            parsed.bidCount = static_cast<std::uint32_t>(book.bids.size());
            out.levels.insert(out.levels.end(), book.bids.begin(), book.bids.end());
            parsed.firstAsk = static_cast<std::uint32_t>(out.levels.size());
            parsed.askCount = static_cast<std::uint32_t>(book.asks.size());
            out.levels.insert(out.levels.end(), book.asks.begin(), book.asks.end());
            parsed.tickSize = book.tickSize;
            parsed.minOrderSize = book.minOrderSize;
            parsed.lastTradePrice = book.lastTradePrice;
            parsed.negRisk = book.negRisk.value_or(false);
        });
    }

    Result<BookSnapshot> parseBook(std::string_view padded)
    {
        auto opened = open(padded);
        if (!opened.ok()) {
            return opened.error();
        }
        simdjson::ondemand::object object;
        if (const auto ec = opened.value().get_object().get(object)) {
            return shapeError(ec, "a book object");
        }
        clobjson::ElementStatus status;
        scratch.clear();
        clobjson::readBookObject(object, status, scratch);
        if (status.failed()) {
            std::string detail = "book";
            if (!scratch.assetId.empty()) {
                detail += " (asset_id " + std::string(scratch.assetId) + ")";
            }
            return Error{status.error->code, detail + ": " + status.error->detail};
        }
        return toSnapshot(scratch);
    }
};

BookParser::BookParser()
    : m_impl(std::make_unique<Impl>())
{}
BookParser::~BookParser() = default;

Result<std::vector<BookSnapshot>> BookParser::parseBooks(std::string_view json,
                                                         std::vector<Error>* warnings)
{
    return m_impl->parseBooks(m_impl->pad(json), warnings);
}

Result<BookSnapshot> BookParser::parseBook(std::string_view json)
{
    return m_impl->parseBook(m_impl->pad(json));
}

Result<std::vector<BookSnapshot>> BookParser::parseBooksPadded(std::string_view json,
                                                               std::vector<Error>* warnings)
{
    return m_impl->parseBooks(json, warnings);
}

Result<BookSnapshot> BookParser::parseBookPadded(std::string_view json)
{
    return m_impl->parseBook(json);
}

Status BookParser::parseBooksInto(std::string_view json,
                                  bool padded,
                                  ParsedBooks& out,
                                  std::vector<Error>* warnings)
{
    return m_impl->parseBooksInto(padded ? json : m_impl->pad(json), out, warnings);
}

} // namespace polaris
