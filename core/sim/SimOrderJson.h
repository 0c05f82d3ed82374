#pragma once

#include "core/sim/SimOrderStore.h"
#include "core/sim/SimUniverse.h"

#include <QJsonObject>
#include <QString>

#include <string>
#include <vector>

namespace polaris::sim {

/// The answer to one order of POST /order(s) (spec §4.4 OrderResponse).
struct SimPlaceResult
{
    int httpStatus = 200; ///< not 200: the whole answer is {"error": errorMsg}
    bool success = true;
    std::string orderId;
    std::string status;  ///< "matched", "live", "unmatched" or "" when refused
    bool traded = false; ///< making/taking are "" when nothing traded, like the venue
    Decimal making;
    Decimal taking;
    std::string errorMsg;
    std::vector<std::string> transactionHashes;
    std::vector<std::string> tradeIds;
};

/// JSON shapes of the trading side of the simulator, field for field as the venue sends them
/// (spec §4.4/4.5 and the S9 user-channel captures): OpenOrder, Trade, the user channel's
/// `order` and `trade` events, and OrderResponse. QJsonObject sorts keys alphabetically, which is
/// also the key order of the recorded user-channel captures. Stateless; SimServer's thread.
class SimOrderJson
{
public:
    /// OpenOrder (GET /data/order/{id}, GET /data/orders).
    static QJsonObject openOrder(const SimOrder& order, const SimUniverse& universe);
    /// Trade (GET /data/trades) as `viewer` sees it: trader_side TAKER when the viewer's order is
    /// the taker, else MAKER; the top-level owner / maker_address are always the taker's.
    static QJsonObject
    trade(const SimTrade& trade, const SimUniverse& universe, bool viewerIsTaker);
    /// User-channel `order` event; `type` PLACEMENT, UPDATE or CANCELLATION.
    static QJsonObject orderEvent(const SimOrder& order,
                                  const SimUniverse& universe,
                                  const char* type,
                                  const QString& status,
                                  std::int64_t nowMs);
    /// User-channel `trade` event (type TRADE) with the trade's current status.
    static QJsonObject tradeEvent(const SimTrade& trade,
                                  const SimUniverse& universe,
                                  bool viewerIsTaker,
                                  std::int64_t nowMs);
    static QJsonObject placeResult(const SimPlaceResult& result);

    static const char* statusName(SimOrderStatus status); ///< LIVE, MATCHED, CANCELED
    static const char* tradeStatusName(SimTradeStatus status);
    static const char* sideName(TradeSide side);
};

} // namespace polaris::sim
