#include "core/execution/EngineExecutionService.h"
#include "core/execution/PaperGateway.h"
#include "core/execution/ScanServiceQuoteSource.h"
#include "core/storage/StorageQueries.h"
#include "tests/core/execution/ScanMarketFixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace polaris;
using namespace polaris::test;

namespace {

/// The execution service's signals, received on the main thread (queued, like the console's).
class ServiceCollector : public QObject
{
    Q_OBJECT
public:
    std::vector<RiskSnapshot> risks;
    std::vector<std::vector<PendingApproval>> approvals;
    std::vector<ExecutionReport> reports;
    std::vector<QStringList> reconciliations;
    QStringList failures;

    const PendingApproval* latest(const std::string& approvalId) const
    {
        if (approvals.empty()) {
            return nullptr;
        }
        for (const PendingApproval& entry : approvals.back()) {
            if (entry.approvalId == approvalId) {
                return &entry;
            }
        }
        return nullptr;
    }
    /// The id of the newest entry of an opportunity in the latest queue.
    std::string approvalOf(const std::string& opportunityId) const
    {
        if (approvals.empty()) {
            return {};
        }
        for (const PendingApproval& entry : approvals.back()) {
            if (entry.quote.id == opportunityId) {
                return entry.approvalId;
            }
        }
        return {};
    }

public Q_SLOTS:
    void onRisk(const polaris::RiskSnapshot& s) { risks.push_back(s); }
    void onApprovals(const std::vector<polaris::PendingApproval>& e) { approvals.push_back(e); }
    void onReport(const polaris::ExecutionReport& r) { reports.push_back(r); }
    void onReconciliation(const QStringList& issues) { reconciliations.push_back(issues); }
    void onFailed(const QString& message) { failures << message; }
};

/// One execution service on its own thread over the fixture's market, as the console wires it.
struct ServiceUnderTest
{
    std::unique_ptr<polymarket::WorkerThread> thread;
    EngineExecutionService* service = nullptr;
    ServiceCollector got;

    ServiceUnderTest(ScanMarketFixture& market,
                     EngineExecutionService::Options options,
                     const Clock& clock,
                     EngineExecutionService::GatewayFactory live = {})
    {
        auto quotes = std::make_unique<ScanServiceQuoteSource>(*market.scan, market.clock);
        ScanServiceQuoteSource* source = quotes.get();
        EngineExecutionService::Dependencies deps;
        deps.quotes = std::move(quotes);
        deps.markets = [source](std::string_view tokenId) { return source->marketOf(tokenId); };
        deps.liveGateway = std::move(live);
        thread = std::make_unique<polymarket::WorkerThread>(QStringLiteral("test-execution"));
        service = thread->adopt(new EngineExecutionService(options, std::move(deps), clock));
        QObject::connect(service, &ExecutionService::riskChanged, &got, &ServiceCollector::onRisk);
        QObject::connect(service, &ExecutionService::approvalsChanged, &got,
                         &ServiceCollector::onApprovals);
        QObject::connect(service, &ExecutionService::executionFinished, &got,
                         &ServiceCollector::onReport);
        QObject::connect(service, &ExecutionService::reconciliationIssues, &got,
                         &ServiceCollector::onReconciliation);
        QObject::connect(service, &ExecutionService::failed, &got, &ServiceCollector::onFailed);
        thread->start();
        QMetaObject::invokeMethod(service, &EngineExecutionService::start, Qt::QueuedConnection);
    }
    ~ServiceUnderTest() { thread.reset(); }

