#include "app/arb/Commands.h"
#include "app/arb/MarketLoader.h"
#include "core/execution/ExecutionEngine.h"
#include "core/execution/MemoryRecordSink.h"
#include "core/execution/PaperGateway.h"
#include "core/execution/Portfolio.h"
#include "core/execution/RiskGuard.h"
#include "core/execution/StorageRecordSink.h"
#include "core/execution/UniverseQuoteSource.h"
#include "core/report/OpportunityJson.h"
#include "core/storage/StorageWriter.h"
#include "core/venues/polymarket/WorkerThread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <memory>

using namespace polaris;

namespace {

constexpr int kUsageError = 2;
constexpr int kNotTraded = 3; ///< ran, but did not end hedged (see docs/cli.md)

/// The loader's clock (the snapshot's replay clock or the system's) as a Clock.
class LoaderClock final : public Clock
{
public:
    explicit LoaderClock(const MarketLoader& loader)
        : m_loader(loader)
    {}
    std::int64_t nowMs() const override { return m_loader.nowMs(); }

private:
    const MarketLoader& m_loader;
};

/// Where the run's records go: the database (its writer on its own thread) or memory (--no-db).
class RecordTarget
{
public:
    explicit RecordTarget(const ArbOptions& options)
    {
        if (options.noDb) {
            m_description = QStringLiteral("not recorded (--no-db)");
            return;
        }
        auto url = DatabaseUrl::resolve(options.db);
        if (!url.ok()) {
            m_error = QString::fromStdString(url.error().detail);
            return;
        }
        m_description = QStringLiteral("recorded in %1").arg(url->redacted());
        StorageWriter::Options writerOptions;
        writerOptions.url = *url;
        writerOptions.flushIntervalMs = 10; // each record is waited for: commit promptly
        m_thread = std::make_unique<polymarket::WorkerThread>(QStringLiteral("polaris-storage"));
        m_writer = m_thread->adopt(new StorageWriter(writerOptions));
        m_thread->start();
        QMetaObject::invokeMethod(m_writer, &StorageWriter::start, Qt::QueuedConnection);
        m_storage = std::make_unique<StorageRecordSink>(*m_writer);
    }

    RecordSink& sink() { return m_storage ? static_cast<RecordSink&>(*m_storage) : m_memory; }
    const QString& error() const { return m_error; }
    const QString& description() const { return m_description; }

private:
    QString m_error;
    QString m_description;
    MemoryRecordSink m_memory;
    std::unique_ptr<polymarket::WorkerThread> m_thread; // stops and deletes the writer last
    StorageWriter* m_writer = nullptr;
    std::unique_ptr<StorageRecordSink> m_storage;
};

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

QString money(Decimal value)
{
    return text(value.toString());
}

std::size_t commonPrefix(const std::string& a, const std::string& b)
{
    std::size_t n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n]) {
        ++n;
    }
    return n;
}

/// Why `id` cannot be executed: refused in this scan, or the closest ids found.
QString notFound(const std::string& id, const ArbScanner& scanner)
{
    for (const Refusal* refusal : scanner.sortedRefusals()) {
        if (refusal->id == id) {
            return QStringLiteral("opportunity %1 is refused in this scan (%2: %3)")
                    .arg(text(id), QLatin1String(refusalReasonName(refusal->reason)),
                         text(refusal->detail));
        }
    }
    std::vector<std::string> ids;
    for (const Opportunity* opportunity : scanner.sortedOpportunities()) {
        ids.push_back(opportunity->id);
    }
    std::stable_sort(ids.begin(), ids.end(), [&](const std::string& a, const std::string& b) {
        return commonPrefix(a, id) > commonPrefix(b, id);
    });
    QStringList nearby;
    for (std::size_t i = 0; i < ids.size() && i < 5; ++i) {
        nearby.append(text(ids[i]));
    }
    return QStringLiteral("no opportunity %1 in this scan (%2 found%3); run scan --once to list "
                          "them")
            .arg(text(id))
            .arg(ids.size())
            .arg(nearby.isEmpty()
                         ? QString()
                         : QStringLiteral("; nearest: ") + nearby.join(QStringLiteral(", ")));
}

