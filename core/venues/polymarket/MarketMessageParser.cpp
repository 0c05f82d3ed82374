#include "core/venues/polymarket/MarketMessageParser.h"

#include "core/venues/polymarket/ClobJson.h"
#include "core/venues/polymarket/MarketEventReaders.h"

#include <algorithm>
#include <cstring>

namespace polaris {

using clobjson::ElementStatus;
namespace od = simdjson::ondemand;

namespace {

std::string_view trimmed(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    while (!text.empty() && isSpace(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && isSpace(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

} // namespace

struct MarketMessageParser::Impl
{
    od::parser parser;
    std::unique_ptr<char[]> buffer;
    std::size_t capacity = 0;
    std::size_t maxFrameBytes = kDefaultMaxFrameBytes;

    std::string_view pad(std::string_view frame)
    {
        constexpr std::size_t kPadding = simdjson::SIMDJSON_PADDING;
        if (capacity < frame.size() + kPadding) {
            capacity = std::max<std::size_t>(frame.size() + kPadding, 4096);
            buffer = std::make_unique<char[]>(capacity); // zero-filled padding
        }
        std::memcpy(buffer.get(), frame.data(), frame.size());
        return std::string_view(buffer.get(), frame.size());
    }

    static void addError(MarketFrame& out,
                         std::size_t index,
                         const char* type,
                         std::string_view assetId,
                         const Error& error)
    {
        std::string detail = "event #" + std::to_string(index);
        if (type) {
            detail += " ";
            detail += type;
        }
        if (!assetId.empty()) {
            detail += " (asset_id " + std::string(assetId) + ")";
        }
        out.m_errors.push_back(Error{error.code, detail + ": " + error.detail});
    }

    /// Reads one message into a recycled slot of `pool`; on error gives the slot back and
    /// records the error. Returns false when the document is broken.
    template <typename Message, typename Reader, typename AssetOf>
    bool read(od::object& object,
              std::size_t index,
              MarketEventType type,
              MarketFrame::Pool<Message>& pool,
              MarketFrame& out,
              Reader reader,
              AssetOf assetOf)
    {
        ElementStatus status;
        Message& message = pool.acquire();
        reader(object, status, message);
        if (status.failed()) {
            addError(out, index, marketEventTypeName(type), assetOf(message), *status.error);
            pool.dropLast();
            return !status.fatal;
        }
        out.m_events.push_back(MarketEvent{type, static_cast<std::uint32_t>(pool.size() - 1)});
        return true;
    }

    /// Returns false when the document is broken and nothing after this event can be read.
    bool parseEvent(od::object& object, std::size_t index, MarketFrame& out)
    {
        ElementStatus status;
        od::value typeValue;
        std::string_view type;
        const auto found = object.find_field_unordered("event_type").get(typeValue);
        if (found == simdjson::NO_SUCH_FIELD) {
            addError(out, index, nullptr, {}, Error{ErrorCode::MissingField, "event_type missing"});
            return true;
        }
        if (found) {
            status.failJson(found, "event_type");
        } else if (clobjson::readText(typeValue, "event_type", status, type)) {
            if (const auto ec = object.reset().error()) {
                status.failJson(ec, "event");
            }
        }
        if (status.failed()) {
            addError(out, index, nullptr, {}, *status.error);
            return !status.fatal;
        }
        const auto byAsset = [](const auto& message) { return message.assetId; };
        const auto byMarket = [](const auto& message) { return message.market; };
        if (type == "price_change") {
            return read(object, index, MarketEventType::PriceChange, out.m_priceChanges, out,
                        clobjson::readPriceChange, [](const PriceChangeMessage& m) {
                            return m.changes.empty() ? std::string_view()
                                                     : m.changes.front().assetId;
                        });
        }
        if (type == "book") {
            return read(object, index, MarketEventType::Book, out.m_books, out,
                        clobjson::readBookObject, byAsset);
        }
        if (type == "last_trade_price") {
            return read(object, index, MarketEventType::LastTradePrice, out.m_lastTrades, out,
                        clobjson::readLastTradePrice, byAsset);
        }
        if (type == "best_bid_ask") {
            return read(object, index, MarketEventType::BestBidAsk, out.m_bestBidAsks, out,
                        clobjson::readBestBidAsk, byAsset);
        }
        if (type == "tick_size_change") {
            return read(object, index, MarketEventType::TickSizeChange, out.m_tickSizeChanges, out,
                        clobjson::readTickSizeChange, byAsset);
        }
        if (type == "new_market") {
            return read(object, index, MarketEventType::NewMarket, out.m_newMarkets, out,
                        clobjson::readNewMarket, byMarket);
        }
        if (type == "market_resolved") {
            return read(object, index, MarketEventType::MarketResolved, out.m_resolutions, out,
                        clobjson::readMarketResolved, byMarket);
        }
        addError(out, index, nullptr, {},
                 Error{ErrorCode::UnknownMessage,
                       "unknown event_type '" + std::string(type.substr(0, 64)) + "'"});
        return true;
    }

    bool parse(std::string_view frame, MarketFrame& out)
    {
        out.clear();
        if (frame.size() > maxFrameBytes) {
            out.m_errors.push_back(
                    Error{ErrorCode::TooLarge, "frame of " + std::to_string(frame.size())
                                                       + " bytes exceeds the limit of "
                                                       + std::to_string(maxFrameBytes)});
            return false;
        }
        const std::string_view text = trimmed(frame);
        if (text == "PONG") {
            return true; // keep-alive answer
        }
        if (text.empty() || (text.front() != '{' && text.front() != '[')) {
            out.m_errors.push_back(
                    Error{ErrorCode::InvalidFormat,
                          "frame is not JSON: '" + std::string(text.substr(0, 64)) + "'"});
            return false;
        }
        const std::string_view padded = pad(text);
        od::document document;
        if (const auto ec = parser.iterate(padded.data(), padded.size(), capacity).get(document)) {
            out.m_errors.push_back(
                    Error{ErrorCode::InvalidFormat,
                          std::string("malformed JSON frame: ") + simdjson::error_message(ec)});
            return false;
        }
        if (text.front() == '{') {
            od::object object;
            if (const auto ec = document.get_object().get(object)) {
                out.m_errors.push_back(
                        Error{ErrorCode::InvalidFormat,
                              std::string("malformed JSON frame: ") + simdjson::error_message(ec)});
                return false;
            }
            parseEvent(object, 0, out);
            return out.m_errors.empty();
        }
        od::array array;
        if (const auto ec = document.get_array().get(array)) {
            out.m_errors.push_back(
                    Error{ErrorCode::InvalidFormat,
                          std::string("malformed JSON frame: ") + simdjson::error_message(ec)});
            return false;
        }
        std::size_t index = 0;
        for (auto element : array) {
            od::object object;
            if (const auto ec = element.get_object().get(object)) {
                ElementStatus status;
                status.failJson(ec, "event");
                addError(out, index, nullptr, {}, *status.error);
                if (status.fatal) {
                    break;
                }
            } else if (!parseEvent(object, index, out)) {
                break;
            }
            ++index;
        }
        return out.m_errors.empty();
    }
};

MarketMessageParser::MarketMessageParser(std::size_t maxFrameBytes)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->maxFrameBytes = maxFrameBytes;
}

MarketMessageParser::~MarketMessageParser() = default;

std::size_t MarketMessageParser::maxFrameBytes() const
{
    return m_impl->maxFrameBytes;
}

void MarketMessageParser::setMaxFrameBytes(std::size_t bytes)
{
    m_impl->maxFrameBytes = bytes;
}

bool MarketMessageParser::parse(std::string_view frame, MarketFrame& out)
{
    return m_impl->parse(frame, out);
}

} // namespace polaris
