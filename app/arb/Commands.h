#pragma once

#include "app/arb/ArbOptions.h"

class QCommandLineParser;

#include <QString>
#include <QTextStream>

/// Writes "polaris-arb: <message>" to stderr and returns `code`, for commands' error paths.
inline int reportFailure(const QString& message, int code = 1)
{
    QTextStream(stderr) << "polaris-arb: " << message << '\n';
    return code;
}

/// Each returns the process exit code; live commands run the Qt event loop until done.
int runScan(const ArbOptions& options);
int runRecord(const ArbOptions& options);
int runUniverse(const ArbOptions& options);
int runConfig(const ArbOptions& options);
int runStatus(const ArbOptions& options);
int runHistory(const ArbOptions& options);
int runBonds(const ArbOptions& options);
int runOrder(const ArbOptions& options);
int runExecute(const ArbOptions& options);

/// The `order` options (OrderCommand.cpp): declared on `parser`, read into `order`.
void addOrderOptions(QCommandLineParser& parser);
void readOrderOptions(const QCommandLineParser& parser, OrderOptions& order);
/// For `order` command lines: 0, or 2 after saying on stderr that an argument looks like a
/// private key (never echoing it). Keys are never taken from argv (shell history, ps).
int refuseKeyLikeArguments(const QStringList& arguments);