QJsonObject legToJson(const LegResult& leg)
{
    QJsonArray fills;
    for (const FillReport& fill : leg.report.fills) {
        fills.append(QJsonObject{{QStringLiteral("fill_id"), text(fill.fillId)},
                                 {QStringLiteral("price"), money(fill.price)},
                                 {QStringLiteral("shares"), money(fill.shares)},
                                 {QStringLiteral("fee"), money(fill.fee)}});
    }
    const bool buy = leg.intent.side == TradeSide::Buy;
    const Decimal notional = buy ? leg.cost : -leg.cost;
    return QJsonObject{
            {QStringLiteral("purpose"), text(leg.purpose)},
            {QStringLiteral("order_id"), text(leg.intent.clientOrderId)},
            {QStringLiteral("venue_order_id"), text(leg.report.venueOrderId)},
            {QStringLiteral("token_id"), text(leg.intent.tokenId)},
            {QStringLiteral("condition_id"), text(leg.intent.conditionId)},
            {QStringLiteral("side"), buy ? QStringLiteral("BUY") : QStringLiteral("SELL")},
            {QStringLiteral("type"), QLatin1String(orderTypeName(leg.intent.type))},
            {QStringLiteral("limit"), money(leg.intent.limitPrice)},
            {QStringLiteral("shares"), money(leg.intent.shares)},
            {QStringLiteral("filled"), money(leg.filledShares)},
            {QStringLiteral("avg_price"),
             leg.filledShares.isPositive() ? money(
                     Decimal::div(notional, leg.filledShares, buy ? Rounding::Up : Rounding::Down))
                                           : QString()},
            {QStringLiteral("cost"), money(leg.cost)},
            {QStringLiteral("fees"), money(leg.fees)},
            {QStringLiteral("state"), QLatin1String(orderStateName(leg.report.state))},
            {QStringLiteral("error"), leg.report.error == TradingError::None
                                              ? QString()
                                              : QLatin1String(tradingErrorName(leg.report.error))},
            {QStringLiteral("message"), text(leg.report.message)},
            {QStringLiteral("fills"), fills},
    };
}

QJsonObject reportToJson(const ExecutionReport& report, Decimal balance, const QString& records)
{
    QJsonArray legs;
    for (const LegResult& leg : report.legs) {
        legs.append(legToJson(leg));
    }
    return QJsonObject{
            {QStringLiteral("execution_id"), text(report.executionId)},
            {QStringLiteral("opportunity_id"), text(report.opportunityId)},
            {QStringLiteral("strategy"), QLatin1String(strategyCode(report.strategy))},
            {QStringLiteral("event_id"), text(report.eventId)},
            {QStringLiteral("mode"), QLatin1String(executionModeName(report.mode))},
            {QStringLiteral("status"), QLatin1String(executionStatusName(report.status))},
            {QStringLiteral("message"), text(report.message)},
            {QStringLiteral("shares_target"), money(report.sharesTarget)},
            {QStringLiteral("shares"), money(report.hedgedShares)},
            {QStringLiteral("cost"), money(report.cost)},
            {QStringLiteral("fees"), money(report.fees)},
            {QStringLiteral("locked_in_pnl"), money(report.lockedInPnl)},
            {QStringLiteral("realized_pnl"), money(report.realizedPnl)},
            {QStringLiteral("paper_balance"), money(balance)},
            {QStringLiteral("started_at"), isoUtc(report.startedAtMs)},
            {QStringLiteral("finished_at"), isoUtc(report.finishedAtMs)},
            {QStringLiteral("records"), records},
            {QStringLiteral("quote"), opportunityToJson(report.quote)},
            {QStringLiteral("legs"), legs},
    };
}

void printTable(const ExecutionReport& report, Decimal balance, const QString& records)
{
    QTextStream out(stdout);
    out << "execute " << text(report.opportunityId) << " (" << strategyCode(report.strategy) << ", "
        << text(report.quote.eventTitle) << ") in " << executionModeName(report.mode) << ": "
        << executionStatusName(report.status) << '\n';
    out << "  " << text(report.message) << '\n';
    out << "  shares " << money(report.hedgedShares) << " of " << money(report.sharesTarget)
        << "   cost " << money(report.cost) << "   fees " << money(report.fees)
        << "   locked-in PnL " << money(report.lockedInPnl) << "   realised PnL "
        << money(report.realizedPnl) << '\n';
    out << "  paper balance " << money(balance) << "; " << records << "\n\n";
    if (report.legs.empty()) {
        out.flush();
        return;
    }
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                    .arg(QStringLiteral("purpose"), -8)
                    .arg(QStringLiteral("side"), -5)
                    .arg(QStringLiteral("type"), -4)
                    .arg(QStringLiteral("limit"), 8)
                    .arg(QStringLiteral("shares"), 10)
                    .arg(QStringLiteral("filled"), 10)
                    .arg(QStringLiteral("cost"), 11)
                    .arg(QStringLiteral("fees"), 9)
                    .arg(QStringLiteral("state / token"))
        << '\n';
    for (const LegResult& leg : report.legs) {
        const QString error =
                leg.report.error == TradingError::None
                        ? QString()
                        : QStringLiteral(" ") + QLatin1String(tradingErrorName(leg.report.error));
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                        .arg(text(leg.purpose), -8)
                        .arg(leg.intent.side == TradeSide::Buy ? QStringLiteral("BUY")
                                                               : QStringLiteral("SELL"),
                             -5)
                        .arg(QLatin1String(orderTypeName(leg.intent.type)), -4)
                        .arg(money(leg.intent.limitPrice), 8)
                        .arg(money(leg.intent.shares), 10)
                        .arg(money(leg.filledShares), 10)
                        .arg(money(leg.cost), 11)
                        .arg(money(leg.fees), 9)
                        .arg(QLatin1String(orderStateName(leg.report.state)) + error
                             + QStringLiteral(" ") + text(leg.intent.tokenId))
            << '\n';
    }
    out.flush();
}

