#include "core/scanner/ScanService.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>

namespace polaris {

namespace {
constexpr int kPublishIntervalMs = 250;
// A full scan can refuse tens of thousands of candidates (every stale or thin book); the GUI
// only needs the closest ones, and copying them all four times a second would cost more than
// the scan. Keep the ones with the best edge (no edge sorts last).
constexpr std::size_t kMaxRefusals = 2000;
} // namespace

ScanService::ScanService(MarketDataService::Options marketData,
                         ArbConfig config,
                         const Clock& clock,
                         QObject* parent)
    : QObject(parent)
    , m_marketDataOptions(std::move(marketData))
    , m_config(config)
    , m_clock(clock)
    , m_publishTimer(this) // parented, so moveToThread takes the timers along
    , m_fullScanTimer(this)
{
    qRegisterMetaType<ScanSummary>();
    qRegisterMetaType<MarketDataStatus>();
}

ScanService::~ScanService()
{
    // The driver is the ingest's listener: stop the feed before the driver goes away.
    m_marketData.reset();
}

void ScanService::start()
{
    m_marketData = std::make_unique<MarketDataService>(m_marketDataOptions, m_clock);
    m_driver = std::make_unique<ScanDriver>(m_config);
    m_driver->setScanThreads(ArbScanner::availableScanThreads());
    m_marketData->ingest().setListener(m_driver.get());
    m_driver->setCallback([this](const ArbScanner&, const OpportunityDiff& diff, std::int64_t) {
        m_changed = m_changed || !diff.empty();
    });
    connect(m_marketData.get(), &MarketDataService::statusChanged, this,
            &ScanService::statusChanged);
    connect(m_marketData.get(), &MarketDataService::failed, this, &ScanService::failed);
    connect(m_marketData.get(), &MarketDataService::initialBooksLoaded, this, [this] {
        m_scanReady = true;
        fullScan();
        m_driver->setIncremental(true);
        m_fullScanTimer.start(m_config.scanIntervalNormalS * 1000);
    });
    // Time alone changes bonds and tail-end candidates: a periodic full scan catches them.
    connect(&m_fullScanTimer, &QTimer::timeout, this, &ScanService::fullScan);
    connect(&m_publishTimer, &QTimer::timeout, this, [this] {
        if (m_changed) {
            publish();
        }
    });
    m_publishTimer.start(kPublishIntervalMs);
    m_marketData->start();
}

bool ScanService::visitMarket(const std::function<void(const ScanMarketView&)>& visit)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!m_marketData || !m_driver) {
        return false;
    }
    const MarketDataIngest& ingest = m_marketData->ingest();
    visit(ScanMarketView{ingest.universe(), ingest.books(), m_driver->priceHistory(), m_config,
                         m_driver->universeVersion()});
    return true;
}

void ScanService::setConfig(const ArbConfig& config)
{
    m_config = config;
    if (!m_driver || !m_marketData) {
        return; // start() builds the driver from m_config
    }
    const MarketDataIngest& ingest = m_marketData->ingest();
    m_driver->setConfig(config, m_scanReady ? &ingest.universe() : nullptr, ingest.books());
    if (m_scanReady) {
        m_fullScanTimer.start(m_config.scanIntervalNormalS * 1000);
    }
    m_changed = true;
}

void ScanService::requestFullScan()
{
    if (m_driver && m_scanReady) {
        fullScan();
    }
}

void ScanService::fullScan()
{
    QElapsedTimer timer;
    timer.start();
    m_driver->fullScan(m_marketData->ingest().books(), m_clock.nowMs());
    m_lastFullScanMs = double(timer.nsecsElapsed()) / 1e6;
    m_changed = true;
}

void ScanService::publish()
{
    m_changed = false;
    ScanSummary summary;
    summary.opportunities = m_driver->scanner().opportunities();
    std::sort(summary.opportunities.begin(), summary.opportunities.end(),
              [](const Opportunity& a, const Opportunity& b) {
                  return a.netProfit != b.netProfit ? a.netProfit > b.netProfit : a.id < b.id;
              });
    for (const Opportunity& opportunity : summary.opportunities) {
        ++summary.perStrategy[static_cast<std::size_t>(opportunity.strategy)];
    }
    summary.refusals = m_driver->scanner().refusals();
    summary.refusalCount = int(summary.refusals.size());
    int layer1 = 0;
    for (const Refusal& refusal : summary.refusals) {
        layer1 += refusalLayer(refusal.reason) == RiskLayer::DataIntegrity ? 1 : 0;
    }
    const auto closer = [](const Refusal& a, const Refusal& b) {
        if (a.edge.has_value() != b.edge.has_value()) {
            return a.edge.has_value();
        }
        if (a.edge && *a.edge != *b.edge) {
            return *a.edge > *b.edge;
        }
        return a.id < b.id;
    };
    if (summary.refusals.size() > kMaxRefusals) {
        std::partial_sort(summary.refusals.begin(), summary.refusals.begin() + kMaxRefusals,
                          summary.refusals.end(), closer);
        summary.refusals.resize(kMaxRefusals);
    } else {
        std::sort(summary.refusals.begin(), summary.refusals.end(), closer);
    }
    summary.asOfMs = m_clock.nowMs();
    summary.lastFullScanMs = m_lastFullScanMs;
    Q_EMIT summaryChanged(summary);
    Q_EMIT scanRefusals(layer1, summary.refusalCount - layer1);
}

} // namespace polaris
