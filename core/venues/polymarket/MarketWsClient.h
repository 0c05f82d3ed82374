#pragma once

#include "core/venues/polymarket/MarketWsShard.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

class QTimer;

namespace polaris::polymarket {

/// The Polymarket market channel (spec §5.1) over as many WebSocket connections ("shards") as the
/// subscribed asset ids need, at most maxAssetsPerConnection each. Moves bytes only: frames are
/// emitted raw for MarketMessageParser. Lives on a venue worker thread; shards and their sockets
/// are created lazily by subscribe(), i.e. on that thread. Call the slots through queued
/// connections; stats() only from the worker thread (statsUpdated carries copies elsewhere).
///
/// Resynchronisation contract: shardDown(shard, ids) is emitted the moment a connection is lost
/// (mark those books stale); after the reconnect and resubscription shardUp(shard, ids) follows
/// (re-fetch REST snapshots for those ids). shardUp is also emitted for the first connection.
class MarketWsClient : public QObject
{
    Q_OBJECT
public:
    explicit MarketWsClient(MarketWsOptions options, QObject* parent = nullptr);
    ~MarketWsClient() override;

    QList<ShardStats> stats() const;
    int shardCount() const { return int(m_shards.size()); }
    /// Shard carrying this id, or -1.
    int shardOf(const QString& assetId) const { return m_shardOf.value(assetId, -1); }
    const MarketWsOptions& options() const { return m_options; }

public Q_SLOTS:
    /// Adds ids not yet subscribed: fills shards with free slots first, opens new ones as needed.
    void subscribe(const QStringList& assetIds);
    void unsubscribe(const QStringList& assetIds);
    /// Closes every shard for good (a later subscribe() reconnects the shards it touches).
    void stop();

Q_SIGNALS:
    /// One text frame (a JSON object or array of events) in arrival order per shard; PONGs are
    /// not frames.
    void frame(int shard, QByteArray text);
    /// A PONG arrived on this shard: its books are confirmed alive.
    void heartbeat(int shard);
    void shardDown(int shard, QStringList assetIds);
    void shardUp(int shard, QStringList assetIds);
    void statsUpdated(QList<polaris::polymarket::ShardStats> stats);

private:
    MarketWsShard* addShard();

    MarketWsOptions m_options;
    QList<MarketWsShard*> m_shards; // children
    QHash<QString, int> m_shardOf;
    QTimer* m_statsTimer = nullptr;
};

} // namespace polaris::polymarket
