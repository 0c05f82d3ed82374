// polaris-sim: a local Polymarket simulator (Gamma + CLOB REST + market-channel WebSocket on
// one 127.0.0.1 port) so that every client can be tested without the internet.

#include "core/sim/SimServer.h"
#include "core/sim/SnapshotLoader.h"
#include "core/sim/UniverseGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>

#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

/// SIGINT/SIGTERM -> quit the event loop (self-pipe: the handler only writes a byte).
void installSignalHandlers(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        return;
    }
    auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

int fail(const QString& message)
{
    std::fprintf(stderr, "polaris-sim: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    using namespace polaris::sim;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("polaris-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Local Polymarket simulator: Gamma (/events, /markets), CLOB REST "
                           "(/book, /books, /tick-size, ...)\n"
                           "the market-channel WebSocket (/ws/market), the trading endpoints "
                           "(/order, /orders, cancels,\n"
                           "/data/*, /balance-allowance, /auth/*) with a matching engine and the "
                           "user channel (/ws/user)\n"
                           "on one 127.0.0.1 port (docs/simulator.md).\n"
                           "Control endpoints: GET /sim/status, GET /sim/meta, GET|POST "
                           "/sim/faults, POST /sim/walk.\n"
                           "POST /sim/faults takes JSON with http_error_status, http_error_rate, "
                           "http_error_next, http_delay_ms,\n"
                           "ws_drop_now, ws_drop_every_s, ws_malformed_rate, ws_malformed_next,\n"
                           "order_reject_next, order_reject_message, fill_fraction, "
                           "order_delay_ms, reject_as_http_error,\n"
                           "competing_taker_rate, competing_taker_fraction, user_ws_drop_now, "
                           "user_ws_drop_every_s.\n"
                           "POST /sim/walk takes JSON with running (bool), steps (int), mispricing "
                           "(negrisk|binary|any),\n"
                           "clear_mispricings (bool).\n"
                           "Generated universes: every third negRisk event is augmented (an "
                           "'Other' market with a book and an\n"
                           "inactive 'Candidate X' placeholder without one); ticks 0.01, or 0.001 "
                           "for one in five."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("TCP port on 127.0.0.1 (0 = any free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption snapshot(
            QStringLiteral("snapshot"),
            QStringLiteral("Serve DIR/events.json, DIR/books.json (and DIR/meta.json) verbatim."),
            QStringLiteral("DIR"));
    const QCommandLineOption generate(
            QStringLiteral("generate"),
            QStringLiteral("Generate a universe: events=N,outcomes=K,binaries=M,seed=S "
                           "(default events=20,outcomes=5,binaries=50,seed=1)."),
            QStringLiteral("SPEC"));
    const QCommandLineOption seed(
            QStringLiteral("seed"),
            QStringLiteral("Seed of the walk and faults (default: the --generate seed, else 1)."),
            QStringLiteral("S"));
    const QCommandLineOption tickMs(QStringLiteral("tick-ms"),
                                    QStringLiteral("Random-walk period in ms (0 = frozen)."),
                                    QStringLiteral("MS"), QStringLiteral("200"));
    const QCommandLineOption changes(QStringLiteral("changes-per-tick"),
                                     QStringLiteral("Level changes per tick."), QStringLiteral("N"),
                                     QStringLiteral("10"));
    const QCommandLineOption mispricing(
            QStringLiteral("mispricing-rate"),
            QStringLiteral("Probability per tick of injecting an arbitrage mispricing."),
            QStringLiteral("P"), QStringLiteral("0.02"));
    const QCommandLineOption balance(
            QStringLiteral("starting-balance"),
            QStringLiteral("Collateral (USDC) of each new trading wallet."), QStringLiteral("USD"),
            QStringLiteral("10000"));
    const QCommandLineOption duration(
            QStringLiteral("duration"),
            QStringLiteral("Exit after S seconds (0 = run until signalled)."), QStringLiteral("S"),
            QStringLiteral("0"));
    const QCommandLineOption errRate(
            QStringLiteral("http-error-rate"),
            QStringLiteral("Fraction of venue HTTP requests answered with --http-error-status."),
            QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption errStatus(
            QStringLiteral("http-error-status"),
            QStringLiteral("Status of injected HTTP errors (429 adds Retry-After: 1)."),
            QStringLiteral("CODE"), QStringLiteral("429"));
    const QCommandLineOption errNext(
            QStringLiteral("http-error-next"),
            QStringLiteral("Answer the next N venue HTTP requests with the error status."),
            QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption delay(QStringLiteral("http-delay-ms"),
                                   QStringLiteral("Delay every venue HTTP response."),
                                   QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption dropEvery(
            QStringLiteral("ws-drop-every"),
            QStringLiteral("Abort all WebSocket connections every S seconds."), QStringLiteral("S"),
            QStringLiteral("0"));
    const QCommandLineOption malformed(
            QStringLiteral("ws-malformed-rate"),
            QStringLiteral("Probability per tick and connection of a malformed frame."),
            QStringLiteral("P"), QStringLiteral("0"));
    parser.addOptions({port, snapshot, generate, seed, tickMs, changes, mispricing, duration,
                       errRate, errStatus, errNext, delay, dropEvery, malformed, balance});
    parser.process(app);

    const auto number = [&](const QCommandLineOption& option, double lo, double hi, double& out) {
        bool ok = false;
        out = parser.value(option).toDouble(&ok);
        return ok && out >= lo && out <= hi;
    };
    double portValue = 0, tickValue = 0, changesValue = 0, mispricingValue = 0, durationValue = 0;
    double errRateValue = 0, errStatusValue = 0, errNextValue = 0, delayValue = 0, dropValue = 0,
           malformedValue = 0;
    if (!number(port, 0, 65535, portValue) || !number(tickMs, 0, 3'600'000, tickValue)
        || !number(changes, 0, 100'000, changesValue) || !number(mispricing, 0, 1, mispricingValue)
        || !number(duration, 0, 1e7, durationValue) || !number(errRate, 0, 1, errRateValue)
        || !number(errStatus, 400, 599, errStatusValue) || !number(errNext, 0, 1e6, errNextValue)
        || !number(delay, 0, 60'000, delayValue) || !number(dropEvery, 0, 86'400, dropValue)
        || !number(malformed, 0, 1, malformedValue)) {
        return fail(QStringLiteral("a numeric option is out of range; see --help"));
    }
    // Money stays exact: the balance is parsed as a decimal, never through double.
    const polaris::Result<polaris::Decimal> balanceValue =
            polaris::Decimal::parse(parser.value(balance).toStdString());
    if (!balanceValue || balanceValue.value() < polaris::Decimal()
        || balanceValue.value() > polaris::Decimal::fromInt(1'000'000'000)) {
        return fail(QStringLiteral("--starting-balance must be a decimal between 0 and 1e9"));
    }
    if (parser.isSet(snapshot) && parser.isSet(generate)) {
        return fail(QStringLiteral("--snapshot and --generate are exclusive"));
    }

    SimServerOptions options;
    options.port = static_cast<quint16>(portValue);
    options.tickMs = static_cast<int>(tickValue);
    options.changesPerTick = static_cast<int>(changesValue);
    options.mispricingRate = mispricingValue;
    options.faults.httpErrorRate = errRateValue;
    options.faults.httpErrorStatus = static_cast<int>(errStatusValue);
    options.faults.httpErrorNext = static_cast<int>(errNextValue);
    options.faults.httpDelayMs = static_cast<int>(delayValue);
    options.faults.wsDropEverySec = static_cast<int>(dropValue);
    options.faults.wsMalformedRate = malformedValue;
    options.exchange.startingBalance = balanceValue.value();

    QElapsedTimer loadClock;
    loadClock.start();
    std::unique_ptr<SimUniverse> universe;
    if (parser.isSet(snapshot)) {
        auto loaded = SnapshotLoader::load(parser.value(snapshot), &options.meta);
        if (!loaded) {
            return fail(QString::fromStdString(loaded.error().detail));
        }
        universe = std::move(loaded).value();
    } else {
        const auto spec = GenerateSpec::parse(parser.value(generate));
        if (!spec) {
            return fail(QString::fromStdString(spec.error().detail));
        }
        options.seed = spec->seed;
        universe = UniverseGenerator::generate(*spec);
    }
    if (parser.isSet(seed)) {
        options.seed = parser.value(seed).toULongLong();
    }

    SimServer server(std::move(universe), options);
    if (const auto status = server.listen(); !status.ok()) {
        return fail(QString::fromStdString(status.error().detail));
    }
    const QByteArray http = server.httpUrl().toUtf8();
    std::printf("polaris-sim listening\ngamma: %s\nclob:  %s\nws:    %s\nuser:  %s\n",
                http.constData(), http.constData(), server.wsUrl().toUtf8().constData(),
                server.userWsUrl().toUtf8().constData());
    std::printf("universe: %zu events, %zu markets, %zu tokens, %d books (loaded in %lld ms)\n",
                server.universe().events.size(), server.universe().markets.size(),
                server.universe().tokens.size(), server.universe().bookCount(),
                static_cast<long long>(loadClock.elapsed()));
    std::fflush(stdout);

    installSignalHandlers(app);
    if (durationValue > 0) {
        QTimer::singleShot(static_cast<int>(durationValue * 1000), &app, &QCoreApplication::quit);
    }
    return app.exec();
}
