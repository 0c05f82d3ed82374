#include "app/arb/ArbOptions.h"

#include "app/arb/Commands.h"
#include "core/config/ArbConfigLoader.h"
#include "core/strategies/Opportunity.h"

#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>

namespace {

bool fail(const QString& message, int& exitCode)
{
    QTextStream(stderr) << "polaris-arb: " << message << '\n';
    exitCode = 2;
    return false;
}

} // namespace

bool parseArbOptions(const QStringList& arguments, ArbOptions& options, int& exitCode)
{
    if (const int refused = refuseKeyLikeArguments(arguments); refused != 0) {
        exitCode = refused;
        return false;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Polaris headless tool.\n\nCommands:\n"
            "  scan      find arbitrage (A, A', B, C, F, G); --once prints one JSON/table and "
            "exits\n"
            "  record    write a snapshot directory (--out DIR, --duration S)\n"
            "  universe  summarise events, markets and books\n"
            "  status    database, recorded scans and episodes, venue reachability\n"
            "  history   recorded opportunity episodes (--strategy, --since, --limit, --csv FILE)\n"
            "  bonds     bond ladder: open positions from the database and candidates from a scan\n"
            "  order     print the signed JSON body of an order (--dry-run only)\n"
            "  execute   execute one opportunity in paper trading (execute --paper ID)\n"
            "  config    print every scanner threshold"));
    parser.addHelpOption();
    parser.addPositionalArgument(
            QStringLiteral("command"),
            QStringLiteral(
                    "scan | record | universe | status | history | bonds | order | execute | "
                    "config"));
    polaris::polymarket::VenueEndpoints::addOptions(parser);
    parser.addOptions({
            {QStringLiteral("snapshot"),
             QStringLiteral("Read a snapshot directory instead of the network."),
             QStringLiteral("DIR")},
            {QStringLiteral("config"),
             QStringLiteral("JSON file of scanner thresholds (docs/configuration.md)."),
             QStringLiteral("FILE")},
            {QStringLiteral("set"),
             QStringLiteral("Override one threshold, e.g. --set neg_risk_min_discount=0.02."),
             QStringLiteral("KEY=VALUE")},
            {QStringLiteral("strategies"),
             QStringLiteral("Comma-separated strategies to run (default all): A,A',B,C,F,G."),
             QStringLiteral("LIST")},
            {QStringLiteral("json"), QStringLiteral("Machine-readable output.")},
            {QStringLiteral("once"), QStringLiteral("scan: one full scan, print, exit.")},
            {QStringLiteral("out"), QStringLiteral("record: output directory."),
             QStringLiteral("DIR")},
            {QStringLiteral("duration"),
             QStringLiteral("record: seconds of WebSocket frames to keep (default 30)."),
             QStringLiteral("S")},
            {QStringLiteral("timeout"),
             QStringLiteral("Seconds to wait for the market list and books (default 300)."),
             QStringLiteral("S")},
            {QStringLiteral("limit"), QStringLiteral("Rows in tables (default 20)."),
             QStringLiteral("N")},
            {QStringLiteral("db"),
             QStringLiteral("Database: a SQLite file or sqlite:PATH, or postgresql://... "
                            "(default: POLARIS_DB_URL, settings, then a SQLite file in the "
                            "data directory)."),
             QStringLiteral("URL")},
            {QStringLiteral("no-db"),
             QStringLiteral("scan, execute: do not record to the database.")},
            {QStringLiteral("paper"),
             QStringLiteral("execute: simulate the orders against the current books.")},
            {QStringLiteral("live"),
             QStringLiteral("execute: refused; live orders need the console's operator "
                            "approval.")},
            {QStringLiteral("strategy"),
             QStringLiteral("history: only this strategy (A, A', B, C, F, G)."),
             QStringLiteral("X")},
            {QStringLiteral("since"),
             QStringLiteral("history: episodes seen since T (ISO-8601, or 30m / 24h / 7d ago)."),
             QStringLiteral("T")},
            {QStringLiteral("csv"),
             QStringLiteral("history: also write the rows to this CSV file."),
             QStringLiteral("FILE")},
    });
    addOrderOptions(parser);
    if (!parser.parse(arguments)) {
        return fail(parser.errorText(), exitCode);
    }
    if (parser.isSet(QStringLiteral("help")) || parser.positionalArguments().isEmpty()) {
        QTextStream(stdout) << parser.helpText();
        exitCode = parser.isSet(QStringLiteral("help")) ? 0 : 2;
        return false;
    }
    options.command = parser.positionalArguments().constFirst();
    options.arguments = parser.positionalArguments().mid(1);
    options.paper = parser.isSet(QStringLiteral("paper"));
    options.live = parser.isSet(QStringLiteral("live"));
    options.snapshotDir = parser.value(QStringLiteral("snapshot"));
    options.json = parser.isSet(QStringLiteral("json"));
    options.once = parser.isSet(QStringLiteral("once"));
    options.outDir = parser.value(QStringLiteral("out"));
    bool ok = true;
    if (parser.isSet(QStringLiteral("duration"))) {
        options.durationS = parser.value(QStringLiteral("duration")).toInt(&ok);
        if (!ok || options.durationS < 0) {
            return fail(QStringLiteral("--duration needs a whole number of seconds"), exitCode);
        }
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        options.loadTimeoutS = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || options.loadTimeoutS <= 0) {
            return fail(QStringLiteral("--timeout needs a positive number of seconds"), exitCode);
        }
    }
    options.db = parser.value(QStringLiteral("db"));
    options.noDb = parser.isSet(QStringLiteral("no-db"));
    options.since = parser.value(QStringLiteral("since"));
    options.csvFile = parser.value(QStringLiteral("csv"));
    if (parser.isSet(QStringLiteral("strategy"))) {
        const auto strategy = polaris::strategyFromCode(
                parser.value(QStringLiteral("strategy")).trimmed().toUpper().toStdString());
        if (!strategy) {
            return fail(QStringLiteral("unknown strategy '%1' (use A, A', B, C, F, G)")
                                .arg(parser.value(QStringLiteral("strategy"))),
                        exitCode);
        }
        options.strategies.reset();
        options.strategies.set(static_cast<std::size_t>(*strategy));
    }
    readOrderOptions(parser, options.order);
    options.limitGiven = parser.isSet(QStringLiteral("limit"));
    if (parser.isSet(QStringLiteral("limit"))) {
        options.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || options.limit <= 0) {
            return fail(QStringLiteral("--limit needs a positive number"), exitCode);
        }
    }
    QSettings settings;
    auto endpoints = polaris::polymarket::VenueEndpoints::resolve(&parser, &settings);
    if (!endpoints.ok()) {
        return fail(QString::fromStdString(endpoints.error().detail), exitCode);
    }
    options.endpoints = *endpoints;
    if (parser.isSet(QStringLiteral("config"))) {
        const auto status = polaris::ArbConfigLoader::applyFile(
                options.config, parser.value(QStringLiteral("config")));
        if (!status.ok()) {
            return fail(QString::fromStdString(status.error().detail), exitCode);
        }
    }
    for (const QString& assignment : parser.values(QStringLiteral("set"))) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            return fail(QStringLiteral("--set needs KEY=VALUE, got '%1'").arg(assignment),
                        exitCode);
        }
        const auto status = polaris::ArbConfigLoader::apply(options.config, assignment.left(equals),
                                                            assignment.mid(equals + 1));
        if (!status.ok()) {
            return fail(QString::fromStdString(status.error().detail), exitCode);
        }
    }
    if (parser.isSet(QStringLiteral("strategies"))) {
        options.strategies.reset();
        for (const QString& code : parser.value(QStringLiteral("strategies"))
                                           .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto strategy = polaris::strategyFromCode(code.trimmed().toUpper().toStdString());
            if (!strategy) {
                return fail(
                        QStringLiteral("unknown strategy '%1' (use A, A', B, C, F, G)").arg(code),
                        exitCode);
            }
            options.strategies.set(static_cast<std::size_t>(*strategy));
        }
    }
    return true;
}
