#include "app/arb/ScanPrinter.h"

#include "core/report/OpportunityJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <string>

using namespace polaris;

namespace {

QString cell(const QString& text, int width)
{
    return text.length() > width ? text.left(width - 1) + QChar(0x2026) : text.leftJustified(width);
}

QString money(Decimal value)
{
    return QString::fromStdString(value.toFixed(2)).rightJustified(10);
}

const Opportunity* findById(const std::vector<Opportunity>& sorted, const std::string& id)
{
    const auto it = std::lower_bound(
            sorted.begin(), sorted.end(), id,
            [](const Opportunity& o, const std::string& key) { return o.id < key; });
    return it != sorted.end() && it->id == id ? &*it : nullptr;
}

} // namespace

ScanPrinter::ScanPrinter(bool json, int limit)
    : m_out(stdout)
    , m_json(json)
    , m_limit(limit)
{}

void ScanPrinter::printDocument(const ArbScanner& scanner,
                                int events,
                                int markets,
                                int books,
                                double elapsedMs,
                                std::int64_t nowMs)
{
    const std::vector<const Opportunity*> opportunities = scanner.sortedOpportunities();
    const std::vector<const Refusal*> refusals = scanner.sortedRefusals();
    if (m_json) {
        printJsonDocument(opportunities, refusals, events, markets, books, elapsedMs, nowMs);
        return;
    }
    m_out << "Scanned " << events << " events, " << markets << " markets, " << books << " books in "
          << QString::number(elapsedMs, 'f', 1) << " ms (as of " << isoUtc(nowMs) << ")\n";
    m_out << opportunities.size() << " opportunities, " << refusals.size()
          << " near-misses refused\n\n";
    printTable(opportunities);
    m_out.flush();
}

void ScanPrinter::printJsonDocument(const std::vector<const Opportunity*>& opportunities,
                                    const std::vector<const Refusal*>& refusals,
                                    int events,
                                    int markets,
                                    int books,
                                    double elapsedMs,
                                    std::int64_t nowMs)
{
    // Streamed: the bytes QJsonDocument(...).toJson(Indented) printed for the same document
    // (keys sorted as QJsonObject sorts them), without a QJsonObject per item, which took most
    // of the time of printing a scan of the whole universe. Written in ~1 MB pieces, so the
    // buffer stays small and warm instead of growing to the whole (~12 MB) document.
    m_out.flush(); // whatever the stream holds goes first; the document bypasses its encoding
    constexpr std::size_t kChunk = std::size_t(1) << 20;
    std::string json;
    json.reserve(kChunk + 64 * 1024);
    const auto flushIfFull = [&json] {
        if (json.size() >= kChunk) {
            std::fwrite(json.data(), 1, json.size(), stdout);
            json.clear();
        }
    };
    json += "{\n    \"as_of\": ";
    appendIsoUtc(json, nowMs);
    json += ",\n    \"elapsed_ms\": ";
    appendJsonNumber(json, std::round(elapsedMs * 1000.0) / 1000.0);
    // QJsonDocument's layout: "[\n", the elements at 8 spaces separated by ",\n", a final "\n"
    // only when there were elements, then the closing bracket at 4 spaces.
    const auto appendArray = [&](const auto& items, const auto& appendItem) {
        json += "[\n";
        for (std::size_t i = 0; i < items.size(); ++i) {
            json += i == 0 ? "        " : ",\n        ";
            appendItem(json, *items[i], 2);
            flushIfFull();
        }
        json += items.empty() ? "    ]" : "\n    ]";
    };
    json += ",\n    \"opportunities\": ";
    appendArray(opportunities, appendOpportunityJson);
    json += ",\n    \"rejected\": ";
    appendArray(refusals, appendRefusalJson);
    json += ",\n    \"scanned\": {\n        \"books\": " + std::to_string(books)
            + ",\n        \"events\": " + std::to_string(events)
            + ",\n        \"markets\": " + std::to_string(markets) + "\n    }\n}\n";
    std::fwrite(json.data(), 1, json.size(), stdout);
    std::fflush(stdout);
}

void ScanPrinter::printTable(const std::vector<const Opportunity*>& opportunities)
{
    if (opportunities.empty()) {
        return;
    }
    std::vector<const Opportunity*> rows = opportunities;
    std::sort(rows.begin(), rows.end(), [](const Opportunity* a, const Opportunity* b) {
        return a->netProfit != b->netProfit ? a->netProfit > b->netProfit : a->id < b->id;
    });
    m_out << cell(QStringLiteral("strat"), 6) << cell(QStringLiteral("event"), 44)
          << QStringLiteral("    shares") << QStringLiteral("      cost")
          << QStringLiteral("    profit") << QStringLiteral("   net %")
          << QStringLiteral("   ann %") << '\n';
    int shown = 0;
    for (const Opportunity* o : rows) {
        if (shown++ == m_limit) {
            m_out << "… " << (rows.size() - std::size_t(m_limit))
                  << " more (use --limit or --json)\n";
            break;
        }
        m_out << cell(QLatin1String(strategyCode(o->strategy)), 6)
              << cell(QString::fromStdString(o->eventTitle), 44) << money(o->shares)
              << money(o->cost) << money(o->netProfit)
              << QString::number(o->netProfitPct * 100, 'f', 2).rightJustified(8)
              << (o->annualizedPct ? QString::number(*o->annualizedPct * 100, 'f', 1)
                                   : QStringLiteral("-"))
                         .rightJustified(8)
              << '\n';
    }
}

void ScanPrinter::printDiff(const ArbScanner& scanner,
                            const OpportunityDiff& diff,
                            std::int64_t nowMs)
{
    const std::vector<Opportunity> current = scanner.opportunities();
    const auto emit = [&](const char* kind, const std::string& id) {
        const Opportunity* o = findById(current, id);
        if (m_json) {
            QJsonObject line;
            line.insert(QStringLiteral("type"), QLatin1String(kind));
            line.insert(QStringLiteral("at"), isoUtc(nowMs));
            line.insert(QStringLiteral("id"), QString::fromStdString(id));
            if (o) {
                line.insert(QStringLiteral("opportunity"), opportunityToJson(*o));
            }
            m_out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
            return;
        }
        m_out << isoUtc(nowMs) << ' ' << cell(QLatin1String(kind), 12)
              << cell(QString::fromStdString(id), 28);
        if (o) {
            m_out << cell(QString::fromStdString(o->eventTitle), 40)
                  << " q=" << QString::fromStdString(o->shares.toString())
                  << " profit=" << QString::fromStdString(o->netProfit.toFixed(2)) << " ("
                  << QString::number(o->netProfitPct * 100, 'f', 2) << " %)";
        }
        m_out << '\n';
    };
    for (const std::string& id : diff.appeared) {
        emit("appeared", id);
    }
    for (const std::string& id : diff.changed) {
        emit("changed", id);
    }
    for (const std::string& id : diff.disappeared) {
        emit("disappeared", id);
    }
    m_out.flush();
}
