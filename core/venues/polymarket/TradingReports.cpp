#include "core/venues/polymarket/TradingReports.h"

#include <algorithm>
#include <cctype>

namespace polaris::polymarket {

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x))
                      == std::tolower(static_cast<unsigned char>(y));
           });
}

bool startsWithIgnoreCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() && equalsIgnoreCase(text.substr(0, prefix.size()), prefix);
}

TradeSide opposite(TradeSide side)
{
    return side == TradeSide::Buy ? TradeSide::Sell : TradeSide::Buy;
}

bool ours(std::string_view orderId,
          std::string_view owner,
          std::string_view address,
          const AccountIdentity& account,
          const OrderIdPredicate& isOurOrder)
{
    if (isOurOrder && !orderId.empty() && isOurOrder(orderId)) {
        return true;
    }
    return (!account.apiKey.empty() && owner == account.apiKey)
           || (!account.address.empty() && equalsIgnoreCase(address, account.address));
}

OrderStatusReport baseReport(const OrderIntent& intent, std::string_view venueId)
{
    OrderStatusReport report;
    report.clientOrderId = intent.clientOrderId;
    report.venueOrderId = std::string(venueId);
    report.tokenId = intent.tokenId;
    report.side = intent.side;
    report.limitPrice = intent.limitPrice;
    report.originalShares = intent.shares;
    return report;
}

} // namespace

bool isFailedTrade(const ClobTrade& trade)
{
    return equalsIgnoreCase(trade.status, "FAILED");
}

std::vector<FillReport> accountFills(const ClobTrade& trade,
                                     const AccountIdentity& account,
                                     const OrderIdPredicate& isOurOrder)
{
    std::vector<FillReport> fills;
    if (isFailedTrade(trade)) {
        return fills;
    }
    const std::int64_t timeMs = trade.matchTimeMs > 0 ? trade.matchTimeMs : trade.timestampMs;
    // The taker leg: ours when its order id is ours, or when the venue says we were the taker.
    const bool takerIsUs =
            (isOurOrder && !trade.takerOrderId.empty() && isOurOrder(trade.takerOrderId))
            || (!equalsIgnoreCase(trade.traderSide, "MAKER")
                && ours({}, trade.owner, trade.makerAddress, account, {}));
    if (takerIsUs) {
        fills.push_back(FillReport{trade.id, trade.takerOrderId, trade.assetId, trade.side,
                                   trade.price, trade.size, Decimal(), timeMs});
    }
    for (const MakerFill& maker : trade.makerOrders) {
        if (!ours(maker.orderId, maker.owner, maker.makerAddress, account, isOurOrder)) {
            continue;
        }
        const std::string& token = maker.assetId.empty() ? trade.assetId : maker.assetId;
        TradeSide side = token == trade.assetId ? opposite(trade.side) : trade.side;
        if (maker.side) {
            side = *maker.side;
        }
        fills.push_back(FillReport{trade.id + ":" + maker.orderId, maker.orderId, token, side,
                                   maker.price, maker.matchedAmount, Decimal(), timeMs});
    }
    return fills;
}

OrderState orderStateFromVenue(std::string_view status, Decimal originalSize, Decimal sizeMatched)
{
    const bool complete = originalSize.isPositive() && sizeMatched >= originalSize;
    if (equalsIgnoreCase(status, "LIVE") || equalsIgnoreCase(status, "MATCHED")) {
        return complete ? OrderState::Filled : OrderState::Live;
    }
    if (equalsIgnoreCase(status, "CANCELED") || equalsIgnoreCase(status, "CANCELLED")
        || startsWithIgnoreCase(status, "CANCELED_")) {
        return OrderState::Cancelled;
    }
    if (equalsIgnoreCase(status, "INVALID")) {
        return OrderState::Rejected;
    }
    if (equalsIgnoreCase(status, "DELAYED") || equalsIgnoreCase(status, "UNMATCHED")) {
        return OrderState::Delayed;
    }
    return OrderState::Unknown;
}