    bool started() const
    {
        return QTest::qWaitFor([&] { return !got.risks.empty(); }, 10'000);
    }
    void submit(const Opportunity& quote)
    {
        QMetaObject::invokeMethod(service, [s = service, quote] { s->submitForApproval(quote); });
    }
    void approve(const std::string& id, const QString& who = QStringLiteral("tester"))
    {
        QMetaObject::invokeMethod(service, [s = service, id = QString::fromStdString(id), who] {
            s->approve(id, who);
        });
    }
    void setPhase(ExecutionMode phase, const QString& confirmation)
    {
        QMetaObject::invokeMethod(
                service, [s = service, phase, confirmation] { s->setPhase(phase, confirmation); });
    }
    /// Submits and waits until the queue shows it; returns its approval id.
    std::string queue(const Opportunity& quote)
    {
        submit(quote);
        (void)QTest::qWaitFor([&] { return !got.approvalOf(quote.id).empty(); }, 5'000);
        return got.approvalOf(quote.id);
    }
};

EngineExecutionService::Options paperOptions(const QTemporaryDir* database)
{
    EngineExecutionService::Options options;
    options.config = ScanMarketFixture::scanConfig();
    options.config.paperLatencyMs = 10;
    options.config.fillTimeoutMs = 2'000;
    options.config.paperStartingBalance = Decimal::fromInt(100'000); // limits never in the way
    options.initialPhase = ExecutionMode::Paper;
    if (database != nullptr) {
        options.database = *DatabaseUrl::parse(database->filePath(QStringLiteral("exec.sqlite")));
    }
    return options;
}

std::vector<ApprovalRecord> storedApprovals(const QTemporaryDir& database)
{
    Result<StorageQueries> queries = StorageQueries::open(
            *DatabaseUrl::parse(database.filePath(QStringLiteral("exec.sqlite"))));
    if (!queries) {
        return {};
    }
    Result<std::vector<ApprovalRecord>> rows = queries.value().approvals(50);
    return rows ? rows.value() : std::vector<ApprovalRecord>{};
}

} // namespace

class TestEngineExecutionService : public QObject
{
    Q_OBJECT

private:
    ScanMarketFixture m_market;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_market.start()); }
    void cleanupTestCase() { m_market.stop(); }

