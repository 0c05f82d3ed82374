#pragma once

#include "core/scanner/ArbScanner.h"

#include <QTextStream>

/// Writes scan results for people (tables) or programs (one JSON document, or JSON lines for
/// the continuous feed). Shapes are documented in docs/cli.md.
class ScanPrinter
{
public:
    ScanPrinter(bool json, int limit);

    /// The whole result of one full scan.
    void printDocument(const polaris::ArbScanner& scanner,
                       int events,
                       int markets,
                       int books,
                       double elapsedMs,
                       std::int64_t nowMs);
    /// What appeared, changed or disappeared since the previous scan.
    void printDiff(const polaris::ArbScanner& scanner,
                   const polaris::OpportunityDiff& diff,
                   std::int64_t nowMs);

private:
    void printJsonDocument(const std::vector<const polaris::Opportunity*>& opportunities,
                           const std::vector<const polaris::Refusal*>& refusals,
                           int events,
                           int markets,
                           int books,
                           double elapsedMs,
                           std::int64_t nowMs);
    void printTable(const std::vector<const polaris::Opportunity*>& opportunities);

    QTextStream m_out;
    bool m_json;
    int m_limit;
};
