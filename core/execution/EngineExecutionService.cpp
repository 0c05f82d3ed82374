#include "core/execution/EngineExecutionService.h"

#include "core/execution/ApprovalDesk.h"
#include "core/execution/ExecutionStorage.h"
#include "core/execution/PaperGateway.h"
#include "core/execution/Portfolio.h"
#include "core/execution/RiskGuard.h"

#include <QLoggingCategory>
#include <QUuid>

namespace polaris {

namespace {

Q_LOGGING_CATEGORY(lcExecService, "polaris.execution.service")

constexpr std::int64_t kPnlIntervalMs = 60'000;

bool isOpen(ApprovalStage stage)
{
    return stage == ApprovalStage::Waiting || stage == ApprovalStage::NeedsReconfirm;
}

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

} // namespace

EngineExecutionService::EngineExecutionService(Options options,
                                               Dependencies dependencies,
                                               const Clock& clock,
                                               QObject* parent)
    : ExecutionService(parent)
    , m_options(std::move(options))
    , m_deps(std::move(dependencies))
    , m_clock(clock)
    , m_timer(this) // parented, so moveToThread takes it along
    , m_autoPaper(m_options.autoExecuteMinNetProfit)
{
    qRegisterMetaType<RiskSnapshot>();
    qRegisterMetaType<ExecutionReport>();
    qRegisterMetaType<std::vector<PendingApproval>>();
    qRegisterMetaType<ExecutionMode>();
    qRegisterMetaType<ScanSummary>();
}

EngineExecutionService::~EngineExecutionService()
{
    m_engine.reset(); // before what it refers to; the storage flushes last
}

void EngineExecutionService::start()
{
    if (started()) {
        return;
    }
    if (!m_deps.quotes) {
        fail(tr("Execution cannot start: it has no view of the market (no quote source)."));
        return;
    }
    const ArbConfig& config = m_options.config;
    m_storage = std::make_unique<ExecutionStorage>();
    if (m_options.database) {
        if (const Status opened = m_storage->open(*m_options.database, m_options.sharedWriter);
            !opened.ok()) {
            fail(tr("The database %1 cannot be opened (%2): nothing can be executed until it "
                    "can.")
                         .arg(m_options.database->redacted(), text(opened.error().detail)));
        }
    }
    m_risk = std::make_unique<RiskGuard>(config, m_clock);
    ExecutionMode phase = m_options.initialPhase;
    if (phase == ExecutionMode::Live) {
        fail(tr("Execution never starts in Live; it starts in Monitor. Enter Live from the risk "
                "panel."));
        phase = ExecutionMode::Monitor;
    }
    m_risk->setPhase(phase);
    m_desk = std::make_unique<ApprovalDesk>(config.approvalTtlMs, config.approvalTolerancePct,
                                            [this] { return newId(); });
    PaperGateway::FeeLookup fees = [markets = m_deps.markets](std::string_view tokenId) {
        const Market* market = markets ? markets(tokenId) : nullptr;
        return market != nullptr ? legFeeFor(*market) : std::optional<LegFee>();
    };
    m_paperGateway = std::make_unique<PaperGateway>(
            *m_deps.quotes, m_clock, std::move(fees),
            PaperGateway::Options{config.paperLatencyMs, config.paperStartingBalance});
    m_paperPortfolio =
            std::make_unique<Portfolio>(ExecutionMode::Paper, config.paperStartingBalance);
    rebuildEngine();
    refreshBalance();
    // Crash safety: orders a previous run left at the venue are looked for at once, not only
    // when the operator next enters Live.
    if (m_storage->hasDatabase() && m_deps.liveGateway) {
        if (const Status live = ensureLiveGateway(); live.ok()) {
            reconcileWith(*m_liveGateway);
        } else {
            qCWarning(lcExecService)
                    << "no reconciliation with the venue at start:" << text(live.error().detail);
        }
    }
    connect(&m_timer, &QTimer::timeout, this, &EngineExecutionService::tick, Qt::UniqueConnection);
    m_timer.start(std::max(m_options.riskIntervalMs, 50));
    qCInfo(lcExecService) << "execution started in" << executionModeName(phase);
    publishRisk();
    publishApprovals();
}

void EngineExecutionService::reconcileWith(OrderGateway& gateway)
{
    if (!m_storage->hasDatabase()) {
        return;
    }
    const Result<QStringList> issues = m_storage->reconcile(gateway, m_clock.nowMs());
    if (!issues) {
        fail(tr("Reconciliation with the venue failed: %1. Check the open orders on the venue "
                "before trading.")
                     .arg(text(issues.error().detail)));
        return;
    }
    Q_EMIT reconciliationIssues(issues.value());
}

Status EngineExecutionService::ensureLiveGateway()
{
    if (m_liveGateway) {
        return okStatus();
    }
    if (!m_deps.liveGateway) {
        return Error{ErrorCode::NotFound, "no live gateway is configured"};
    }
    Result<std::unique_ptr<OrderGateway>> made = m_deps.liveGateway();
    if (!made) {
        return made.error();
    }
    if (!*made) {
        return Error{ErrorCode::NotFound, "the live gateway factory returned nothing"};
    }
    m_liveGateway = std::move(made).value();
    if (!m_livePortfolio) {
        const Result<Decimal> balance = m_liveGateway->collateralBalance();
        m_livePortfolio = std::make_unique<Portfolio>(ExecutionMode::Live,
                                                      balance ? balance.value() : Decimal());
    }
    return okStatus();
}

void EngineExecutionService::rebuildEngine()
{
    ExecutionEngine::Options options = ExecutionEngine::optionsFrom(m_options.config);
    options.markets = m_deps.markets;
    m_engine = std::make_unique<ExecutionEngine>(options, gateway(), *m_deps.quotes, *m_risk,
                                                 portfolio(), m_storage->records(), m_clock,
                                                 [this] { return newId(); });
}

OrderGateway& EngineExecutionService::gateway()
{
    if (m_risk->phase() == ExecutionMode::Live && m_liveGateway) {
        return *m_liveGateway;
    }
    return *m_paperGateway;
}

Portfolio& EngineExecutionService::portfolio()
{
    if (m_risk->phase() == ExecutionMode::Live && m_livePortfolio) {
        return *m_livePortfolio;
    }
    return *m_paperPortfolio;
}

void EngineExecutionService::refreshBalance()
{
    if (const Result<Decimal> balance = gateway().collateralBalance(); balance.ok()) {
        m_balance = balance.value();
    } else {
        qCWarning(lcExecService) << "balance unknown:" << text(balance.error().detail);
    }
}

void EngineExecutionService::setPhase(ExecutionMode phase, const QString& confirmation)
{
    if (!started()) {
        fail(tr("Execution has not started yet."));
        return;
    }
    if (phase == ExecutionMode::Live && m_risk->phase() != ExecutionMode::Live) {
        if (confirmation != liveConfirmationPhrase()) {
            fail(tr("Live refused: the confirmation must be exactly %1.")
                         .arg(liveConfirmationPhrase()));
            publishRisk(); // the panel shows the phase that still holds
            return;
        }
        if (const Status live = ensureLiveGateway(); !live.ok()) {
            fail(tr("Live refused: %1.").arg(text(live.error().detail)));
            publishRisk();
            return;
        }
        reconcileWith(*m_liveGateway);
    }
    if (phase != m_risk->phase()) {
        qCInfo(lcExecService) << "phase" << executionModeName(m_risk->phase()) << "->"
                              << executionModeName(phase);
        m_risk->setPhase(phase);
        rebuildEngine();
        refreshBalance();
    }
    publishRisk();
}

void EngineExecutionService::submitForApproval(const Opportunity& quote)
{
    if (!started()) {
        fail(tr("Execution has not started yet."));
        return;
    }
    if (quote.id.empty() || quote.legs.empty()) {
        fail(tr("An opportunity without legs cannot be queued for approval."));
        return;
    }
    const std::string approvalId = m_desk->submit(quote, m_clock.nowMs());
    publishApprovals();
    if (m_risk->phase() == ExecutionMode::Paper && m_autoPaper.qualifies(quote)) {
        decide(approvalId, autoOperatorName());
    }
}

void EngineExecutionService::approve(const QString& approvalId, const QString& operatorName)
{
    if (!started()) {
        fail(tr("Execution has not started yet."));
        return;
    }
    const std::string id = approvalId.toStdString();
    const PendingApproval* entry = m_desk->find(id);
    if (entry == nullptr) {
        fail(tr("Approval %1 is no longer in the queue.").arg(approvalId));
        publishApprovals();
        return;
    }
    if (!isOpen(entry->stage)) {
        fail(tr("Approval %1 cannot be approved any more (%2).")
                     .arg(approvalId, QLatin1String(approvalStageName(entry->stage))));
        return;
    }
    decide(id, operatorName.isEmpty() ? QStringLiteral("operator") : operatorName);
}

void EngineExecutionService::decide(const std::string& approvalId, const QString& operatorName)
{
    const PendingApproval* entry = m_desk->find(approvalId);
    if (entry == nullptr) {
        return;
    }
    const Opportunity shown = entry->quote;
    const std::int64_t now = m_clock.nowMs();
    std::optional<Opportunity> requote;
    if (now < entry->expiresAtMs) { // an expired quote needs no pre-flight
        Result<std::optional<Opportunity>> fresh = m_deps.quotes->requote(shown);
        if (!fresh) {
            (void)storeDecision(newId(), shown, operatorName, true,
                                "PRE-FLIGHT ERROR: " + fresh.error().detail);
            fail(tr("The pre-flight for %1 could not read the books (%2); the approval is still "
                    "waiting.")
                         .arg(text(shown.eventTitle), text(fresh.error().detail)));
            return;
        }
        requote = std::move(fresh).value();
    }
    const ApprovalVerdict verdict = m_desk->approve(approvalId, requote, now);
    const PendingApproval* decided = m_desk->find(approvalId);
    const std::string message = decided != nullptr ? decided->message : std::string();
    switch (verdict) {
    case ApprovalVerdict::Execute: {
        const Opportunity approved = decided->quote;
        if (!storeDecision(approvalId, shown, operatorName, true, "EXECUTE: " + message).ok()) {
            m_desk->markDone(approvalId, "not executed: the approval could not be recorded");
            publishApprovals();
            return;
        }
        runExecution(approvalId, approved);
        return;
    }
    case ApprovalVerdict::Reconfirm:
        // Not final: the same approval id gets its final decision later.
        (void)storeDecision(newId(), shown, operatorName, true, "RECONFIRM: " + message);
        break;
    case ApprovalVerdict::Expired:
        (void)storeDecision(approvalId, shown, operatorName, true, "EXPIRED: " + message);
        break;
    case ApprovalVerdict::Stale:
        (void)storeDecision(approvalId, shown, operatorName, true, "STALE: " + message);
        break;
    case ApprovalVerdict::Unknown:
        fail(tr("Approval %1 is not waiting for a decision.").arg(text(approvalId)));
        break;
    }
    publishApprovals();
}

void EngineExecutionService::runExecution(const std::string& approvalId,
                                          const Opportunity& approved)
{
    m_desk->markExecuting(approvalId, std::string());
    publishApprovals(); // the queue shows "Executing" while this thread is busy
    const ExecutionReport report = m_engine->execute(approved, approvalId);
    m_desk->markExecuting(approvalId, report.executionId);
    m_desk->markDone(approvalId,
                     std::string(executionStatusName(report.status)) + ": " + report.message);
    refreshBalance();
    qCInfo(lcExecService) << "execution" << text(report.executionId) << "of"
                          << text(report.opportunityId) << executionModeName(report.mode)
                          << executionStatusName(report.status);
    Q_EMIT executionFinished(report);
    publishApprovals();
    if (report.hedgedShares.isPositive() || !report.cost.isZero()) {
        storePnl();
    }
    publishRisk();
}

void EngineExecutionService::reject(const QString& approvalId, const QString& operatorName)
{
    if (!started()) {
        fail(tr("Execution has not started yet."));
        return;
    }
    const std::string id = approvalId.toStdString();
    const PendingApproval* entry = m_desk->find(id);
    if (entry == nullptr || !isOpen(entry->stage)) {
        fail(tr("Approval %1 is not waiting for a decision.").arg(approvalId));
        return;
    }
    const Opportunity shown = entry->quote;
    m_desk->reject(id, m_clock.nowMs());
    (void)storeDecision(id, shown,
                        operatorName.isEmpty() ? QStringLiteral("operator") : operatorName, false,
                        "REJECTED");
    publishApprovals();
}

void EngineExecutionService::resetBreaker()
{
    if (!started()) {
        fail(tr("Execution has not started yet."));
        return;
    }
    if (const Status reset = m_risk->resetBreaker(); !reset.ok()) {
        fail(tr("The breaker cannot be reset: %1").arg(text(reset.error().detail)));
    }
    publishRisk();
}

void EngineExecutionService::setScanRefusals(int layer1, int layer2)
{
    if (layer1 == m_layer1 && layer2 == m_layer2) {
        return;
    }
    m_layer1 = layer1;
    m_layer2 = layer2;
    if (started()) {
        publishRisk();
    }
}

void EngineExecutionService::considerOpportunities(const ScanSummary& summary)
{
    if (!started() || !m_autoPaper.enabled() || m_risk->phase() != ExecutionMode::Paper) {
        return;
    }
    const bool scheduled = m_pendingSummary.has_value();
    m_pendingSummary = summary;
    if (!scheduled) {
        QTimer::singleShot(0, this, &EngineExecutionService::autoExecuteNext);
    }
}

void EngineExecutionService::autoExecuteNext()
{
    if (!m_pendingSummary) {
        return;
    }
    const ScanSummary summary = std::move(*m_pendingSummary);
    m_pendingSummary.reset();
    const std::int64_t now = m_clock.nowMs();
    for (const Opportunity& opportunity : m_autoPaper.pick(summary.opportunities, now)) {
        if (m_risk->phase() != ExecutionMode::Paper) {
            break; // the operator left Paper meanwhile
        }
        const std::string approvalId = m_desk->submit(opportunity, now);
        publishApprovals();
        decide(approvalId, autoOperatorName());
    }
}

void EngineExecutionService::tick()
{
    const std::int64_t now = m_clock.nowMs();
    if (m_desk->expire(now, m_options.keepFinishedMs)) {
        publishApprovals();
    }
    if (m_risk->phase() != ExecutionMode::Monitor && !portfolio().positions().empty()
        && now - m_lastPnlMs >= kPnlIntervalMs) {
        storePnl();
    }
    publishRisk();
}

void EngineExecutionService::publishRisk()
{
    CapitalState capital = portfolio().capitalState();
    capital.balance = m_balance; // the gateway's word, as the engine's capital check uses it
    RiskSnapshot snapshot = m_risk->snapshot(capital);
    snapshot.layer1Refusals = m_layer1;
    snapshot.layer2Refusals = m_layer2;
    Q_EMIT riskChanged(snapshot);
}

void EngineExecutionService::publishApprovals()
{
    Q_EMIT approvalsChanged(m_desk->entries());
}

Status EngineExecutionService::storeDecision(const std::string& recordId,
                                             const Opportunity& shown,
                                             const QString& operatorName,
                                             bool approved,
                                             const std::string& note)
{
    ApprovalRecord record;
    record.approvalId = recordId;
    record.decidedAtMs = m_clock.nowMs();
    record.operatorName = operatorName.toStdString();
    record.approved = approved;
    record.opportunityKey = shown.id;
    record.strategy = shown.strategy;
    record.quotedNetProfit = shown.netProfit;
    record.quotedNetPct = shown.cost.isPositive() ? Decimal::div(shown.netProfit * 100, shown.cost,
                                                                 Rounding::Nearest)
                                                  : Decimal();
    record.quotedShares = shown.shares;
    record.note = note;
    Status stored = m_storage->records().persist(record);
    if (!stored) {
        fail(tr("The decision on %1 could not be stored: %2")
                     .arg(text(shown.eventTitle), text(stored.error().detail)));
    }
    return stored;
}

void EngineExecutionService::storePnl()
{
    if (m_risk->phase() == ExecutionMode::Monitor) {
        return;
    }
    const std::int64_t now = m_clock.nowMs();
    m_lastPnlMs = now;
    const Portfolio::BidLookup bestBid = [this](std::string_view tokenId) {
        const std::optional<OrderBook> book = m_deps.quotes->book(tokenId);
        return book && book->bestBid() ? std::optional<Decimal>(book->bestBid()->price)
                                       : std::nullopt;
    };
    for (PnlPointRecord& point : portfolio().pnlPoints(now, bestBid)) {
        if (const Status stored = m_storage->records().persist(std::move(point)); !stored.ok()) {
            qCWarning(lcExecService) << "PnL point not stored:" << text(stored.error().detail);
            return;
        }
    }
}

void EngineExecutionService::fail(const QString& message)
{
    qCWarning(lcExecService).noquote() << message;
    Q_EMIT failed(message);
}

std::string EngineExecutionService::newId() const
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

} // namespace polaris
