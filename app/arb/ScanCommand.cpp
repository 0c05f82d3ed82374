#include "app/arb/Commands.h"
#include "app/arb/ScanPrinter.h"

#include "core/marketdata/MarketDataService.h"
#include "core/scanner/ScanDriver.h"
#include "core/snapshot/SnapshotReplay.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

using namespace polaris;

namespace {

int fail(const QString& message)
{
    QTextStream(stderr) << "polaris-arb: " << message << '\n';
    return 1;
}

/// Full scan with its wall time, then the whole document.
void scanAndPrint(ScanDriver& driver, ScanPrinter& printer, const MarketDataIngest& ingest, std::int64_t nowMs)
{
    driver.setCallback({});
    QElapsedTimer timer;
    timer.start();
    driver.fullScan(ingest.books(), nowMs);
    const double elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    const Universe& universe = ingest.universe();
    printer.printDocument(driver.scanner(), int(universe.events().size()), int(universe.marketCount()),
                          int(ingest.books().size()), elapsedMs, nowMs);
}

/// After the first full scan, print every change as it happens.
void followChanges(ScanDriver& driver, ScanPrinter& printer)
{
    driver.setCallback([&printer](const ArbScanner& scanner, const OpportunityDiff& diff, std::int64_t nowMs) {
        printer.printDiff(scanner, diff, nowMs);
    });
    driver.setIncremental(true);
}

int scanSnapshot(const ArbOptions& options, ScanDriver& driver, ScanPrinter& printer)
{
    std::vector<Error> warnings;
    const auto snapshot = Snapshot::load(options.snapshotDir, &warnings);
    if (!snapshot.ok()) {
        return fail(QStringLiteral("cannot read snapshot %1: %2")
                            .arg(options.snapshotDir, QString::fromStdString(snapshot.error().detail)));
    }
    for (const Error& warning : warnings) {
        QTextStream(stderr) << "polaris-arb: warning: " << QString::fromStdString(warning.detail) << '\n';
    }
    ManualClock clock;
    MarketDataIngest ingest;
    ingest.setListener(&driver);
    const Status replayed = replaySnapshot(*snapshot, ingest, clock, [&] {
        if (!options.once) {
            scanAndPrint(driver, printer, ingest, clock.nowMs());
            followChanges(driver, printer);
        }
    });
    if (!replayed.ok()) {
        return fail(QString::fromStdString(replayed.error().detail));
    }
    if (options.once) {
        scanAndPrint(driver, printer, ingest, clock.nowMs());
    }
    return 0;
}

int scanLive(const ArbOptions& options, ScanDriver& driver, ScanPrinter& printer)
{
    SystemClock clock;
    MarketDataService service({options.endpoints}, clock);
    service.ingest().setListener(&driver);
    int exitCode = 0;
    QTimer giveUp;
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, [&] {
        exitCode = fail(QStringLiteral("market data not loaded within %1 s from %2 (is the venue reachable?)")
                                .arg(options.loadTimeoutS)
                                .arg(options.endpoints.gammaUrl.toString()));
        QCoreApplication::exit(exitCode);
    });
    QObject::connect(&service, &MarketDataService::failed, [&](const QString& message) {
        exitCode = fail(message);
        QCoreApplication::exit(exitCode);
    });
    QTimer periodic;
    QObject::connect(&periodic, &QTimer::timeout, [&] { driver.fullScan(service.ingest().books(), clock.nowMs()); });
    QObject::connect(&service, &MarketDataService::initialBooksLoaded, [&] {
        giveUp.stop();
        scanAndPrint(driver, printer, service.ingest(), clock.nowMs());
        if (options.once) {
            QCoreApplication::exit(0);
            return;
        }
        followChanges(driver, printer);
        // The decision path is incremental; a periodic full scan also catches time-based changes
        // (bonds and tail-end entering their windows) that no book update triggers.
        periodic.start(options.config.scanIntervalNormalS * 1000);
    });
    giveUp.start(options.loadTimeoutS * 1000);
    service.start();
    const int code = QCoreApplication::exec();
    return code != 0 ? code : exitCode;
}

} // namespace

int runScan(const ArbOptions& options)
{
    ScanDriver driver(options.config);
    driver.scanner().setEnabled(options.strategies);
    ScanPrinter printer(options.json, options.limit);
    return options.snapshotDir.isEmpty() ? scanLive(options, driver, printer)
                                         : scanSnapshot(options, driver, printer);
}
