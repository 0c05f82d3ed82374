#pragma once

#include "core/execution/OrderTypes.h"
#include "core/venues/polymarket/TradingTypes.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace polaris::polymarket {

/// How our orders are recognised in venue trades: by order id first, else by the API key that
/// owns them or the funder address that makes them (case-insensitive).
struct AccountIdentity
{
    std::string apiKey;
    std::string address;
};

using OrderIdPredicate = std::function<bool(std::string_view orderId)>;

/// Our fills in one trade (spec §5.3). The top-level fields describe the taker order; when we
/// are a maker, our fills are the entries of maker_orders[] that are ours (one trade can fill
/// several of our maker orders). Taker fills carry the trade id as fillId, maker fills
/// "<trade id>:<maker order id>" so that every fill has its own id. A maker entry without `side`
/// trades the opposite side of the taker on the same token and the same side on the
/// complementary token (a MINT/MERGE match). Fees are left 0: V2 fees are set at match time and
/// the trade carries only a rate (the caller applies the market's fee schedule). A FAILED trade
/// yields no fills.
std::vector<FillReport> accountFills(const ClobTrade& trade,
                                     const AccountIdentity& account,
                                     const OrderIdPredicate& isOurOrder = {});

bool isFailedTrade(const ClobTrade& trade);

/// Our state for a venue order status (LIVE, MATCHED, CANCELED, CANCELED_<reason>, INVALID,
/// DELAYED, UNMATCHED; any case). MATCHED below the original size stays Live.
OrderState orderStateFromVenue(std::string_view status, Decimal originalSize, Decimal sizeMatched);

/// Report for an order read from GET /data/order(s) (clientOrderId left empty).
OrderStatusReport orderReport(const OpenOrder& order);
/// Report for a user-channel order event; a CANCELLATION is Cancelled whatever its status says.
OrderStatusReport orderEventReport(const UserOrderEvent& event);

/// What a placement answer means for one intent. `orderHash` (the signed order's EIP-712 hash)
/// stands in for the venue id when the answer carries none. Filled shares come from the matched
/// amounts (BUY: takingAmount, SELL: makingAmount); a FOK answered "matched" without amounts is
/// complete by definition. FOK kills end Cancelled with FokNotFilled, other refusals Rejected,
/// ORDER_DELAYED Delayed; an answer that does not settle the outcome ends Unknown.
OrderStatusReport placementReport(const OrderIntent& intent,
                                  const PlaceOrderResult& result,
                                  std::string_view orderHash);
/// A placement whose outcome is unknown (timeout, dropped connection, unreadable answer).
OrderStatusReport
unknownPlacementReport(const OrderIntent& intent, std::string_view orderHash, std::string message);
/// An intent that was never sent (it could not be signed, or no request was made).
OrderStatusReport notSentReport(const OrderIntent& intent, TradingError error, std::string message);

} // namespace polaris::polymarket
