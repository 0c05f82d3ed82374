#include "app/arb/Commands.h"
#include "core/config/ArbConfigLoader.h"
#include "core/marketdata/MarketDataService.h"
#include "core/snapshot/SnapshotReplay.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

using namespace polaris;

namespace {

void printSummary(const MarketDataIngest& ingest, bool json)
{
    const Universe& universe = ingest.universe();
    int negRisk = 0;
    int augmented = 0;
    int tradable = 0;
    for (const Event& event : universe.events()) {
        negRisk += event.negRisk ? 1 : 0;
        augmented += event.isAugmented() ? 1 : 0;
        for (const Market& market : event.markets) {
            tradable += market.isTradable() ? 1 : 0;
        }
    }
    const BookStoreCounts counts = ingest.books().counts();
    QTextStream out(stdout);
    if (json) {
        QJsonObject books{{QStringLiteral("total"), int(ingest.books().size())},
                          {QStringLiteral("live"), int(counts.live)},
                          {QStringLiteral("stale"), int(counts.stale)},
                          {QStringLiteral("invalid"), int(counts.invalid)},
                          {QStringLiteral("empty"), int(counts.empty)}};
        QJsonObject document{{QStringLiteral("events"), int(universe.events().size())},
                             {QStringLiteral("neg_risk_events"), negRisk},
                             {QStringLiteral("augmented_events"), augmented},
                             {QStringLiteral("markets"), int(universe.marketCount())},
                             {QStringLiteral("tradable_markets"), tradable},
                             {QStringLiteral("books"), books},
                             {QStringLiteral("errors"), qint64(ingest.counters().errors)}};
        out << QJsonDocument(document).toJson(QJsonDocument::Indented);
        return;
    }
    out << universe.events().size() << " events (" << negRisk << " negRisk, " << augmented
        << " augmented), " << universe.marketCount() << " markets (" << tradable << " tradable)\n"
        << ingest.books().size() << " books: " << counts.live << " live, " << counts.stale
        << " stale, " << counts.invalid << " invalid, " << counts.empty << " without a snapshot\n"
        << ingest.counters().errors << " input errors\n";
    for (const Error& error : ingest.recentErrors()) {
        out << "  " << errorCodeName(error.code) << ": " << QString::fromStdString(error.detail)
            << '\n';
    }
}

} // namespace

int runUniverse(const ArbOptions& options)
{
    if (!options.snapshotDir.isEmpty()) {
        const auto snapshot = Snapshot::load(options.snapshotDir);
        if (!snapshot.ok()) {
            QTextStream(stderr) << "polaris-arb: "
                                << QString::fromStdString(snapshot.error().detail) << '\n';
            return 1;
        }
        ManualClock clock;
        MarketDataIngest ingest;
        if (const Status status = replaySnapshot(*snapshot, ingest, clock); !status.ok()) {
            QTextStream(stderr) << "polaris-arb: " << QString::fromStdString(status.error().detail)
                                << '\n';
            return 1;
        }
        printSummary(ingest, options.json);
        return 0;
    }
    SystemClock clock;
    MarketDataService service({options.endpoints}, clock);
    int exitCode = 0;
    QObject::connect(&service, &MarketDataService::failed, [&](const QString& message) {
        QTextStream(stderr) << "polaris-arb: " << message << '\n';
        exitCode = 1;
        QCoreApplication::exit(1);
    });
    QObject::connect(&service, &MarketDataService::initialBooksLoaded, [&] {
        printSummary(service.ingest(), options.json);
        QCoreApplication::exit(0);
    });
    QTimer::singleShot(options.loadTimeoutS * 1000, [&] {
        QTextStream(stderr) << "polaris-arb: market data not loaded within " << options.loadTimeoutS
                            << " s from " << options.endpoints.gammaUrl.toString()
                            << " (is the venue reachable?)\n";
        exitCode = 1;
        QCoreApplication::exit(1);
    });
    service.start();
    const int code = QCoreApplication::exec();
    return code != 0 ? code : exitCode;
}

int runConfig(const ArbOptions& options)
{
    QTextStream out(stdout);
    for (const QString& line : ArbConfigLoader::describe(options.config)) {
        out << line << '\n';
    }
    return 0;
}
