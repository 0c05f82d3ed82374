#include "tests/e2e/LiveStack.h"

#include "core/execution/ClobOrderGateway.h"
#include "core/execution/MemoryRecordSink.h"
#include "core/execution/PaperGateway.h"
#include "core/execution/Portfolio.h"
#include "core/execution/ReconcilerDriver.h"
#include "core/execution/RiskGuard.h"
#include "core/execution/StorageRecordSink.h"
#include "core/execution/UniverseQuoteSource.h"
#include "core/marketdata/MarketDataService.h"
#include "core/scanner/ScanDriver.h"
#include "core/storage/StorageQueries.h"
#include "core/storage/StorageWriter.h"
#include "core/venues/polymarket/WorkerThread.h"

#include <QMetaObject>
#include <QUrl>
#include <QUuid>

namespace polaris::e2e {

namespace {

ArbConfig e2eConfig(const LiveStackOptions& options)
{
    ArbConfig config;
    config.maxShares = Decimal::fromInt(100); // the basket of E2eMarket.h
    config.fillTimeoutMs = options.fillTimeoutMs;
    config.paperStartingBalance = options.startingBalance;
    return config;
}

DatabaseUrl sqlite(const QString& path)
{
    DatabaseUrl url;
    url.path = path;
    return url;
}

} // namespace

LiveStack::LiveStack(LiveStackOptions options)
    : m_options(std::move(options))
    , m_config(e2eConfig(m_options))
{
    if (m_options.dbPath.isEmpty()) {
        m_memory = std::make_unique<MemoryRecordSink>();
    } else {
        StorageWriter::Options writerOptions;
        writerOptions.url = sqlite(m_options.dbPath);
        writerOptions.flushIntervalMs = 10; // every record is waited for: commit promptly
        m_storageThread = std::make_unique<polymarket::WorkerThread>(QStringLiteral("e2e-storage"));
        m_writer = m_storageThread->adopt(new StorageWriter(writerOptions));
        m_storageThread->start();
        QMetaObject::invokeMethod(m_writer, &StorageWriter::start, Qt::QueuedConnection);
        m_storage = std::make_unique<StorageRecordSink>(*m_writer);
    }
    m_risk = std::make_unique<RiskGuard>(m_config, m_clock);
    m_risk->setPhase(m_options.mode);
    m_portfolio = std::make_unique<Portfolio>(m_options.mode, m_options.startingBalance);
    if (m_options.marketData) {
        MarketDataService::Options market;
        market.endpoints.gammaUrl = QUrl(m_options.httpUrl);
        market.endpoints.clobUrl = QUrl(m_options.httpUrl);
        market.endpoints.wsUrl = QUrl(m_options.wsUrl);
        m_market = std::make_unique<MarketDataService>(market, m_clock);
        m_driver = std::make_unique<ScanDriver>(m_config);
        std::bitset<8> onlyA;
        onlyA.set(static_cast<std::size_t>(Strategy::NegRiskLong));
        m_driver->scanner().setEnabled(onlyA);
        m_market->ingest().setListener(m_driver.get());
    }
}

LiveStack::~LiveStack()
{
    m_engine.reset();
    if (m_market) {
        m_market->ingest().setListener(nullptr);
        m_market->stop();
    }
    m_live.reset(); // joins its worker
    m_paper.reset();
    m_storage.reset();
    m_storageThread.reset(); // stops and deletes the writer
}

void LiveStack::start(secrets::SecretStore& store, std::function<void(Status)> done)
{
    auto finish = std::make_shared<std::function<void(Status)>>(std::move(done));
    if (!m_market) {
        startGateway(store, [finish](Status s) { (*finish)(std::move(s)); });
        return;
    }
    QObject::connect(m_market.get(), &MarketDataService::failed, m_market.get(),
                     [finish](const QString& message) {
                         if (*finish) {
                             auto once = std::move(*finish);
                             *finish = nullptr;
                             once(Error{ErrorCode::Io, "market data: " + message.toStdString()});
                         }
                     });
    secrets::SecretStore* storePtr = &store;
    QObject::connect(m_market.get(), &MarketDataService::initialBooksLoaded, m_market.get(),
                     [this, storePtr, finish] {
                         if (!*finish || m_quotes) {
                             return;
                         }
                         m_books = std::make_unique<BookStoreSource>(m_market->ingest().books());
                         m_quotes = std::make_unique<UniverseQuoteSource>(
                                 m_market->ingest().universe(), *m_books, m_config, m_clock,
                                 &m_driver->priceHistory());
                         startGateway(*storePtr, [finish](Status s) {
                             if (*finish) {
                                 auto once = std::move(*finish);
                                 *finish = nullptr;
                                 once(std::move(s));
                             }
                         });
                     });
    m_market->start();
}

void LiveStack::startGateway(secrets::SecretStore& store, std::function<void(Status)> done)
{
    const auto makeEngine = [this] {
        if (!m_quotes) {
            return;
        }
        ExecutionEngine::Options options = ExecutionEngine::optionsFrom(m_config);
        options.orderType = m_options.orderType;
        options.fillTimeoutMs = m_options.fillTimeoutMs;
        options.pollIntervalMs = m_options.pollIntervalMs;
        options.markets = [this](std::string_view token) { return m_quotes->marketOf(token); };
        RecordSink& records = m_storage ? static_cast<RecordSink&>(*m_storage) : *m_memory;
        m_engine = std::make_unique<ExecutionEngine>(
                options, gateway(), *m_quotes, *m_risk, *m_portfolio, records, m_clock,
                [] { return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString(); });
    };
    if (m_options.mode == ExecutionMode::Paper) {
        PaperGateway::Options paper{m_config.paperLatencyMs, m_options.startingBalance,
                                    m_options.idPrefix + "paper-"};
        m_paper = std::make_unique<PaperGateway>(
                *m_quotes, m_clock, [this](std::string_view t) { return m_quotes->feeOf(t); },
                paper);
        makeEngine();
        done(okStatus());
        return;
    }
    ClobGatewayConfig config;
    config.clobUrl = QUrl(m_options.httpUrl);
    config.marketWsUrl = QUrl(m_options.wsUrl);
    config.userWsUrl = QUrl(m_options.userWsUrl);
    config.requestTimeoutMs = 15'000;
    ClobOrderGateway::create(store, config,
                             [this, done = std::move(done),
                              makeEngine](Result<std::unique_ptr<ClobOrderGateway>> made) mutable {
                                 if (!made) {
                                     done(made.error());
                                     return;
                                 }
                                 m_live = std::move(made).value();
                                 makeEngine();
                                 done(okStatus());
                             });
}

std::optional<Opportunity> LiveStack::findA()
{
    if (!m_market || !m_driver) {
        return std::nullopt;
    }
    m_driver->fullScan(m_market->ingest().books(), m_clock.nowMs());
    for (const Opportunity& opportunity : m_driver->scanner().opportunities()) {
        if (opportunity.strategy == Strategy::NegRiskLong) {
            return opportunity;
        }
    }
    return std::nullopt;
}

ExecutionReport LiveStack::execute(const Opportunity& quote)
{
    if (!m_engine) {
        ExecutionReport report;
        report.status = ExecutionStatus::Error;
        report.message = "e2e: the stack has no engine (not started, or no market data)";
        return report;
    }
    return m_engine->execute(quote, std::string("e2e-approval"));
}

Result<ReconcileResult> LiveStack::reconcile()
{
    if (m_options.dbPath.isEmpty()) {
        return Error{ErrorCode::MissingField, "reconciliation needs a database"};
    }
    Result<StorageQueries> queries = StorageQueries::open(sqlite(m_options.dbPath));
    if (!queries) {
        return queries.error();
    }
    return polaris::reconcile(queries.value(), gateway(), *m_storage, m_clock.nowMs());
}

bool LiveStack::flushRecords(int timeoutMs)
{
    return m_writer == nullptr || m_writer->waitForFlushed(timeoutMs);
}

OrderGateway& LiveStack::gateway()
{
    return m_live ? static_cast<OrderGateway&>(*m_live) : *m_paper;
}

std::optional<OrderBook> LiveStack::book(const std::string& tokenId)
{
    return m_quotes ? m_quotes->book(tokenId) : std::nullopt;
}

} // namespace polaris::e2e
