#pragma once

#include "core/sim/MarketWalker.h"
#include "core/sim/SimUniverse.h"

#include <QJsonArray>
#include <QObject>
#include <QWebSocketServer>

#include <functional>
#include <memory>
#include <unordered_set>
#include <vector>

class QWebSocket;

namespace polaris::sim {

/// The CLOB market channel (/ws/market): subscribe frames, dynamic (un)subscribe, PING/PONG,
/// `book` snapshots as one JSON array frame, then current-schema `price_change` and
/// `last_trade_price` events for the subscribed assets only; `best_bid_ask` too when the client
/// set custom_feature_enabled. At most 500 assets per connection, like the venue: ids beyond
/// that are ignored (no snapshot, no changes). Owns the QWebSocketServer and the client sockets;
/// lives on SimServer's thread.
class SimWsHub : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxAssetsPerConnection = 500;

    explicit SimWsHub(SimUniverse& universe, QObject* parent = nullptr);
    ~SimWsHub() override;

    /// Takes a TCP socket whose (unread) first request is a WebSocket upgrade.
    void handleConnection(QTcpSocket* socket);
    /// Sends a price_change for the subscribed assets of one applied change set.
    void publishChanges(const MarketChangeSet& set, std::int64_t nowMs);
    void publishTrade(const TradePrint& trade, std::int64_t nowMs);
    /// Sends one malformed frame to each connection (truncated JSON and unknown event_type in
    /// turn), or to each with probability `rate` when rate < 1 (draws from `roll`).
    void sendMalformed(double rate, const std::function<double()>& roll);
    /// Aborts every connection (no close handshake: a network drop).
    void dropAll();
    int connectionCount() const { return static_cast<int>(m_clients.size()); }

Q_SIGNALS:
    void connectionCountChanged(int count);

private:
    struct Client
    {
        QWebSocket* socket = nullptr;
        std::unordered_set<int> assets;
        bool customFeatures = false;
    };

    void onNewConnection();
    void onText(Client* client, const QString& message);
    /// Adds assets (up to the cap) and sends their books as one array frame.
    void subscribe(Client* client, const QJsonArray& ids);
    void removeClient(QWebSocket* socket);

    SimUniverse& m_universe;
    QWebSocketServer m_server;
    std::vector<std::unique_ptr<Client>> m_clients;
    int m_malformedCounter = 0;
};

} // namespace polaris::sim
