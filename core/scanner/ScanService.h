#pragma once

#include "core/marketdata/MarketDataService.h"
#include "core/scanner/ScanDriver.h"
#include "core/scanner/ScanSummary.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace polaris {

class ConfidenceProvider;

/// The market as the scan thread sees it, for a visitor running on that thread (see
/// ScanService::visitMarket). References are valid only during the visit.
struct ScanMarketView
{
    const Universe& universe;
    const BookStore& books;
    const ConfidenceProvider& confidence; ///< strategy G's price history
    const ArbConfig& config;
    std::uint64_t universeVersion = 0; ///< changes whenever `universe` is replaced
};

/// The market-data thread's root object: owns the MarketDataService and the ScanDriver on one
/// thread, so book updates reach the strategies synchronously, and publishes ScanSummary values
/// for the GUI at most every `publishIntervalMs` (only painting is throttled, never the scan).
/// Adopt it into a WorkerThread and call start() there.
class ScanService : public QObject
{
    Q_OBJECT
public:
    ScanService(MarketDataService::Options marketData,
                ArbConfig config,
                const Clock& clock,
                QObject* parent = nullptr);
    ~ScanService() override;

    /// Runs `visit` with the current universe and books, on this object's thread only (other
    /// threads: QMetaObject::invokeMethod with Qt::BlockingQueuedConnection, never from the GUI
    /// thread). Lets the execution thread re-quote from the same books the scanner reads without
    /// copying the market. False, without visiting, before start().
    bool visitMarket(const std::function<void(const ScanMarketView&)>& visit);

public Q_SLOTS:
    void start();
    /// New thresholds (the settings dialog): the scanner is rebuilt and rescans at once.
    void setConfig(const polaris::ArbConfig& config);
    /// A full scan now (View > Refresh), once the first books are in.
    void requestFullScan();

Q_SIGNALS:
    void statusChanged(polaris::MarketDataStatus status);
    void summaryChanged(polaris::ScanSummary summary);
    /// Layer 1 and Layer 2 refusals of the current scan, counted before the summary's cap (for
    /// ExecutionService::setScanRefusals). Emitted with every summary.
    void scanRefusals(int layer1, int layer2);
    void failed(QString message);

private:
    void fullScan();
    void publish();

    MarketDataService::Options m_marketDataOptions;
    ArbConfig m_config;
    const Clock& m_clock;
    std::unique_ptr<MarketDataService> m_marketData;
    std::unique_ptr<ScanDriver> m_driver;
    QTimer m_publishTimer;
    QTimer m_fullScanTimer;
    bool m_changed = false;
    bool m_scanReady = false; // the first books are in: scans mean something
    double m_lastFullScanMs = 0;
};

} // namespace polaris
