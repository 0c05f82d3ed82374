#include "core/venues/polymarket/MarketWsClient.h"

#include <QLoggingCategory>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace polaris::polymarket {

namespace {
Q_LOGGING_CATEGORY(lcPmWsClient, "polaris.polymarket.ws")
}

MarketWsClient::MarketWsClient(MarketWsOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_options.maxAssetsPerConnection = std::max(1, m_options.maxAssetsPerConnection);
}

MarketWsClient::~MarketWsClient() = default;

QList<ShardStats> MarketWsClient::stats() const
{
    QList<ShardStats> all;
    all.reserve(m_shards.size());
    for (const MarketWsShard* shard : m_shards) {
        all.append(shard->stats());
    }
    return all;
}

MarketWsShard* MarketWsClient::addShard()
{
    auto* shard = new MarketWsShard(int(m_shards.size()), m_options, this);
    connect(shard, &MarketWsShard::frame, this, &MarketWsClient::frame);
    connect(shard, &MarketWsShard::heartbeat, this, &MarketWsClient::heartbeat);
    connect(shard, &MarketWsShard::down, this, &MarketWsClient::shardDown);
    connect(shard, &MarketWsShard::up, this, &MarketWsClient::shardUp);
    m_shards.append(shard);
    if (!m_statsTimer && m_options.statsIntervalMs > 0) {
        m_statsTimer = new QTimer(this); // first subscribe(): on the worker thread
        connect(m_statsTimer, &QTimer::timeout, this, [this] { Q_EMIT statsUpdated(stats()); });
        m_statsTimer->start(m_options.statsIntervalMs);
    }
    return shard;
}

void MarketWsClient::subscribe(const QStringList& assetIds)
{
    // Group the new ids per shard first, so each shard gets one frame for this call.
    QHash<int, QStringList> additions;
    QList<int> order;
    QSet<QString> seen;
    int cursor = 0;
    for (const QString& id : assetIds) {
        if (id.isEmpty() || m_shardOf.contains(id) || seen.contains(id)) {
            continue;
        }
        seen.insert(id);
        while (cursor < m_shards.size()
               && m_shards[cursor]->freeSlots() - int(additions.value(cursor).size()) <= 0) {
            ++cursor;
        }
        if (cursor == m_shards.size()) {
            addShard();
        }
        if (!additions.contains(cursor)) {
            order.append(cursor);
        }
        additions[cursor].append(id);
        m_shardOf.insert(id, cursor);
    }
    for (int index : std::as_const(order)) {
        m_shards[index]->addAssets(additions.value(index));
    }
    if (!order.isEmpty()) {
        qCDebug(lcPmWsClient) << "subscribed" << seen.size()
                              << "new assets; shards:" << m_shards.size();
    }
}

void MarketWsClient::unsubscribe(const QStringList& assetIds)
{
    QHash<int, QStringList> removals;
    for (const QString& id : assetIds) {
        const int shard = m_shardOf.value(id, -1);
        if (shard >= 0) {
            removals[shard].append(id);
            m_shardOf.remove(id);
        }
    }
    for (auto it = removals.cbegin(); it != removals.cend(); ++it) {
        m_shards[it.key()]->removeAssets(it.value());
    }
}

void MarketWsClient::stop()
{
    for (MarketWsShard* shard : std::as_const(m_shards)) {
        shard->stop();
    }
    if (m_statsTimer) {
        m_statsTimer->stop();
        Q_EMIT statsUpdated(stats());
    }
}

} // namespace polaris::polymarket
