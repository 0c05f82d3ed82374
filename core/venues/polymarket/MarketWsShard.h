#pragma once

#include "core/venues/polymarket/Backoff.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QTimer;
class QWebSocket;

namespace polaris::polymarket {

/// Settings shared by all shards of one MarketWsClient (spec §5.1).
struct MarketWsOptions
{
    QUrl url = QUrl(QStringLiteral("wss://ws-subscriptions-clob.polymarket.com/ws/market"));
    int maxAssetsPerConnection = 200; ///< the venue stops sending initial books beyond 500
    int pingIntervalMs = 10'000;      ///< text "PING"
    int deadAfterMs = 30'000;         ///< no PONG / no message for this long: socket is dead
    int reconnectBaseMs = 1'000;
    int reconnectCapMs = 60'000;
    int statsIntervalMs = 1'000; ///< MarketWsClient::statsUpdated period; 0 = never
    bool initialDump = true;
    bool customFeatures = true; ///< needed for best_bid_ask / new_market / market_resolved
    qint64 maxMessageBytes = 64LL * 1024 * 1024; ///< larger frames close the connection
};

enum class ShardState {
    Idle,       ///< no assets, not connected
    Connecting, ///< TCP/TLS/WebSocket handshake in progress
    Open,       ///< subscribed; frames flow
    Waiting,    ///< lost; reconnect timer running
    Stopped,    ///< stopped by the owner; no reconnect
};
const char* shardStateName(ShardState state);

/// Health and traffic of one shard, copied out as a value.
struct ShardStats
{
    int shard = -1;
    ShardState state = ShardState::Idle;
    int assets = 0;
    quint64 messages = 0;    ///< data frames, PONGs excluded
    quint64 bytes = 0;       ///< of data frames
    quint64 heartbeats = 0;  ///< PONGs
    qint64 roundTripMs = -1; ///< PING to PONG of the last answered PING; -1 none yet
    int reconnects = 0;      ///< connection attempts after the first
    qint64 lastMessageMs =
            0; ///< wall clock (ms since epoch) of the last frame of any kind; 0 never
};

/// One market-channel WebSocket carrying up to maxAssetsPerConnection asset ids: subscribes,
/// keeps the connection alive with PING/PONG, detects dead sockets and reconnects with backoff.
/// Owned by MarketWsClient and lives on its worker thread; each connection attempt creates a fresh
/// QWebSocket there (as a child), so the shard itself may be constructed on that thread only.
class MarketWsShard : public QObject
{
    Q_OBJECT
public:
    MarketWsShard(int index, const MarketWsOptions& options, QObject* parent = nullptr);
    ~MarketWsShard() override;

    int index() const { return m_index; }
    const QStringList& assets() const { return m_assets; }
    int freeSlots() const { return m_options.maxAssetsPerConnection - int(m_assets.size()); }
    ShardStats stats() const;

    /// Adds ids (caller checked capacity and duplicates). Sends {"operation":"subscribe",…} when
    /// open, otherwise they go into the first frame of the next connection; connects if idle.
    void addAssets(const QStringList& ids);
    /// Removes ids; sends {"operation":"unsubscribe",…} when open; disconnects when none are left.
    void removeAssets(const QStringList& ids);
    /// Closes the socket for good (no reconnect, no shardDown).
    void stop();

    /// The first frame of a connection: {"assets_ids":[…],"type":"market",…}.
    static QByteArray subscribeFrame(const QStringList& ids, bool initialDump, bool customFeatures);
    /// {"operation":"subscribe"|"unsubscribe","assets_ids":[…]} for an open connection.
    static QByteArray operationFrame(const char* operation, const QStringList& ids);

Q_SIGNALS:
    void frame(int shard, QByteArray text);
    void heartbeat(int shard);
    void down(int shard, QStringList assetIds);
    void up(int shard, QStringList assetIds);

private:
    void connectSocket();
    void onConnected();
    void onMessage(const QString& text);
    void onBinary(const QByteArray& data);
    void onWatchdog();
    void dropConnection(const QString& reason);
    void sendText(const QByteArray& utf8);

    int m_index;
    MarketWsOptions m_options;
    QStringList m_assets;
    ShardState m_state = ShardState::Idle;
    QWebSocket* m_socket = nullptr; // current connection (child); replaced on every attempt
    QTimer* m_pingTimer;
    QTimer* m_watchdog;
    QTimer* m_reconnectTimer;
    QElapsedTimer m_lastActivity; // monotonic: frames, PONGs, connection start
    QElapsedTimer m_pingSent;     // monotonic: the last PING, for the round trip
    Backoff m_backoff;
    bool m_healthySinceConnect = false;
    ShardStats m_stats;
};

} // namespace polaris::polymarket

Q_DECLARE_METATYPE(polaris::polymarket::ShardStats)
