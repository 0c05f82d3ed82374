#pragma once

#include "core/config/ArbConfig.h"
#include "core/venues/polymarket/VenueEndpoints.h"

#include <QString>
#include <QStringList>

#include <bitset>

/// `order` inputs, kept as the text given: OrderCommand validates them exactly (Decimal, Address).
struct OrderOptions
{
    bool dryRun = false;
    bool negRisk = false;
    QString tokenId;
    QString side;
    QString price;
    QString size;
    QString type = QStringLiteral("GTC");
    QString tickSize = QStringLiteral("0.01");
    QString version = QStringLiteral("2");
    QString chain = QStringLiteral("137");
    QString signatureType = QStringLiteral("eoa");
    QString funder;
    QString expiration; ///< GTD: unix seconds
};

/// Options shared by every polaris-arb command, parsed once from the command line.
struct ArbOptions
{
    QString command;
    QString snapshotDir; ///< --snapshot: read this instead of the network
    polaris::polymarket::VenueEndpoints endpoints;
    polaris::ArbConfig config;
    std::bitset<8> strategies = std::bitset<8>().set();
    bool json = false;
    bool once = false;
    QString outDir;         ///< record --out
    int durationS = 30;     ///< record --duration
    int loadTimeoutS = 300; ///< live: give up if the universe is not loaded by then
    int limit = 20;         ///< rows in human-readable tables
    QString db;             ///< --db URL (else POLARIS_DB_URL, settings, default SQLite)
    bool noDb = false;      ///< scan: do not record to the database
    QString since;          ///< history --since
    QString csvFile;        ///< history --csv FILE
    bool limitGiven = false;
    OrderOptions order;    ///< order --dry-run ...
    QStringList arguments; ///< positional arguments after the command (execute OPPORTUNITY_ID)
    bool paper = false;    ///< execute --paper
    bool live = false;     ///< execute --live (always refused: live needs the console's approval)
};

/// Parses argv into options; on a usage error prints it and returns the exit code in `exitCode`.
bool parseArbOptions(const QStringList& arguments, ArbOptions& options, int& exitCode);
