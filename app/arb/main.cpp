#include "app/arb/Commands.h"

#include <QCoreApplication>
#include <QTextStream>

/// polaris-arb: the headless tool. Composition only: parse options, run one command.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Polaris"));
    QCoreApplication::setApplicationName(QStringLiteral("polaris"));
    ArbOptions options;
    int exitCode = 0;
    if (!parseArbOptions(QCoreApplication::arguments(), options, exitCode)) {
        return exitCode;
    }
    if (options.command == QLatin1String("scan")) {
        return runScan(options);
    }
    if (options.command == QLatin1String("record")) {
        return runRecord(options);
    }
    if (options.command == QLatin1String("universe")) {
        return runUniverse(options);
    }
    if (options.command == QLatin1String("config")) {
        return runConfig(options);
    }
    if (options.command == QLatin1String("status")) {
        return runStatus(options);
    }
    if (options.command == QLatin1String("history")) {
        return runHistory(options);
    }
    if (options.command == QLatin1String("bonds")) {
        return runBonds(options);
    }
    if (options.command == QLatin1String("order")) {
        return runOrder(options);
    }
    if (options.command == QLatin1String("execute")) {
        return runExecute(options);
    }
    QTextStream(stderr) << "polaris-arb: unknown command '" << options.command
                        << "' (scan, record, universe, status, history, bonds, order, execute, "
                           "config; --help)\n";
    return 2;
}
