#pragma once

#include "core/marketdata/MarketDataService.h"
#include "core/scanner/ScanDriver.h"
#include "core/scanner/ScanSummary.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace polaris {

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

public Q_SLOTS:
    void start();

Q_SIGNALS:
    void statusChanged(polaris::MarketDataStatus status);
    void summaryChanged(polaris::ScanSummary summary);
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
    double m_lastFullScanMs = 0;
};

} // namespace polaris
