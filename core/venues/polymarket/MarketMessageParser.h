#pragma once

#include "core/venues/polymarket/MarketFrame.h"

#include <cstddef>
#include <memory>
#include <string_view>

namespace polaris {

/// Parses text frames of the Polymarket CLOB market channel (spec §5.1-5.2) into a MarketFrame:
/// `book`, `price_change` (flat 2024, legacy `changes[]` and current `price_changes[]` schemas),
/// `tick_size_change`, `last_trade_price`, `best_bid_ask`, `new_market`, `market_resolved`.
///
/// A frame may be one event object or an array of them; the text `PONG` (keep-alive answer) yields
/// an empty frame. Each bad element gives one Error in MarketFrame::errors() and the good
/// elements of the same frame are kept: unknown event_type -> UnknownMessage, absent field ->
/// MissingField, bad number -> the Decimal error, price outside (0,1) -> OutOfRange, malformed or
/// truncated JSON -> InvalidFormat (elements before the damage are kept), frame above the byte
/// limit
/// -> TooLarge.
///
/// Hot path: the frame is copied into a reused padded buffer and parsed with simdjson On-Demand;
/// after warm-up (buffers grown to the largest frame seen) parse() does not allocate unless it
/// reports an error. Lives on the thread that receives the frames; one instance per connection.
class MarketMessageParser
{
public:
    static constexpr std::size_t kDefaultMaxFrameBytes = 16 * 1024 * 1024;

    explicit MarketMessageParser(std::size_t maxFrameBytes = kDefaultMaxFrameBytes);
    ~MarketMessageParser();
    MarketMessageParser(const MarketMessageParser&) = delete;
    MarketMessageParser& operator=(const MarketMessageParser&) = delete;

    std::size_t maxFrameBytes() const;
    void setMaxFrameBytes(std::size_t bytes);

    /// Clears `out` and fills it from `frame`. Views in `out` stay valid until the next call.
    /// Returns true when the frame had no error.
    bool parse(std::string_view frame, MarketFrame& out);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace polaris