    void paperApprovalExecutesAndIsStored()
    {
        const std::optional<Opportunity> seen = m_market.waitForOpportunity();
        QVERIFY2(seen, "the simulator's mispricings never became an opportunity");
        QTemporaryDir database;
        SystemClock clock;
        ServiceUnderTest exec(m_market, paperOptions(&database), clock);
        QVERIFY(exec.started());
        QCOMPARE(exec.got.risks.back().phase, ExecutionMode::Paper);
        QCOMPARE(exec.got.risks.back().balance, Decimal::fromInt(100'000));

        const std::string id = exec.queue(*seen);
        QVERIFY(!id.empty());
        QCOMPARE(exec.got.latest(id)->stage, ApprovalStage::Waiting);
        exec.approve(id);
        QVERIFY(QTest::qWaitFor([&] { return !exec.got.reports.empty(); }, 10'000));
        const ExecutionReport& report = exec.got.reports.front();
        QVERIFY2(report.status == ExecutionStatus::Filled, report.message.c_str());
        QCOMPARE(report.mode, ExecutionMode::Paper);
        QCOMPARE(report.approvalId.value_or(""), id);
        QCOMPARE(report.hedgedShares, seen->shares);
        QVERIFY(report.lockedInPnl.isPositive());
        QVERIFY(QTest::qWaitFor(
                [&] {
                    const PendingApproval* e = exec.got.latest(id);
                    return e && e->stage == ApprovalStage::Done;
                },
                5'000));
        QCOMPARE(exec.got.latest(id)->executionId, report.executionId);
        // The risk panel sees the paper account move.
        QVERIFY(QTest::qWaitFor([&] { return exec.got.risks.back().openExposure.isPositive(); },
                                5'000));
        QVERIFY(exec.got.failures.isEmpty());

        // The decision was committed before the execution ran.
        const std::vector<ApprovalRecord> stored = storedApprovals(database);
        QCOMPARE(int(stored.size()), 1);
        QCOMPARE(stored[0].approvalId, id);
        QCOMPARE(stored[0].operatorName, std::string("tester"));
        QVERIFY(stored[0].approved);
        QCOMPARE(stored[0].opportunityKey, seen->id);
        QCOMPARE(stored[0].quotedNetProfit, seen->netProfit);
        QCOMPARE(stored[0].quotedShares, seen->shares);
        QVERIFY(QString::fromStdString(stored[0].note).startsWith(QStringLiteral("EXECUTE")));
    }

    void edgeMovedNeedsASecondConfirmation()
    {
        const std::optional<Opportunity> seen = m_market.waitForOpportunity();
        QVERIFY(seen);
        // The operator was shown a better edge than the books give now.
        Opportunity shown = *seen;
        shown.netProfit =
                seen->netProfit + Decimal::mul(seen->cost, *Decimal::parse("0.05"), Rounding::Up);
        shown.netProfitPct = shown.netProfit.toDouble() / shown.cost.toDouble();
        QTemporaryDir database;
        SystemClock clock;
        ServiceUnderTest exec(m_market, paperOptions(&database), clock);
        QVERIFY(exec.started());
        const std::string id = exec.queue(shown);
        exec.approve(id, QStringLiteral("alice"));
        QVERIFY(QTest::qWaitFor(
                [&] {
                    const PendingApproval* e = exec.got.latest(id);
                    return e && e->stage == ApprovalStage::NeedsReconfirm;
                },
                5'000));
        const PendingApproval* entry = exec.got.latest(id);
        QVERIFY(entry->requote);
        QCOMPARE(entry->requote->netProfit, seen->netProfit);
        QCOMPARE(entry->quote.netProfit, seen->netProfit); // the new quote is what is confirmed
        QVERIFY(exec.got.reports.empty());

        exec.approve(id, QStringLiteral("alice"));
        QVERIFY(QTest::qWaitFor([&] { return !exec.got.reports.empty(); }, 10'000));
        QVERIFY2(exec.got.reports.front().status == ExecutionStatus::Filled,
                 exec.got.reports.front().message.c_str());

        std::vector<ApprovalRecord> stored = storedApprovals(database);
        QCOMPARE(int(stored.size()), 2);
        std::sort(stored.begin(), stored.end(), [](const auto& a, const auto& b) {
            return a.note < b.note; // EXECUTE..., RECONFIRM...
        });
        QCOMPARE(stored[0].approvalId, id);
        QVERIFY(QString::fromStdString(stored[0].note).startsWith(QStringLiteral("EXECUTE")));
        QCOMPARE(stored[0].quotedNetProfit, seen->netProfit);
        QVERIFY(stored[1].approvalId != id);
        QVERIFY(QString::fromStdString(stored[1].note).startsWith(QStringLiteral("RECONFIRM")));
        QCOMPARE(stored[1].quotedNetProfit, shown.netProfit); // the edge the operator was shown
        QCOMPARE(stored[1].operatorName, std::string("alice"));
    }

    void expiredQuoteIsNotExecuted()
    {
        const std::optional<Opportunity> seen = m_market.waitForOpportunity();
        QVERIFY(seen);
        QTemporaryDir database;
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        EngineExecutionService::Options options = paperOptions(&database);
        options.riskIntervalMs = 600'000; // the queue's own expiry must not beat the click
        ServiceUnderTest exec(m_market, options, clock);
        QVERIFY(exec.started());
        const std::string id = exec.queue(*seen);
        clock.advanceMs(options.config.approvalTtlMs + 1);
        exec.approve(id);
        QVERIFY(QTest::qWaitFor(
                [&] {
                    const PendingApproval* e = exec.got.latest(id);
                    return e && e->stage == ApprovalStage::Expired;
                },
                5'000));
        QTest::qWait(100);
        QVERIFY(exec.got.reports.empty());
        const std::vector<ApprovalRecord> stored = storedApprovals(database);
        QCOMPARE(int(stored.size()), 1);
        QVERIFY(QString::fromStdString(stored[0].note).startsWith(QStringLiteral("EXPIRED")));
    }

    void goneOpportunityIsStale()
    {
        const std::optional<Opportunity> seen = m_market.waitForOpportunity();
        QVERIFY(seen);
        SystemClock clock;
        ServiceUnderTest exec(m_market, paperOptions(nullptr), clock); // memory records
        QVERIFY(exec.started());
        const std::string id = exec.queue(*seen);
        m_market.clearMispricings();
        QVERIFY(QTest::qWaitFor([&] { return !m_market.find(seen->id); }, 5'000));
        exec.approve(id);
        QVERIFY(QTest::qWaitFor(
                [&] {
                    const PendingApproval* e = exec.got.latest(id);
                    return e && e->stage == ApprovalStage::Stale;
                },
                5'000));
        QVERIFY(exec.got.reports.empty());
    }

    void monitorOnlyRecordsAndRejectIsFinal()
    {
        const std::optional<Opportunity> seen = m_market.waitForOpportunity();
        QVERIFY(seen);
        SystemClock clock;
        EngineExecutionService::Options options = paperOptions(nullptr);
        options.initialPhase = ExecutionMode::Monitor;
        ServiceUnderTest exec(m_market, options, clock);
        QVERIFY(exec.started());
        QCOMPARE(exec.got.risks.back().phase, ExecutionMode::Monitor);
        const std::string id = exec.queue(*seen);
        exec.approve(id);
        QVERIFY(QTest::qWaitFor([&] { return !exec.got.reports.empty(); }, 10'000));
        QCOMPARE(exec.got.reports.front().status, ExecutionStatus::Recorded);
        QCOMPARE(exec.got.reports.front().mode, ExecutionMode::Monitor);

        // A second submission of the same opportunity is a new entry; rejected, it stays so.
        const std::size_t before = exec.got.approvals.size();
        exec.submit(*seen);
        QVERIFY(QTest::qWaitFor([&] { return exec.got.approvals.size() > before; }, 5'000));
        std::string second;
        for (const PendingApproval& e : exec.got.approvals.back()) {
            if (e.stage == ApprovalStage::Waiting) {
                second = e.approvalId;
            }
        }
        QVERIFY(!second.empty() && second != id);
        QMetaObject::invokeMethod(exec.service, [s = exec.service, second] {
            s->reject(QString::fromStdString(second), QStringLiteral("bob"));
        });
        QVERIFY(QTest::qWaitFor(
                [&] {
                    const PendingApproval* e = exec.got.latest(second);
                    return e && e->stage == ApprovalStage::Rejected;
                },
                5'000));
        exec.approve(second);
        QVERIFY(QTest::qWaitFor([&] { return !exec.got.failures.isEmpty(); }, 5'000));
        QCOMPARE(int(exec.got.reports.size()), 1);
    }

    void autoPaperExecutesAboveTheThreshold()
    {
        const std::optional<Opportunity> seen = m_market.waitForOpportunity();
        QVERIFY(seen);
        SystemClock clock;
        EngineExecutionService::Options options = paperOptions(nullptr);
        options.autoExecuteMinNetProfit = seen->netProfit;
        ServiceUnderTest exec(m_market, options, clock);
        QVERIFY(exec.started());
        Opportunity below = *seen;
        below.id += "-below";
        below.netProfit = seen->netProfit - Decimal::fromMicros(1);
        exec.submit(below); // waits for the operator
        exec.submit(*seen); // runs by itself
        QVERIFY(QTest::qWaitFor([&] { return !exec.got.reports.empty(); }, 10'000));
        QCOMPARE(exec.got.reports.front().opportunityId, seen->id);
        QVERIFY2(exec.got.reports.front().status == ExecutionStatus::Filled,
                 exec.got.reports.front().message.c_str());
        const std::string belowId = exec.got.approvalOf(below.id);
        QVERIFY(!belowId.empty());
        QCOMPARE(exec.got.latest(belowId)->stage, ApprovalStage::Waiting);
    }

    void liveNeedsTheExactPhraseAndAGateway()
    {
        SystemClock clock;
        // The live gateway here is the paper matcher: what is tested is the phase switch.
        auto books = std::make_shared<ScanServiceQuoteSource>(*m_market.scan, m_market.clock);
        bool gatewayAvailable = false;
        int made = 0;
        const auto factory = [books, &clock, &gatewayAvailable,
                              &made]() -> Result<std::unique_ptr<OrderGateway>> {
            if (!gatewayAvailable) {
                return Error{ErrorCode::NotFound, "no Polymarket keys in the keychain"};
            }
            ++made;
            return std::unique_ptr<OrderGateway>(std::make_unique<PaperGateway>(
                    *books, clock, PaperGateway::FeeLookup{}, PaperGateway::Options{}));
        };
        ServiceUnderTest exec(m_market, paperOptions(nullptr), clock, factory);
        QVERIFY(exec.started());

        exec.setPhase(ExecutionMode::Live, QStringLiteral("live"));
        QVERIFY(QTest::qWaitFor([&] { return exec.got.failures.size() == 1; }, 5'000));
        QVERIFY(exec.got.failures.back().contains(QStringLiteral("LIVE")));
        exec.setPhase(ExecutionMode::Live, QStringLiteral("LIVE"));
        QVERIFY(QTest::qWaitFor([&] { return exec.got.failures.size() == 2; }, 5'000));
        QVERIFY(exec.got.failures.back().contains(QStringLiteral("no Polymarket keys")));
        QTest::qWait(50);
        QCOMPARE(exec.got.risks.back().phase, ExecutionMode::Paper);

        gatewayAvailable = true;
        exec.setPhase(ExecutionMode::Live, ExecutionService::liveConfirmationPhrase());
        QVERIFY(QTest::qWaitFor([&] { return exec.got.risks.back().phase == ExecutionMode::Live; },
                                5'000));
        QCOMPARE(made, 1);
        QCOMPARE(exec.got.failures.size(), 2);
        // Down to Paper needs no phrase.
        exec.setPhase(ExecutionMode::Paper, QString());
        QVERIFY(QTest::qWaitFor([&] { return exec.got.risks.back().phase == ExecutionMode::Paper; },
                                5'000));
    }

    void riskSnapshotsCarryTheScannerLayersAndTick()
    {
        SystemClock clock;
        EngineExecutionService::Options options = paperOptions(nullptr);
        options.riskIntervalMs = 100;
        ServiceUnderTest exec(m_market, options, clock);
        QVERIFY(exec.started());
        QMetaObject::invokeMethod(exec.service, [s = exec.service] { s->setScanRefusals(7, 3); });
        QVERIFY(QTest::qWaitFor([&] { return exec.got.risks.back().layer1Refusals == 7; }, 5'000));
        QCOMPARE(exec.got.risks.back().layer2Refusals, 3);
        const std::size_t before = exec.got.risks.size();
        QVERIFY(QTest::qWaitFor([&] { return exec.got.risks.size() >= before + 3; }, 5'000));
        QCOMPARE(exec.got.risks.back().breaker, BreakerState::Armed);
        QCOMPARE(exec.got.risks.back().maxOpenPct, *Decimal::parse("0.8"));
    }

    void reconcilesAtStartWhenADatabaseAndAVenueExist()
    {
        QTemporaryDir database;
        SystemClock clock;
        auto books = std::make_shared<ScanServiceQuoteSource>(*m_market.scan, m_market.clock);
        const auto factory = [books, &clock]() -> Result<std::unique_ptr<OrderGateway>> {
            return std::unique_ptr<OrderGateway>(std::make_unique<PaperGateway>(
                    *books, clock, PaperGateway::FeeLookup{}, PaperGateway::Options{}));
        };
        ServiceUnderTest exec(m_market, paperOptions(&database), clock, factory);
        QVERIFY(exec.started());
        QVERIFY(QTest::qWaitFor([&] { return !exec.got.reconciliations.empty(); }, 5'000));
        QCOMPARE(exec.got.reconciliations.front(), QStringList());
        QVERIFY(exec.got.failures.isEmpty());
    }
};

QTEST_MAIN(TestEngineExecutionService)
#include "tst_engineexecutionservice.moc"
