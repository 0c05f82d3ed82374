#include "app/arb/Commands.h"
#include "app/arb/MarketLoader.h"
#include "core/report/OpportunityJson.h"
#include "core/storage/StorageQueries.h"
#include "core/venues/polymarket/VenueProbe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <map>

using namespace polaris;

namespace {

QString money(Decimal value)
{
    return QString::fromStdString(value.toString());
}

/// "2026-11-24T00:00:00Z", or "30m" / "24h" / "7d" before now.
std::optional<std::int64_t> parseSince(const QString& text, std::int64_t nowMs)
{
    static const QRegularExpression relative(QStringLiteral("^(\\d+)([mhd])$"));
    const auto match = relative.match(text.trimmed());
    if (match.hasMatch()) {
        const qint64 amount = match.captured(1).toLongLong();
        const QChar unit = match.captured(2).at(0);
        const qint64 unitMs = unit == QLatin1Char('m')   ? 60'000
                              : unit == QLatin1Char('h') ? 3'600'000
                                                         : 86'400'000;
        return nowMs - amount * unitMs;
    }
    const QDateTime when = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!when.isValid()) {
        return std::nullopt;
    }
    return when.toMSecsSinceEpoch();
}

Result<StorageQueries> openQueries(const ArbOptions& options)
{
    auto url = DatabaseUrl::resolve(options.db);
    if (!url.ok()) {
        return url.error();
    }
    return StorageQueries::open(*url);
}

QJsonObject episodeToJson(const EpisodeRecord& e)
{
    QJsonArray markets;
    for (const std::string& id : e.marketIds) {
        markets.append(QString::fromStdString(id));
    }
    return QJsonObject{{QStringLiteral("episode_id"), QString::fromStdString(e.episodeId)},
                       {QStringLiteral("opportunity_id"), QString::fromStdString(e.opportunityKey)},
                       {QStringLiteral("strategy"), QLatin1String(strategyCode(e.strategy))},
                       {QStringLiteral("event_id"), QString::fromStdString(e.eventId)},
                       {QStringLiteral("event_title"), QString::fromStdString(e.eventTitle)},
                       {QStringLiteral("market_ids"), markets},
                       {QStringLiteral("first_seen"), isoUtc(e.firstSeenMs)},
                       {QStringLiteral("last_seen"), isoUtc(e.lastSeenMs)},
                       {QStringLiteral("closed_at"),
                        e.closedAtMs ? QJsonValue(isoUtc(*e.closedAtMs)) : QJsonValue()},
                       {QStringLiteral("samples"), qint64(e.sampleCount)},
                       {QStringLiteral("best_net_profit"), money(e.bestNetProfit)},
                       {QStringLiteral("last_net_profit"), money(e.lastNetProfit)},
                       {QStringLiteral("best_net_profit_pct"), money(e.bestNetPct)},
                       {QStringLiteral("last_shares"), money(e.lastShares)},
                       {QStringLiteral("last_cost"), money(e.lastCost)}};
}

} // namespace