int exitCodeFor(ExecutionStatus status)
{
    switch (status) {
    case ExecutionStatus::Filled:
    case ExecutionStatus::Patched:
    case ExecutionStatus::Unwound:
    case ExecutionStatus::Recorded:
        return 0;
    case ExecutionStatus::PartialHold:
    case ExecutionStatus::NotFilled:
    case ExecutionStatus::Stale:
    case ExecutionStatus::RiskRefused:
        return kNotTraded;
    case ExecutionStatus::Pending:
    case ExecutionStatus::Error:
        return 1;
    }
    return 1;
}

/// Scans the loaded market, finds the opportunity and runs it through the engine in paper.
int executeLoaded(const ArbOptions& options,
                  ScanDriver& driver,
                  MarketDataIngest& ingest,
                  const Clock& clock,
                  const std::string& id)
{
    driver.fullScan(ingest.books(), clock.nowMs());
    const std::vector<const Opportunity*> found = driver.scanner().sortedOpportunities();
    const auto it = std::find_if(found.begin(), found.end(),
                                 [&](const Opportunity* o) { return o->id == id; });
    if (it == found.end()) {
        return reportFailure(notFound(id, driver.scanner()));
    }
    const Opportunity quote = **it;
    RecordTarget records(options);
    if (!records.error().isEmpty()) {
        return reportFailure(QStringLiteral("cannot record the execution (%1); nothing was sent "
                                            "(use --no-db to run without a database)")
                                     .arg(records.error()));
    }
    const ArbConfig& config = options.config;
    const BookStoreSource books(ingest.books());
    UniverseQuoteSource quotes(ingest.universe(), books, config, clock, &driver.priceHistory());
    // Fill ids key arb_fill: unique per run, as the database outlives this process.
    const std::string idPrefix =
            "paper-" + QUuid::createUuid().toString(QUuid::Id128).left(8).toStdString() + "-";
    PaperGateway gateway(
            quotes, clock, [&](std::string_view token) { return quotes.feeOf(token); },
            PaperGateway::Options{config.paperLatencyMs, config.paperStartingBalance, idPrefix});
    RiskGuard risk(config, clock);
    risk.setPhase(ExecutionMode::Paper);
    Portfolio portfolio(ExecutionMode::Paper, config.paperStartingBalance);
    ExecutionEngine::Options engineOptions = ExecutionEngine::optionsFrom(config);
    engineOptions.markets = [&](std::string_view token) { return quotes.marketOf(token); };
    ExecutionEngine engine(
            engineOptions, gateway, quotes, risk, portfolio, records.sink(), clock,
            [] { return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString(); });
    const ExecutionReport report = engine.execute(quote);
    // The paper phase's PnL after this execution, for the console's charts (best effort).
    for (PnlPointRecord& point :
         portfolio.pnlPoints(clock.nowMs(), [&](std::string_view token) -> std::optional<Decimal> {
             const std::optional<OrderBook> book = quotes.book(token);
             const auto bid = book ? book->bestBid() : std::nullopt;
             return bid ? std::optional<Decimal>(bid->price) : std::nullopt;
         })) {
        (void)records.sink().persist(std::move(point)); // a chart point, not a trade record
    }
    const Decimal balance = gateway.collateralBalance().value();
    if (options.json) {
        QTextStream(stdout) << QJsonDocument(reportToJson(report, balance, records.description()))
                                       .toJson(QJsonDocument::Indented);
    } else {
        printTable(report, balance, records.description());
    }
    return exitCodeFor(report.status);
}

} // namespace

int runExecute(const ArbOptions& options)
{
    if (options.live) {
        return reportFailure(QStringLiteral("execute --live is refused: live execution needs the "
                                            "console's operator approval (approve the opportunity "
                                            "in the Polaris console); polaris-arb only runs "
                                            "--paper"),
                             kUsageError);
    }
    if (!options.paper) {
        return reportFailure(QStringLiteral("execute needs --paper (live execution is approved in "
                                            "the console)"),
                             kUsageError);
    }
    if (options.arguments.size() != 1 || options.arguments.constFirst().trimmed().isEmpty()) {
        return reportFailure(QStringLiteral("execute needs one OPPORTUNITY_ID (the \"id\" of scan "
                                            "--once --json)"),
                             kUsageError);
    }
    const std::string id = options.arguments.constFirst().trimmed().toStdString();
    // A snapshot executes on its final state, after the recorded frames (as scan --once scans).
    ArbOptions loadOptions = options;
    loadOptions.once = true;
    ScanDriver driver(options.config);
    driver.scanner().setEnabled(options.strategies);
    MarketLoader loader(loadOptions, &driver);
    const LoaderClock clock(loader);
    int exitCode = 0;
    loader.setOnLoaded([&](MarketDataIngest& ingest, std::int64_t) {
        exitCode = executeLoaded(options, driver, ingest, clock, id);
        return false; // one execution, then exit
    });
    const int code = loader.run();
    return code != 0 ? code : exitCode;
}