OrderStatusReport orderReport(const OpenOrder& order)
{
    OrderStatusReport report;
    report.venueOrderId = order.id;
    report.tokenId = order.assetId;
    report.side = order.side;
    report.limitPrice = order.price;
    report.originalShares = order.originalSize;
    report.filledShares = order.sizeMatched;
    report.state = orderStateFromVenue(order.status, order.originalSize, order.sizeMatched);
    report.message = order.status;
    report.createdAtMs = order.createdAtMs;
    if (startsWithIgnoreCase(order.status, "CANCELED_")) {
        report.error = tradingErrorFromMessage(order.status);
    }
    return report;
}

OrderStatusReport orderEventReport(const UserOrderEvent& event)
{
    OrderStatusReport report = orderReport(event.order);
    if (equalsIgnoreCase(event.type, "CANCELLATION")) {
        report.state = OrderState::Cancelled;
    }
    return report;
}

OrderStatusReport placementReport(const OrderIntent& intent,
                                  const PlaceOrderResult& result,
                                  std::string_view orderHash)
{
    OrderStatusReport report = baseReport(
            intent, result.orderId.empty() ? orderHash : std::string_view(result.orderId));
    report.message = result.errorMsg;
    report.error = tradingErrorFromMessage(result.errorMsg);
    const bool refused =
            !result.success || (result.orderId.empty() && !result.errorMsg.empty())
            || (report.error != TradingError::None && report.error != TradingError::Delayed);
    if (refused) {
        switch (report.error) {
        case TradingError::FokNotFilled:
            report.state = OrderState::Cancelled; // killed: nothing matched
            break;
        case TradingError::Delayed:
            report.state = OrderState::Delayed;
            break;
        case TradingError::None:
            report.error = TradingError::Unknown;
            report.message =
                    "refused without a reason (HTTP " + std::to_string(result.httpStatus) + ")";
            report.state = OrderState::Rejected;
            break;
        default:
            report.state = OrderState::Rejected;
            break;
        }
        return report;
    }
    const Decimal filled =
            intent.side == TradeSide::Buy ? result.takingAmount : result.makingAmount;
    report.filledShares = min(filled, intent.shares);
    const bool taker = intent.type != OrderType::Gtc;
    if (result.status == "matched") {
        if (!result.amountsReported && intent.type == OrderType::Fok) {
            report.filledShares = intent.shares; // a matched FOK is complete by definition
        }
        if (report.filledShares >= intent.shares) {
            report.state = OrderState::Filled;
        } else if (!taker) {
            report.state = OrderState::Live; // the rest rests
        } else if (result.amountsReported) {
            report.state = OrderState::Cancelled; // FAK: the remainder was killed
        } else {
            report.state = OrderState::Unknown;
            report.message = "matched; the venue did not say how much";
        }
    } else if (result.status == "live") {
        report.state = taker ? OrderState::Unknown : OrderState::Live;
    } else if (result.status == "delayed") {
        report.state = OrderState::Delayed;
        report.error = TradingError::Delayed;
    } else if (result.status == "unmatched") {
        report.state = taker ? OrderState::Unknown : OrderState::Live;
    } else {
        report.state = OrderState::Unknown;
        report.message = "accepted with status '" + result.status + "'";
    }
    return report;
}

OrderStatusReport
unknownPlacementReport(const OrderIntent& intent, std::string_view orderHash, std::string message)
{
    OrderStatusReport report = baseReport(intent, orderHash);
    report.state = OrderState::Unknown;
    report.error = TradingError::Transport;
    report.message = std::move(message);
    return report;
}

OrderStatusReport notSentReport(const OrderIntent& intent, TradingError error, std::string message)
{
    OrderStatusReport report = baseReport(intent, {});
    report.state = OrderState::Rejected;
    report.error = error;
    report.message = std::move(message);
    return report;
}

} // namespace polaris::polymarket