int runStatus(const ArbOptions& options)
{
    auto url = DatabaseUrl::resolve(options.db);
    if (!url.ok()) {
        return reportFailure(QString::fromStdString(url.error().detail), 2);
    }
    const StorageStatus db = StorageQueries::status(*url);
    bool reachable = false;
    QString reason;
    if (options.snapshotDir.isEmpty()) {
        polymarket::VenueProbe probe(options.endpoints.gammaUrl, 3000);
        QObject::connect(&probe, &polymarket::VenueProbe::finished,
                         [&](bool ok, const QString& why) {
                             reachable = ok;
                             reason = why;
                             QCoreApplication::exit(0);
                         });
        probe.start();
        QCoreApplication::exec();
    }
    const QString venue =
            !options.snapshotDir.isEmpty() ? QStringLiteral("snapshot %1").arg(options.snapshotDir)
            : reachable
                    ? QStringLiteral("reachable (%1)").arg(options.endpoints.gammaUrl.toString())
                    : QStringLiteral("NOT reachable (%1): %2")
                              .arg(options.endpoints.gammaUrl.toString(), reason);
    const QString lastScan = db.lastScanMs ? isoUtc(*db.lastScanMs) : QStringLiteral("never");
    if (options.json) {
        QJsonObject out{
                {QStringLiteral("phase"), QStringLiteral("monitor")},
                {QStringLiteral("venue"), venue},
                {QStringLiteral("venue_reachable"), reachable},
                {QStringLiteral("database"), db.url},
                {QStringLiteral("database_reachable"), db.reachable},
                {QStringLiteral("database_error"), db.error},
                {QStringLiteral("schema_version"), db.schemaVersion},
                {QStringLiteral("last_scan"), db.lastScanMs ? QJsonValue(lastScan) : QJsonValue()},
                {QStringLiteral("books_live"), db.lastBooksLive},
                {QStringLiteral("books_stale"), db.lastBooksStale},
                {QStringLiteral("books_invalid"), db.lastBooksInvalid},
                {QStringLiteral("data_source"), db.lastSource},
                {QStringLiteral("scan_runs"), db.scanRuns},
                {QStringLiteral("episodes"), db.episodes},
                {QStringLiteral("open_episodes"), db.openEpisodes},
                {QStringLiteral("open_bond_positions"), db.openBondPositions},
                {QStringLiteral("breaker"), QStringLiteral("not armed (monitor phase)")}};
        QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return db.reachable ? 0 : 1;
    }
    QTextStream out(stdout);
    out << "phase:          monitor (execution is not enabled in this build)\n"
        << "venue:          " << venue << '\n'
        << "database:       " << db.url
        << (db.reachable ? QStringLiteral(" (schema v%1)").arg(db.schemaVersion)
                         : QStringLiteral(" UNREACHABLE: %1").arg(db.error))
        << '\n'
        << "last scan:      " << lastScan << " (" << db.scanRuns << " recorded)"
        << (db.lastScanMs ? QStringLiteral(" from %1").arg(db.lastSource) : QString()) << '\n'
        << "books then:     " << db.lastBooksLive << " live, " << db.lastBooksStale << " stale, "
        << db.lastBooksInvalid << " invalid\n"
        << "opportunities:  " << db.openEpisodes << " open episodes, " << db.episodes
        << " in history\n"
        << "bond positions: " << db.openBondPositions << " open\n"
        << "breaker:        not armed (monitor phase)\n";
    return db.reachable ? 0 : 1;
}

int runHistory(const ArbOptions& options)
{
    auto queries = openQueries(options);
    if (!queries.ok()) {
        return reportFailure(
                QStringLiteral("database: %1").arg(QString::fromStdString(queries.error().detail)));
    }
    HistoryFilter filter;
    filter.limit = options.limitGiven ? options.limit : 50;
    if (options.strategies.count() == 1) {
        for (std::size_t i = 0; i < options.strategies.size(); ++i) {
            if (options.strategies.test(i)) {
                filter.strategy = static_cast<Strategy>(i);
            }
        }
    }
    if (!options.since.isEmpty()) {
        filter.sinceMs = parseSince(options.since, QDateTime::currentMSecsSinceEpoch());
        if (!filter.sinceMs) {
            return reportFailure(
                    QStringLiteral("--since '%1' is neither ISO-8601 nor like 30m, 24h, 7d")
                            .arg(options.since),
                    2);
        }
    }
    auto episodes = queries.value().history(filter);
    if (!episodes.ok()) {
        return reportFailure(QStringLiteral("database: %1")
                                     .arg(QString::fromStdString(episodes.error().detail)));
    }
    if (!options.csvFile.isEmpty()) {
        QFile csv(options.csvFile);
        if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || csv.write(StorageQueries::historyCsv(episodes.value()).toUtf8()) < 0) {
            return reportFailure(
                    QStringLiteral("cannot write %1: %2").arg(options.csvFile, csv.errorString()));
        }
    }
    QTextStream out(stdout);
    if (options.json) {
        QJsonArray rows;
        for (const EpisodeRecord& e : episodes.value()) {
            rows.append(episodeToJson(e));
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("episodes"), rows}})
                        .toJson(QJsonDocument::Indented);
        return 0;
    }
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                    .arg(QStringLiteral("strat"), -5)
                    .arg(QStringLiteral("event"), -40)
                    .arg(QStringLiteral("first seen"), -24)
                    .arg(QStringLiteral("last seen"), -24)
                    .arg(QStringLiteral("samples"), 8)
                    .arg(QStringLiteral("best profit"), 12)
                    .arg(QStringLiteral("state"), -6);
    for (const EpisodeRecord& e : episodes.value()) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                        .arg(QLatin1String(strategyCode(e.strategy)), -5)
                        .arg(QString::fromStdString(e.eventTitle).left(40), -40)
                        .arg(isoUtc(e.firstSeenMs), -24)
                        .arg(isoUtc(e.lastSeenMs), -24)
                        .arg(e.sampleCount, 8)
                        .arg(QString::fromStdString(e.bestNetProfit.toFixed(2)), 12)
                        .arg(e.closedAtMs ? QStringLiteral("closed") : QStringLiteral("open"), -6);
    }
    out << episodes.value().size() << " episodes\n";
    return 0;
}

