#pragma once

#include "core/config/ArbConfig.h"
#include "core/execution/AutoPaperPolicy.h"
#include "core/execution/ExecutionEngine.h"
#include "core/execution/ExecutionService.h"
#include "core/scanner/ScanSummary.h"
#include "core/storage/DatabaseUrl.h"
#include "core/util/Clock.h"

#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace polaris {

class ApprovalDesk;
class ExecutionStorage;
class PaperGateway;
class Portfolio;
class RiskGuard;
class StorageWriter;

/// The concrete ExecutionService: the execution thread's root object. Owns the RiskGuard, the
/// ApprovalDesk, one Portfolio per phase (Paper, Live), the ExecutionEngine, the records
/// (ExecutionStorage: StorageRecordSink when a database is configured, MemoryRecordSink
/// otherwise), the paper gateway (Monitor and Paper; the engine only records in Monitor) and,
/// once Live was entered or reconciliation at start needed it, the live gateway from the injected
/// factory. Approving runs the approval's pre-flight (QuoteSource::requote), lets the desk decide
/// (execute / confirm again / expired / stale) and stores the decision (arb_approval) before
/// anything executes. Adopt into a WorkerThread and invoke start() there; everything else arrives
/// as queued slots. The engine is synchronous: while it executes (up to the fill timeout) the
/// thread answers nothing and riskChanged() pauses.
class EngineExecutionService final : public ExecutionService
{
    Q_OBJECT
public:
    using GatewayFactory = std::function<Result<std::unique_ptr<OrderGateway>>()>;

    struct Options
    {
        ArbConfig config;
        ExecutionMode initialPhase = ExecutionMode::Monitor; ///< Monitor or Paper (never Live)
        /// Where approvals, orders and fills go, and where reconciliation reads. None: memory.
        std::optional<DatabaseUrl> database;
        /// Use this writer (already started, owned elsewhere) for `database` instead of an own
        /// writer thread.
        StorageWriter* sharedWriter = nullptr;
        /// Paper only: opportunities whose net profit reaches this are approved automatically
        /// (by "auto-paper") when submitted or seen in a scan. None (the default): never.
        std::optional<Decimal> autoExecuteMinNetProfit;
        int riskIntervalMs = 1000;
        std::int64_t keepFinishedMs = 60'000; ///< decided entries stay visible this long
    };

    struct Dependencies
    {
        /// The pre-flight's and the paper matcher's view of the market (required).
        std::unique_ptr<QuoteSource> quotes;
        /// The market of a token: taker fees (paper fills, patches) and negRisk flags. Optional.
        ExecutionEngine::MarketLookup markets;
        /// Creates the Live gateway on the execution thread. None: Live is refused.
        GatewayFactory liveGateway;
    };

    EngineExecutionService(Options options,
                           Dependencies dependencies,
                           const Clock& clock,
                           QObject* parent = nullptr);
    ~EngineExecutionService() override;

    /// The default auto-paper operator name stored with automatic approvals.
    static QString autoOperatorName() { return QStringLiteral("auto-paper"); }

public Q_SLOTS:
    /// Builds everything on the execution thread, reconciles, starts the risk timer.
    void start();
    void setPhase(polaris::ExecutionMode phase, const QString& confirmation) override;
    void submitForApproval(const polaris::Opportunity& quote) override;
    void approve(const QString& approvalId, const QString& operatorName) override;
    void reject(const QString& approvalId, const QString& operatorName) override;
    void resetBreaker() override;
    void setScanRefusals(int layer1, int layer2) override;
    /// Auto-paper: approves the summary's opportunities above the threshold (Paper only; at most
    /// a few per summary, each opportunity at most once a minute). Only the newest summary is
    /// considered when several queue up.
    void considerOpportunities(const polaris::ScanSummary& summary);

private:
    bool started() const { return m_engine != nullptr; }
    void reconcileWith(OrderGateway& gateway);
    Status ensureLiveGateway();
    void rebuildEngine();
    OrderGateway& gateway();
    Portfolio& portfolio();
    void refreshBalance();
    void tick();
    void publishRisk();
    void publishApprovals();
    /// approve() after the caller checked the entry; returns once it executed or was decided.
    void decide(const std::string& approvalId, const QString& operatorName);
    void runExecution(const std::string& approvalId, const Opportunity& approved);
    Status storeDecision(const std::string& recordId,
                         const Opportunity& shown,
                         const QString& operatorName,
                         bool approved,
                         const std::string& note);
    void storePnl();
    void autoExecuteNext();
    void fail(const QString& message);
    std::string newId() const;

    Options m_options;
    Dependencies m_deps;
    const Clock& m_clock;
    QTimer m_timer;
    AutoPaperPolicy m_autoPaper;
    std::unique_ptr<ExecutionStorage> m_storage;
    std::unique_ptr<RiskGuard> m_risk;
    std::unique_ptr<ApprovalDesk> m_desk;
    std::unique_ptr<PaperGateway> m_paperGateway;
    std::unique_ptr<Portfolio> m_paperPortfolio;
    std::unique_ptr<OrderGateway> m_liveGateway;
    std::unique_ptr<Portfolio> m_livePortfolio;
    std::unique_ptr<ExecutionEngine> m_engine;
    Decimal m_balance;
    int m_layer1 = 0;
    int m_layer2 = 0;
    std::optional<ScanSummary> m_pendingSummary; // auto-paper: the newest not yet considered
    std::int64_t m_lastPnlMs = 0;
};

} // namespace polaris
