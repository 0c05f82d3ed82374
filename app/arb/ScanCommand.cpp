#include "app/arb/Commands.h"
#include "app/arb/MarketLoader.h"
#include "app/arb/ScanPrinter.h"
#include "app/arb/ShutdownSignals.h"
#include "core/scanner/ScanDriver.h"
#include "core/storage/ScanRecorder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

using namespace polaris;

namespace {

/// Opens the recorder unless --no-db; a database problem never stops the scan, it is reported.
std::unique_ptr<ScanRecorder> openRecorder(const ArbOptions& options)
{
    if (options.noDb) {
        return nullptr;
    }
    auto url = DatabaseUrl::resolve(options.db);
    if (!url.ok()) {
        QTextStream(stderr) << "polaris-arb: not recording: "
                            << QString::fromStdString(url.error().detail) << '\n';
        return nullptr;
    }
    return std::make_unique<ScanRecorder>(*url);
}

/// Closes the open episodes at `nowMs` and waits (bounded) for the database; false if something
/// was not written.
bool finishRecorder(ScanRecorder* recorder, std::int64_t nowMs)
{
    if (!recorder) {
        return true;
    }
    const StorageStats stats = recorder->finish(nowMs, 15'000);
    QTextStream err(stderr);
    if (stats.queued > 0 || !stats.lastError.isEmpty()) {
        err << "polaris-arb: database " << recorder->url().redacted() << ": " << stats.written
            << " records written, " << stats.queued << " still queued"
            << (stats.lastError.isEmpty() ? QString()
                                          : QStringLiteral(" (%1)").arg(stats.lastError))
            << '\n';
    }
    return stats.queued == 0 && stats.lastError.isEmpty();
}

/// The one line that says how an interrupted scan ended (stderr; stdout stays the scan's).
void reportInterrupted(
        int signal, bool loaded, std::size_t open, const ScanRecorder* recorder, bool written)
{
    QTextStream err(stderr);
    err << "polaris-arb: interrupted (" << ShutdownSignals::signalName(signal) << ")";
    if (!loaded) {
        err << " before the market data was loaded, nothing recorded\n";
        return;
    }
    err << ", " << open << (open == 1 ? " opportunity" : " opportunities") << " open at exit, "
        << (!recorder ? "not recorded (--no-db)"
            : written ? "episodes closed"
                      : "episodes not all written (see above; the next scan closes them)")
        << '\n';
}

/// Full scan with its wall time, recorded, then the whole document.
void scanAndPrint(ScanDriver& driver,
                  ScanPrinter& printer,
                  const MarketDataIngest& ingest,
                  ScanRecorder* recorder,
                  const QString& source,
                  std::int64_t nowMs)
{
    QElapsedTimer timer;
    timer.start();
    driver.fullScan(ingest.books(), nowMs);
    const std::int64_t elapsedNs = timer.nsecsElapsed();
    const Universe& universe = ingest.universe();
    if (recorder) {
        const BookStoreCounts counts = ingest.books().counts();
        ScanRecorder::ScanFacts facts;
        facts.durationUs = elapsedNs / 1000;
        facts.eventsEvaluated = int(universe.events().size());
        facts.refusals = int(driver.scanner().refusals().size());
        facts.booksLive = int(counts.live);
        facts.booksStale = int(counts.stale);
        facts.booksInvalid = int(counts.invalid);
        facts.source = source.toStdString();
        recorder->recordScan(driver.scanner().opportunities(), nowMs, &facts);
    }
    printer.printDocument(driver.scanner(), int(universe.events().size()),
                          int(universe.marketCount()), int(ingest.books().size()),
                          double(elapsedNs) / 1e6, nowMs);
}

} // namespace

int runScan(const ArbOptions& options)
{
    const auto ownDriver = std::make_shared<ScanDriver>(options.config);
    ScanDriver& driver = *ownDriver;
    driver.setScanThreads(ArbScanner::availableScanThreads()); // full scans on every core
    driver.scanner().setEnabled(options.strategies);
    ScanPrinter printer(options.json, options.limit);
    const std::unique_ptr<ScanRecorder> recorder = openRecorder(options);
    std::int64_t lastNowMs = 0;
    const QString source = options.snapshotDir.isEmpty()
                                   ? options.endpoints.gammaUrl.toString()
                                   : QStringLiteral("snapshot %1").arg(options.snapshotDir);
    bool loaded = false;
    QTimer periodic;
    // Live runs stop cleanly on SIGINT/SIGTERM. A snapshot replay runs synchronously, without an
    // event loop to return to, so there the signals keep their default action.
    std::unique_ptr<ShutdownSignals> shutdown;
    if (options.snapshotDir.isEmpty()) {
        shutdown = std::make_unique<ShutdownSignals>();
        QObject::connect(shutdown.get(), &ShutdownSignals::interrupted, [&] {
            // Nothing is scanned, printed or recorded after the signal: stdout ends on a whole
            // line and the opportunities left are exactly the episodes that finish() closes.
            periodic.stop();
            driver.setIncremental(false);
            driver.setCallback({});
        });
    }
    MarketLoader loader(options, &driver);
    loader.setOnLoaded([&](MarketDataIngest& ingest, std::int64_t nowMs) {
        if (ShutdownSignals::signalNumber() != 0) {
            return false; // stopping: the loop is already on its way out
        }
        loaded = true;
        lastNowMs = nowMs;
        scanAndPrint(driver, printer, ingest, recorder.get(), source, nowMs);
        if (options.once) {
            return false; // done
        }
        // From now on every book change re-evaluates its events and prints what changed.
        driver.setCallback(
                [&](const ArbScanner& scanner, const OpportunityDiff& diff, std::int64_t at) {
                    lastNowMs = at;
                    printer.printDiff(scanner, diff, at);
                    if (recorder) {
                        recorder->recordScan(scanner.opportunities(), at, nullptr);
                    }
                });
        driver.setIncremental(true);
        // Time alone moves bonds and tail-end candidates in and out of their windows.
        QObject::connect(&periodic, &QTimer::timeout,
                         [&] { driver.fullScan(loader.ingest()->books(), loader.nowMs()); });
        periodic.start(options.config.scanIntervalNormalS * 1000);
        return true; // keep running
    });
    const int loaderCode = loader.run();
    // The loop is over; lastNowMs is the last time anything was seen.
    periodic.stop();
    driver.setIncremental(false);
    driver.setCallback({});
    const bool written = finishRecorder(recorder.get(), lastNowMs);
    // Read after finishing: a signal during the database wait still counts as an interruption.
    const int signal = ShutdownSignals::signalNumber();
    if (signal != 0) {
        reportInterrupted(signal, loaded, driver.scanner().opportunities().size(), recorder.get(),
                          written);
    }
    const int code = signal != 0 ? ShutdownSignals::exitCode() : loaderCode;
    if (options.once) {
        // The process ends now: leave the universe, books and results to its exit.
        loader.leaveToExit();
        MarketLoader::keepUntilExit(ownDriver);
    }
    return code;
}