int runBonds(const ArbOptions& options)
{
    // Open positions from the database (none until execution records some), then candidates now.
    std::vector<BondLadderRung> positions;
    if (auto queries = openQueries(options); queries.ok()) {
        if (auto ladder = queries.value().bondLadder(); ladder.ok()) {
            positions = std::move(ladder).value();
        }
    } else {
        QTextStream(stderr) << "polaris-arb: database: "
                            << QString::fromStdString(queries.error().detail) << '\n';
    }
    ArbOptions scanOptions = options;
    scanOptions.once = true;
    ScanDriver driver(options.config);
    std::bitset<8> onlyBonds;
    onlyBonds.set(static_cast<std::size_t>(Strategy::Bond));
    driver.scanner().setEnabled(onlyBonds);
    std::map<QString, std::vector<Opportunity>> ladder; // resolution day -> candidates
    MarketLoader loader(scanOptions, &driver);
    loader.setOnLoaded([&](MarketDataIngest& ingest, std::int64_t nowMs) {
        driver.fullScan(ingest.books(), nowMs);
        for (const Opportunity& o : driver.scanner().opportunities()) {
            const QString day =
                    o.lockedUntilMs ? isoUtc(*o.lockedUntilMs).left(10) : QStringLiteral("unknown");
            ladder[day].push_back(o);
        }
        return false;
    });
    const int code = loader.run();
    if (code != 0) {
        return code;
    }
    QTextStream out(stdout);
    if (options.json) {
        QJsonArray rungs;
        for (const auto& [day, candidates] : ladder) {
            QJsonArray items;
            Decimal cost;
            Decimal payout;
            for (const Opportunity& o : candidates) {
                items.append(opportunityToJson(o));
                cost += o.cost + o.fees;
                payout += o.payout;
            }
            rungs.append(QJsonObject{{QStringLiteral("resolves"), day},
                                     {QStringLiteral("candidates"), items},
                                     {QStringLiteral("capital"), money(cost)},
                                     {QStringLiteral("payout"), money(payout)}});
        }
        QJsonArray open;
        for (const BondLadderRung& rung : positions) {
            open.append(QJsonObject{{QStringLiteral("resolves"), rung.resolveDate},
                                    {QStringLiteral("positions"), int(rung.positions.size())},
                                    {QStringLiteral("shares"), money(rung.shares)},
                                    {QStringLiteral("cost"), money(rung.cost)},
                                    {QStringLiteral("payout_if_won"), money(rung.payoutIfWon)}});
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("open_positions"), open},
                                         {QStringLiteral("candidates"), rungs}})
                        .toJson(QJsonDocument::Indented);
        return 0;
    }
    out << "Open bond positions: " << (positions.empty() ? QStringLiteral("none") : QString())
        << '\n';
    for (const BondLadderRung& rung : positions) {
        out << "  " << rung.resolveDate << "  " << rung.positions.size() << " positions  cost "
            << money(rung.cost) << "  pays " << money(rung.payoutIfWon) << '\n';
    }
    out << "Candidates by resolution date (end date + lag):\n";
    for (const auto& [day, candidates] : ladder) {
        Decimal cost;
        Decimal profit;
        for (const Opportunity& o : candidates) {
            cost += o.cost + o.fees;
            profit += o.netProfit;
        }
        out << "  " << day << "  " << candidates.size() << " bonds  capital "
            << QString::fromStdString(cost.toFixed(2)) << "  profit "
            << QString::fromStdString(profit.toFixed(2)) << '\n';
        for (std::size_t i = 0; i < candidates.size() && int(i) < options.limit; ++i) {
            const Opportunity& o = candidates[i];
            out << "      " << QString::fromStdString(o.eventTitle).left(44).leftJustified(44)
                << "  @ " << (o.legs.empty() ? QString() : money(o.legs.front().limitPrice))
                << "  q=" << money(o.shares) << "  ann "
                << QString::number(o.annualizedPct.value_or(0) * 100, 'f', 1) << " %\n";
        }
    }
    return 0;
}
