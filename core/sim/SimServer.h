#pragma once

#include "core/sim/MarketWalker.h"
#include "core/sim/SimClobApi.h"
#include "core/sim/SimExchange.h"
#include "core/sim/SimFaults.h"
#include "core/sim/SimGammaApi.h"
#include "core/sim/SimTradingApi.h"
#include "core/sim/SimUniverse.h"
#include "core/sim/SimUserHub.h"
#include "core/sim/SimWsHub.h"
#include "core/util/Result.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTimer>

#include <memory>

namespace polaris::sim {

class HttpConnection;
struct HttpRequest;
struct HttpResponse;

struct SimServerOptions
{
    quint16 port = 0;        ///< 0 = any free port
    int tickMs = 200;        ///< walk period; 0 = no timer (steps only through /sim/walk or tick())
    int changesPerTick = 10; ///< random-walk changes per tick
    double mispricingRate = 0.0; ///< probability per tick of injecting a mispricing
    int mispricingMinTicks = 10; ///< how long a mispricing lasts (ticks, uniform in [min, max])
    int mispricingMaxTicks = 30;
    double tradeRate = 0.3; ///< probability per tick of a last_trade_price print
    std::uint64_t seed = 1; ///< walk and fault randomness
    SimFaults faults;
    SimExchangeOptions exchange; ///< the matching engine (starting balance, chain, timings)
    QByteArray meta;             ///< snapshot meta.json, served at /sim/meta
};

/// The local Polymarket simulator: one QTcpServer on 127.0.0.1 serving Gamma and CLOB REST over
/// HTTP/1.1, the CLOB market channel WebSocket at /ws/market and the user channel at /ws/user on
/// the same port, and a matching engine behind the real trading endpoints (SimTradingApi,
/// SimExchange; docs/simulator.md describes auth, matching rules and shapes). Owns the universe,
/// the random walk, the hubs, the exchange and the fault switches; everything runs on the thread
/// that owns this object (its event loop).
///
/// Trading: L1 `POST /auth/api-key`, `GET /auth/derive-api-key` issue deterministic credentials
/// per (address, nonce); L2-signed `POST /order`, `POST /orders`, `DELETE /order`, `/orders`,
/// `/cancel-all`, `/cancel-market-orders`, `GET /data/order/{id}`, `/data/orders`,
/// `/data/trades`, `/balance-allowance`, `/auth/api-keys`. Orders match price-time against the
/// simulated book (whose consumed levels are published as price_change / last_trade_price) and
/// against the accounts' other resting orders; resting orders are filled when the walk moves the
/// other side through their price. Every wallet starts with options.exchange.startingBalance.
///
/// Fault switches (SimFaults, runtime through POST /sim/faults): http_error_status/_rate/_next,
/// http_delay_ms, ws_drop_now, ws_drop_every_s, ws_malformed_rate/_next (market data), and for
/// trading order_reject_next + order_reject_message (refuse the next N orders with a venue
/// text), fill_fraction (partial fills), order_delay_ms (late answers, matching on arrival),
/// reject_as_http_error (refusals as HTTP 400), competing_taker_rate + competing_taker_fraction
/// (a competing taker takes part of the levels just before our order matches),
/// user_ws_drop_now and user_ws_drop_every_s (drop the user-channel sockets).
///
/// Control endpoints (never faulted):
///   GET  /sim/status  counts, ticks, connections, open orders, trades
///   GET  /sim/meta    the snapshot's meta.json ({} when generated)
///   GET|POST /sim/faults  read / change fault switches (see SimFaults)
///   POST /sim/walk    {"running":bool, "steps":N, "mispricing":"negrisk"|"binary"|"any",
///                      "clear_mispricings":true} -> {"running","ticks","active_mispricings",
///                      "mispricing_event_id" (when one was injected, else null)}
///   GET  /sim/account?address=0x..  a wallet: collateral, reserved, positions by token id
///   POST /sim/account {"address","collateral":"<decimal>","positions":{"<token id>":"<shares>"}}
///                     sets a wallet's holdings (absolute values)
class SimServer : public QObject
{
    Q_OBJECT

public:
    SimServer(std::unique_ptr<SimUniverse> universe,
              SimServerOptions options,
              QObject* parent = nullptr);
    ~SimServer() override;

    Status listen();
    quint16 port() const { return m_tcp.serverPort(); }
    QString httpUrl() const;
    QString wsUrl() const;
    QString userWsUrl() const;

    SimUniverse& universe() { return *m_universe; }
    MarketWalker& walker() { return m_walker; }
    SimWsHub& ws() { return m_ws; }
    SimExchange& exchange() { return m_exchange; }
    SimUserHub& userWs() { return m_userHub; }
    const SimFaults& faults() const { return m_faults; }
    Status setFaults(const QJsonObject& changes);

    void setWalkRunning(bool running) { m_walkRunning = running; }
    bool walkRunning() const { return m_walkRunning; }
    /// One tick now: faults, then (if `walk`) one random-walk step published to subscribers.
    void tick(bool walk = true);
    /// Injects a mispricing now; returns the event index or -1.
    int injectMispricing(MarketWalker::MispricingKind kind);
    std::int64_t ticks() const { return m_ticks; }

private:
    void onNewConnection();
    void onRequest(HttpConnection* connection, const HttpRequest& request);
    HttpResponse control(const HttpRequest& request);
    HttpResponse walkControl(const HttpRequest& request);
    HttpResponse status() const;
    HttpResponse account(const HttpRequest& request);
    void updateDropTimer();

    std::unique_ptr<SimUniverse> m_universe;
    SimServerOptions m_options;
    SimFaults m_faults;
    MarketWalker m_walker;
    SimGammaApi m_gamma;
    SimClobApi m_clob;
    SimWsHub m_ws;
    SimExchange m_exchange;
    SimTradingApi m_trading;
    SimUserHub m_userHub;
    QTcpServer m_tcp;
    QTimer m_tickTimer;
    QTimer m_dropTimer;
    QTimer m_userDropTimer;
    QRandomGenerator m_faultRng;
    bool m_walkRunning = true;
    std::int64_t m_ticks = 0;
};

} // namespace polaris::sim
