#pragma once

#include "core/sim/HttpMessage.h"
#include "core/sim/SimExchange.h"
#include "core/sim/SimFaults.h"

#include <optional>

namespace polaris::sim {

/// An answer of the trading API and how much later to send it (the order_delay_ms fault).
struct SimTradingReply
{
    HttpResponse response;
    int delayMs = 0;
};

/// The CLOB's authenticated endpoints over SimExchange, with the venue's shapes and texts:
///   L1: POST /auth/api-key, GET /auth/derive-api-key -> {"apiKey","secret","passphrase"};
///       bad headers -> 401 {"error":"Invalid L1 Request headers"}
///   L2 (bad headers -> 401 {"error":"Unauthorized/Invalid api key"}):
///       GET /auth/api-keys; POST /order, POST /orders (1..15); DELETE /order, /orders,
///       /cancel-all, /cancel-market-orders; GET /data/order/{id}, /data/orders, /data/trades
///       (paged {"data","next_cursor","limit","count"}, cursors "MA==" ... "LTE="),
///       GET /balance-allowance (+ /update).
/// Lives on SimServer's thread.
class SimTradingApi
{
public:
    SimTradingApi(SimExchange& exchange, SimFaults& faults)
        : m_exchange(exchange)
        , m_faults(faults)
    {}

    /// The reply, or nullopt when the path is not a trading path.
    std::optional<SimTradingReply> handle(const HttpRequest& request, std::int64_t nowMs);

private:
    HttpResponse credentials(const HttpRequest& request);
    HttpResponse postOrder(const HttpRequest& request, const SimApiKey& key, std::int64_t nowMs);
    HttpResponse postOrders(const HttpRequest& request, const SimApiKey& key, std::int64_t nowMs);
    HttpResponse cancel(const HttpRequest& request, const SimApiKey& key, std::int64_t nowMs);
    HttpResponse order(const QString& id, const SimApiKey& key);
    HttpResponse orders(const HttpRequest& request, const SimApiKey& key);
    HttpResponse trades(const HttpRequest& request, const SimApiKey& key);
    HttpResponse balance(const HttpRequest& request, const SimApiKey& key);
    HttpResponse apiKeys(const SimApiKey& key) const;

    SimExchange& m_exchange;
    SimFaults& m_faults;
};

} // namespace polaris::sim
