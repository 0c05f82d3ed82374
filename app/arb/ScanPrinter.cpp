#include "app/arb/ScanPrinter.h"

#include "core/report/OpportunityJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

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
    const std::vector<Opportunity> opportunities = scanner.opportunities();
    const std::vector<Refusal> refusals = scanner.refusals();
    if (m_json) {
        QJsonObject scanned;
        scanned.insert(QStringLiteral("events"), events);
        scanned.insert(QStringLiteral("markets"), markets);
        scanned.insert(QStringLiteral("books"), books);
        QJsonArray found;
        for (const Opportunity& opportunity : opportunities) {
            found.append(opportunityToJson(opportunity));
        }
        QJsonArray rejected;
        for (const Refusal& refusal : refusals) {
            rejected.append(refusalToJson(refusal));
        }
        QJsonObject document;
        document.insert(QStringLiteral("as_of"), isoUtc(nowMs));
        document.insert(QStringLiteral("scanned"), scanned);
        document.insert(QStringLiteral("elapsed_ms"), std::round(elapsedMs * 1000.0) / 1000.0);
        document.insert(QStringLiteral("opportunities"), found);
        document.insert(QStringLiteral("rejected"), rejected);
        m_out << QJsonDocument(document).toJson(QJsonDocument::Indented);
        m_out.flush();
        return;
    }
    m_out << "Scanned " << events << " events, " << markets << " markets, " << books << " books in "
          << QString::number(elapsedMs, 'f', 1) << " ms (as of " << isoUtc(nowMs) << ")\n";
    m_out << opportunities.size() << " opportunities, " << refusals.size()
          << " near-misses refused\n\n";
    printTable(opportunities);
    m_out.flush();
}

void ScanPrinter::printTable(const std::vector<Opportunity>& opportunities)
{
    if (opportunities.empty()) {
        return;
    }
    std::vector<const Opportunity*> rows;
    for (const Opportunity& opportunity : opportunities) {
        rows.push_back(&opportunity);
    }
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
