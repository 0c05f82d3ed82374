#pragma once

#include "core/marketdata/MarketDataIngest.h"
#include "core/marketdata/MarketDataStatus.h"
#include "core/util/Clock.h"
#include "core/venues/polymarket/VenueEndpoints.h"
#include "core/venues/polymarket/WorkerThread.h"

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace polaris {

namespace polymarket {
class GammaClient;
class ClobRestClient;
class MarketWsClient;
} // namespace polymarket

/// Receives every raw payload as it arrives, for `polaris-arb record`.
class RawPayloadSink
{
public:
    virtual ~RawPayloadSink() = default;
    virtual void onEventsPage(const QByteArray& page) = 0;
    virtual void onBooksBatch(const QByteArray& json) = 0;
    virtual void onFrame(std::int64_t receivedAtMs, const QByteArray& frame) = 0;
};

/// The live Polymarket market-data pipeline: Gamma pages -> universe -> POST /books snapshots ->
/// market WebSocket, kept consistent through disconnects (books of a dropped shard go stale at
/// once and are resynchronised from REST when it is back). Gamma and CLOB REST clients run on
/// their own worker threads; the WebSocket client and the ingest (parse -> books -> listener)
/// run on the thread this object lives on, so the decision path never crosses a thread.
/// Create it, move it to the market-data thread if wanted, then call start() there.
class MarketDataService : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        polymarket::VenueEndpoints endpoints;
        int maxAssetsPerConnection = 200;
        int gammaRefreshMs = 5 * 60 * 1000; ///< incremental refresh of the universe
        int statusIntervalMs = 1000;
        int pingIntervalMs = 2000;
    };

    MarketDataService(Options options, const Clock& clock, QObject* parent = nullptr);
    ~MarketDataService() override;

    MarketDataIngest& ingest() { return m_ingest; }
    void setRawSink(RawPayloadSink* sink) { m_rawSink = sink; }
    MarketDataStatus status() const;

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void universeReady(int events, int markets, int tokens);
    /// Every book has had its first REST snapshot (or failed to).
    void initialBooksLoaded();
    void statusChanged(polaris::MarketDataStatus status);
    void failed(QString message);

private:
    void createClients();
    void onEventsPage(const QByteArray& page);
    void onEventsFinished();
    void onBooksBatch(const QByteArray& json);
    void onFrame(const QByteArray& frame);
    void onShardDown(const QStringList& ids);
    void onShardUp(const QStringList& ids);
    void publishStatus();
    void logNewErrors();

    Options m_options;
    const Clock& m_clock;
    MarketDataIngest m_ingest;
    RawPayloadSink* m_rawSink = nullptr;
    std::unique_ptr<polymarket::WorkerThread> m_gammaThread;
    std::unique_ptr<polymarket::WorkerThread> m_restThread;
    polymarket::GammaClient* m_gamma = nullptr;
    polymarket::ClobRestClient* m_rest = nullptr;
    polymarket::MarketWsClient* m_ws = nullptr;
    QTimer m_statusTimer;
    MarketDataStatus::Phase m_phase = MarketDataStatus::Phase::Starting;
    bool m_universeLoaded = false;
    int m_shardsUp = 0;
    QSet<int> m_shardsConnectedOnce;
    int m_shardsTotal = 0;
    quint64 m_framesAtLastStatus = 0;
    qint64 m_lastStatusMs = 0;
    double m_messagesPerSecond = 0;
    quint64 m_errorsLogged = 0;
    QString m_lastError;
};

} // namespace polaris
