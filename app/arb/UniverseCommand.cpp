#include "app/arb/Commands.h"
#include "app/arb/MarketLoader.h"
#include "core/config/ArbConfigLoader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

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
    ArbOptions loadOptions = options;
    loadOptions.once = true; // count after a snapshot's recorded frames too
    MarketLoader loader(loadOptions, nullptr);
    loader.setOnLoaded([&](MarketDataIngest& ingest, std::int64_t) {
        printSummary(ingest, options.json);
        return false;
    });
    return loader.run();
}

int runConfig(const ArbOptions& options)
{
    QTextStream out(stdout);
    for (const QString& line : ArbConfigLoader::describe(options.config)) {
        out << line << '\n';
    }
    return 0;
}
