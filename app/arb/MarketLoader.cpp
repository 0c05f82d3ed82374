#include "app/arb/MarketLoader.h"

#include "app/arb/Commands.h"
#include "core/snapshot/SnapshotReplay.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

using namespace polaris;

namespace {

/// What keepUntilExit() holds: allocated once and never freed, so everything in it is reachable
/// (and never destroyed) until the process ends.
std::vector<std::shared_ptr<void>>& keptUntilExit()
{
    static auto* objects = new std::vector<std::shared_ptr<void>>();
    return *objects;
}

} // namespace

void MarketLoader::keepUntilExit(std::shared_ptr<void> object)
{
    keptUntilExit().push_back(std::move(object));
}

void MarketLoader::leaveToExit()
{
    if (m_ownIngest) {
        m_ingest->setListener(nullptr);
        keepUntilExit(std::shared_ptr<MarketDataIngest>(std::move(m_ownIngest)));
    }
}

MarketLoader::MarketLoader(const ArbOptions& options, MarketDataListener* listener)
    : m_options(options)
    , m_listener(listener)
{}

MarketLoader::~MarketLoader() = default;

int MarketLoader::run()
{
    return m_options.snapshotDir.isEmpty() ? runLive() : runSnapshot();
}

int MarketLoader::runSnapshot()
{
    std::vector<Error> warnings;
    const auto snapshot = Snapshot::load(m_options.snapshotDir, &warnings);
    if (!snapshot.ok()) {
        return reportFailure(QStringLiteral("cannot read snapshot %1: %2")
                                     .arg(m_options.snapshotDir,
                                          QString::fromStdString(snapshot.error().detail)));
    }
    for (const Error& warning : warnings) {
        QTextStream(stderr) << "polaris-arb: warning: " << QString::fromStdString(warning.detail)
                            << '\n';
    }
    auto clock = std::make_unique<ManualClock>();
    ManualClock& manual = *clock;
    m_clock = std::move(clock);
    m_ownIngest = std::make_unique<MarketDataIngest>();
    m_ingest = m_ownIngest.get();
    m_ingest->setListener(m_listener);
    bool keepGoing = false;
    const Status replayed = replaySnapshot(*snapshot, *m_ingest, manual, [&] {
        if (m_options.once) {
            return; // --once scans the final state, after the recorded frames
        }
        keepGoing = m_onLoaded(*m_ingest, manual.nowMs());
    });
    if (!replayed.ok()) {
        return reportFailure(QString::fromStdString(replayed.error().detail));
    }
    if (m_options.once) {
        m_onLoaded(*m_ingest, manual.nowMs());
    }
    (void)keepGoing; // a snapshot ends with its recorded frames either way
    return 0;
}

int MarketLoader::runLive()
{
    m_clock = std::make_unique<SystemClock>();
    MarketDataService service({m_options.endpoints}, *m_clock);
    service.setRawSink(m_rawSink);
    m_ingest = &service.ingest();
    m_ingest->setListener(m_listener);
    int exitCode = 0;
    QTimer giveUp;
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, [&] {
        exitCode = reportFailure(
                QStringLiteral(
                        "market data not loaded within %1 s from %2 (is the venue reachable?)")
                        .arg(m_options.loadTimeoutS)
                        .arg(m_options.endpoints.gammaUrl.toString()));
        QCoreApplication::exit(exitCode);
    });
    QObject::connect(&service, &MarketDataService::failed, [&](const QString& message) {
        exitCode = reportFailure(message);
        QCoreApplication::exit(exitCode);
    });
    QObject::connect(&service, &MarketDataService::initialBooksLoaded, [&] {
        giveUp.stop();
        if (!m_onLoaded(*m_ingest, m_clock->nowMs())) {
            QCoreApplication::exit(0);
        }
    });
    giveUp.start(m_options.loadTimeoutS * 1000);
    service.start();
    const int code = QCoreApplication::exec();
    m_ingest->setListener(nullptr);
    m_ingest = nullptr;
    return code != 0 ? code : exitCode;
}
