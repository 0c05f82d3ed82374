#pragma once

#include "core/util/Result.h"
#include "core/venues/polymarket/TradingTypes.h"

#include <string_view>
#include <vector>

namespace polaris::polymarket {

/// The events of one user-channel frame (spec §5.3), in frame order.
struct UserFrame
{
    std::vector<UserOrderEvent> orders;
    std::vector<ClobTrade> trades;
    /// Kind and index of every event in frame order: (true, i) = trades[i], (false, i) = orders[i].
    std::vector<std::pair<bool, std::size_t>> sequence;
    bool pong = false; ///< the frame was the keep-alive answer "PONG"

    bool empty() const { return orders.empty() && trades.empty(); }
};

/// Parses user-channel frames: one event object or an array of them, `event_type` "order" or
/// "trade" (the `type` field says PLACEMENT / UPDATE / CANCELLATION / TRADE). A frame that is not
/// JSON fails; inside a good frame, a bad or unknown event is reported in `warnings` (may be
/// null) and the other events are kept. Pure C++; any thread.
Result<UserFrame> parseUserFrame(std::string_view text, std::vector<Error>* warnings);

} // namespace polaris::polymarket
