#include "core/marketdata/MarketDataService.h"

#include "core/venues/polymarket/ClobRestClient.h"
#include "core/venues/polymarket/GammaClient.h"
#include "core/venues/polymarket/MarketWsClient.h"

#include <QLoggingCategory>

#include <algorithm>

namespace polaris {

Q_LOGGING_CATEGORY(lcMarketData, "polaris.marketdata")

using namespace polymarket;

namespace {

std::vector<std::string> toStd(const QStringList& ids)
{
    std::vector<std::string> out;
    out.reserve(static_cast<std::size_t>(ids.size()));
    for (const QString& id : ids) {
        out.push_back(id.toStdString());
    }
    return out;
}

QStringList toQt(const std::vector<std::string>& ids)
{
    QStringList out;
    out.reserve(static_cast<qsizetype>(ids.size()));
    for (const std::string& id : ids) {
        out.push_back(QString::fromStdString(id));
    }
    return out;
}

} // namespace

const char* marketDataPhaseName(MarketDataStatus::Phase phase)
{
    switch (phase) {
    case MarketDataStatus::Phase::Starting:
        return "starting";
    case MarketDataStatus::Phase::LoadingEvents:
        return "loading events";
    case MarketDataStatus::Phase::LoadingBooks:
        return "loading books";
    case MarketDataStatus::Phase::Live:
        return "live";
    case MarketDataStatus::Phase::Replay:
        return "replay";
    case MarketDataStatus::Phase::Failed:
        return "failed";
    }
    return "unknown";
}

MarketDataService::MarketDataService(Options options, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_statusTimer(this) // parented, so moveToThread takes it along
{
    qRegisterMetaType<MarketDataStatus>();
    m_statusTimer.setInterval(m_options.statusIntervalMs);
    connect(&m_statusTimer, &QTimer::timeout, this, &MarketDataService::publishStatus);
}

MarketDataService::~MarketDataService()
{
    stop();
}

void MarketDataService::createClients()
{
    m_gammaThread = std::make_unique<WorkerThread>(QStringLiteral("polaris-gamma"));
    m_restThread = std::make_unique<WorkerThread>(QStringLiteral("polaris-clob-rest"));
    m_gamma = m_gammaThread->adopt(new GammaClient(m_options.endpoints.gammaUrl));
    m_rest = m_restThread->adopt(new ClobRestClient(m_options.endpoints.clobUrl));
    MarketWsOptions wsOptions;
    wsOptions.url = m_options.endpoints.wsUrl;
    wsOptions.maxAssetsPerConnection = m_options.maxAssetsPerConnection;
    // A PONG confirms every live book of the feed; pinging well inside ArbConfig::maxBookAgeMs
    // (5 s) keeps quiet but current books from looking stale to the strategies.
    wsOptions.pingIntervalMs = m_options.pingIntervalMs;
    m_ws = new MarketWsClient(wsOptions, this); // this thread: frames are applied where they arrive

    connect(m_gamma, &GammaClient::eventsPage, this,
            [this](const QByteArray& page, int) { onEventsPage(page); });
    connect(m_gamma, &GammaClient::eventsFinished, this, [this](int) { onEventsFinished(); });
    connect(m_gamma, &GammaClient::failed, this, [this](const Error& error) {
        m_lastError = QString::fromStdString(error.detail);
        qCWarning(lcMarketData) << "Gamma:" << m_lastError;
        if (!m_universeLoaded) {
            m_phase = MarketDataStatus::Phase::Failed;
            Q_EMIT failed(tr("Could not load the list of markets: %1").arg(m_lastError));
        }
    });
    connect(m_rest, &ClobRestClient::booksBatch, this,
            [this](const QByteArray& json, const QStringList&) { onBooksBatch(json); });
    connect(m_rest, &ClobRestClient::booksBatchFailed, this,
            [this](const QStringList& ids, const Error& error) {
                m_lastError = QString::fromStdString(error.detail);
                qCWarning(lcMarketData)
                        << "books for" << ids.size() << "tokens failed:" << m_lastError;
            });
    connect(m_rest, &ClobRestClient::booksFinished, this, [this] {
        if (m_phase == MarketDataStatus::Phase::LoadingBooks) {
            m_phase = MarketDataStatus::Phase::Live;
            Q_EMIT initialBooksLoaded();
        }
    });
    connect(m_ws, &MarketWsClient::frame, this,
            [this](int, const QByteArray& text) { onFrame(text); });
    connect(m_ws, &MarketWsClient::heartbeat, this,
            [this](int) { m_ingest.confirmAll(m_clock.nowMs()); });
    connect(m_ws, &MarketWsClient::shardDown, this, [this](int, const QStringList& ids) {
        --m_shardsUp;
        onShardDown(ids);
    });
    connect(m_ws, &MarketWsClient::shardUp, this, [this](int shard, const QStringList& ids) {
        ++m_shardsUp;
        // The first connection of a shard needs no resync: its books are being fetched already.
        if (m_shardsConnectedOnce.contains(shard)) {
            onShardUp(ids);
        }
        m_shardsConnectedOnce.insert(shard);
    });
}

void MarketDataService::start()
{
    if (m_gamma) {
        return;
    }
    createClients();
    m_gammaThread->start();
    m_restThread->start();
    m_phase = MarketDataStatus::Phase::LoadingEvents;
    QMetaObject::invokeMethod(m_gamma, &GammaClient::fetchAllEvents, Qt::QueuedConnection);
    m_statusTimer.start();
}

void MarketDataService::stop()
{
    m_statusTimer.stop();
    if (m_ws) {
        m_ws->stop();
    }
    m_gammaThread.reset(); // quits, waits, deletes the client on its thread
    m_restThread.reset();
    m_gamma = nullptr;
    m_rest = nullptr;
}

void MarketDataService::onEventsPage(const QByteArray& page)
{
    if (m_rawSink) {
        m_rawSink->onEventsPage(page);
    }
    (void)m_ingest.addEventsPage(
            std::string_view(page.constData(), static_cast<std::size_t>(page.size())));
    logNewErrors();
}

void MarketDataService::onEventsFinished()
{
    m_ingest.commitUniverse();
    const Universe& universe = m_ingest.universe();
    const std::vector<std::string> tokens = universe.allTokenIds();
    qCInfo(lcMarketData) << "universe:" << universe.events().size() << "events,"
                         << universe.marketCount() << "markets," << tokens.size() << "tokens";
    Q_EMIT universeReady(int(universe.events().size()), int(universe.marketCount()),
                         int(tokens.size()));
    // Books we have never seen (all of them the first time, new markets on a refresh).
    std::vector<std::string> missing;
    for (const std::string& token : tokens) {
        const OrderBook* book = m_ingest.books().find(token);
        if (!book || book->state() == BookState::Empty) {
            missing.push_back(token);
        }
    }
    const QStringList ids = toQt(missing);
    if (!m_universeLoaded) {
        m_universeLoaded = true;
        m_phase = MarketDataStatus::Phase::LoadingBooks;
        if (m_options.gammaRefreshMs > 0) {
            QMetaObject::invokeMethod(
                    m_gamma,
                    [gamma = m_gamma, ms = m_options.gammaRefreshMs] {
                        gamma->startPeriodicRefresh(ms);
                    },
                    Qt::QueuedConnection);
        }
    }
    if (!ids.isEmpty()) {
        QMetaObject::invokeMethod(
                m_rest, [rest = m_rest, ids] { rest->fetchBooks(ids); }, Qt::QueuedConnection);
        m_ws->subscribe(ids);
        m_shardsTotal = m_ws->shardCount();
    } else if (m_phase == MarketDataStatus::Phase::LoadingBooks) {
        m_phase = MarketDataStatus::Phase::Live;
        Q_EMIT initialBooksLoaded();
    }
}

void MarketDataService::onBooksBatch(const QByteArray& json)
{
    if (m_rawSink) {
        m_rawSink->onBooksBatch(json);
    }
    m_ingest.applyBooks(std::string_view(json.constData(), static_cast<std::size_t>(json.size())),
                        m_clock.nowMs());
    logNewErrors();
}

void MarketDataService::onFrame(const QByteArray& frame)
{
    const std::int64_t now = m_clock.nowMs();
    if (m_rawSink) {
        m_rawSink->onFrame(now, frame);
    }
    m_ingest.applyFrame(std::string_view(frame.constData(), static_cast<std::size_t>(frame.size())),
                        now);
    logNewErrors();
}

void MarketDataService::onShardDown(const QStringList& ids)
{
    qCWarning(lcMarketData) << "market feed lost for" << ids.size()
                            << "tokens; their books are stale";
    m_ingest.markStale(toStd(ids), m_clock.nowMs());
}

void MarketDataService::onShardUp(const QStringList& ids)
{
    // Deltas may have been missed while the shard was down: resynchronise from a REST snapshot.
    if (m_universeLoaded && m_rest) {
        QMetaObject::invokeMethod(
                m_rest, [rest = m_rest, ids] { rest->fetchBooks(ids); }, Qt::QueuedConnection);
    }
}

MarketDataStatus MarketDataService::status() const
{
    MarketDataStatus status;
    status.phase = m_phase;
    const Universe& universe = m_ingest.universe();
    status.events = int(universe.events().size());
    status.markets = int(universe.marketCount());
    const BookStoreCounts counts = m_ingest.books().counts();
    status.books = int(m_ingest.books().size());
    status.booksLive = int(counts.live);
    status.booksStale = int(counts.stale);
    status.booksInvalid = int(counts.invalid);
    status.booksEmpty = int(counts.empty);
    status.shardsUp = m_shardsUp;
    status.shardsTotal = m_ws ? m_ws->shardCount() : 0;
    status.messagesPerSecond = m_messagesPerSecond;
    if (m_ws) {
        for (const polymarket::ShardStats& shard : m_ws->stats()) {
            status.roundTripMs = std::max(status.roundTripMs, shard.roundTripMs);
        }
    }
    status.frames = m_ingest.counters().frames;
    status.errors = m_ingest.counters().errors;
    status.lastError = m_lastError;
    return status;
}

void MarketDataService::publishStatus()
{
    const qint64 now = m_clock.nowMs();
    const quint64 frames = m_ingest.counters().frames;
    if (m_lastStatusMs > 0 && now > m_lastStatusMs) {
        m_messagesPerSecond =
                double(frames - m_framesAtLastStatus) * 1000.0 / double(now - m_lastStatusMs);
    }
    m_framesAtLastStatus = frames;
    m_lastStatusMs = now;
    Q_EMIT statusChanged(status());
}

void MarketDataService::logNewErrors()
{
    const quint64 errors = m_ingest.counters().errors;
    if (errors == m_errorsLogged) {
        return;
    }
    const auto recent = m_ingest.recentErrors();
    const quint64 fresh = std::min<quint64>(errors - m_errorsLogged, recent.size());
    for (std::size_t i = recent.size() - fresh; i < recent.size(); ++i) {
        qCWarning(lcMarketData).noquote()
                << errorCodeName(recent[i].code) << QString::fromStdString(recent[i].detail);
    }
    m_lastError = QString::fromStdString(recent.back().detail);
    m_errorsLogged = errors;
}

} // namespace polaris
