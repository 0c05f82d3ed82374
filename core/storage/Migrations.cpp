#include "core/storage/Migrations.h"

#include "core/storage/Database.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace polaris {

Q_LOGGING_CATEGORY(lcMigrations, "polaris.storage.migrations")

namespace {

/// Version 1: the seed's three tables (§12.3; shares as exact decimals instead of INT because
/// Polymarket sizes have two decimals) plus what the product needs.
QStringList version1()
{
    return {
            QStringLiteral("CREATE TABLE fact_arb_scan ("
                           " scan_id ${UUID} PRIMARY KEY,"
                           " scanned_at ${TIME} NOT NULL,"
                           " strategy TEXT NOT NULL,"
                           " event_id TEXT,"
                           " market_ids ${TEXTARRAY},"
                           " total_ask ${MONEY},"
                           " discount_pct ${MONEY},"
                           " net_profit_pct ${MONEY},"
                           " max_shares ${MONEY},"
                           " est_profit_usd ${MONEY},"
                           " annualized_pct ${MONEY},"
                           " legs ${JSON} NOT NULL,"
                           " book_snapshot ${JSON},"
                           " executed ${BOOL} NOT NULL DEFAULT FALSE,"
                           " episode_id ${UUID})"),
            QStringLiteral(
                    "CREATE INDEX idx_scan_episode ON fact_arb_scan (episode_id, scanned_at)"),
            QStringLiteral("CREATE INDEX idx_scan_time ON fact_arb_scan (scanned_at)"),
            QStringLiteral("CREATE TABLE fact_arb_execution ("
                           " exec_id ${UUID} PRIMARY KEY,"
                           " executed_at ${TIME} NOT NULL,"
                           " scan_id ${UUID} REFERENCES fact_arb_scan (scan_id),"
                           " strategy TEXT NOT NULL,"
                           " status TEXT NOT NULL,"
                           " shares_target ${MONEY},"
                           " shares_filled ${MONEY} NOT NULL DEFAULT 0,"
                           " total_cost ${MONEY},"
                           " realized_pnl ${MONEY},"
                           " legs_result ${JSON},"
                           " error_msg TEXT)"),
            QStringLiteral("CREATE TABLE fact_arb_bond_position ("
                           " position_id ${UUID} PRIMARY KEY,"
                           " opened_at ${TIME} NOT NULL,"
                           " market_id TEXT NOT NULL,"
                           " token_id TEXT NOT NULL,"
                           " shares ${MONEY} NOT NULL,"
                           " buy_price ${MONEY},"
                           " expected_resolve ${TIME},"
                           " status TEXT NOT NULL DEFAULT 'OPEN' CHECK (status IN "
                           "('OPEN','SETTLED','SOLD')),"
                           " settle_pnl ${MONEY},"
                           " closed_at ${TIME})"),
            QStringLiteral("CREATE TABLE arb_scan_run ("
                           " run_id ${UUID} PRIMARY KEY,"
                           " scanned_at ${TIME} NOT NULL,"
                           " duration_us BIGINT NOT NULL,"
                           " events_evaluated INTEGER NOT NULL,"
                           " opportunities INTEGER NOT NULL,"
                           " refusals INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX idx_scan_run_time ON arb_scan_run (scanned_at)"),
            QStringLiteral("CREATE TABLE arb_episode ("
                           " episode_id ${UUID} PRIMARY KEY,"
                           " opportunity_key TEXT NOT NULL,"
                           " strategy TEXT NOT NULL,"
                           " event_id TEXT,"
                           " event_title TEXT,"
                           " market_ids ${TEXTARRAY},"
                           " first_seen ${TIME} NOT NULL,"
                           " last_seen ${TIME} NOT NULL,"
                           " closed_at ${TIME},"
                           " sample_count BIGINT NOT NULL,"
                           " best_net_profit ${MONEY} NOT NULL,"
                           " last_net_profit ${MONEY} NOT NULL,"
                           " best_net_pct ${MONEY} NOT NULL,"
                           " last_net_pct ${MONEY} NOT NULL,"
                           " last_shares ${MONEY} NOT NULL,"
                           " last_cost ${MONEY} NOT NULL,"
                           " annualized_pct ${MONEY},"
                           " locked_until ${TIME})"),
            QStringLiteral(
                    "CREATE INDEX idx_episode_strategy_seen ON arb_episode (strategy, last_seen)"),
            QStringLiteral("CREATE INDEX idx_episode_seen ON arb_episode (last_seen)"),
            QStringLiteral("CREATE INDEX idx_episode_open ON arb_episode (opportunity_key) WHERE "
                           "closed_at IS NULL"),
            QStringLiteral("CREATE TABLE arb_order ("
                           " order_id TEXT PRIMARY KEY,"
                           " exec_id ${UUID} REFERENCES fact_arb_execution (exec_id),"
                           " venue_order_id TEXT,"
                           " token_id TEXT NOT NULL,"
                           " side TEXT NOT NULL CHECK (side IN ('BUY','SELL')),"
                           " order_type TEXT NOT NULL,"
                           " limit_price ${MONEY} NOT NULL,"
                           " shares ${MONEY} NOT NULL,"
                           " status TEXT NOT NULL,"
                           " created_at ${TIME} NOT NULL,"
                           " updated_at ${TIME} NOT NULL,"
                           " error_msg TEXT)"),
            QStringLiteral("CREATE INDEX idx_order_exec ON arb_order (exec_id)"),
            QStringLiteral("CREATE TABLE arb_fill ("
                           " fill_id TEXT PRIMARY KEY,"
                           " order_id TEXT NOT NULL REFERENCES arb_order (order_id),"
                           " token_id TEXT NOT NULL,"
                           " price ${MONEY} NOT NULL,"
                           " shares ${MONEY} NOT NULL,"
                           " fee ${MONEY} NOT NULL,"
                           " filled_at ${TIME} NOT NULL)"),
            QStringLiteral("CREATE INDEX idx_fill_order ON arb_fill (order_id)"),
            QStringLiteral("CREATE TABLE arb_approval ("
                           " approval_id ${UUID} PRIMARY KEY,"
                           " decided_at ${TIME} NOT NULL,"
                           " operator TEXT NOT NULL,"
                           " decision TEXT NOT NULL CHECK (decision IN ('APPROVED','REJECTED')),"
                           " opportunity_key TEXT NOT NULL,"
                           " episode_id ${UUID},"
                           " strategy TEXT NOT NULL,"
                           " quoted_net_profit ${MONEY} NOT NULL,"
                           " quoted_net_pct ${MONEY} NOT NULL,"
                           " quoted_shares ${MONEY} NOT NULL,"
                           " note TEXT)"),
            QStringLiteral("CREATE TABLE arb_pnl_snapshot ("
                           " taken_at ${TIME} PRIMARY KEY,"
                           " realized_pnl ${MONEY} NOT NULL,"
                           " unrealized_pnl ${MONEY} NOT NULL,"
                           " open_exposure ${MONEY} NOT NULL,"
                           " cash_balance ${MONEY})"),
            QStringLiteral("CREATE TABLE dim_market ("
                           " condition_id TEXT PRIMARY KEY,"
                           " event_id TEXT,"
                           " event_title TEXT,"
                           " question TEXT,"
                           " yes_token_id TEXT,"
                           " no_token_id TEXT,"
                           " neg_risk ${BOOL} NOT NULL DEFAULT FALSE,"
                           " end_date ${TIME},"
                           " tick_size ${MONEY},"
                           " updated_at ${TIME} NOT NULL)"),
            QStringLiteral("CREATE INDEX idx_market_event ON dim_market (event_id)"),
    };
}

/// Version 2: bond positions remember the outcome label, and the ladder query (open positions by
/// resolution date) gets its index.
QStringList version2()
{
    return {
            QStringLiteral("ALTER TABLE fact_arb_bond_position ADD COLUMN outcome TEXT"),
            QStringLiteral("CREATE INDEX idx_bond_ladder ON fact_arb_bond_position (status, "
                           "expected_resolve)"),
    };
}

/// Version 3: each scan run records the state of the books it scanned, so `polaris-arb status`
/// can say how live the data was without a running feed, and where the data came from.
QStringList version3()
{
    return {
            QStringLiteral("ALTER TABLE arb_scan_run ADD COLUMN books_live INTEGER"),
            QStringLiteral("ALTER TABLE arb_scan_run ADD COLUMN books_stale INTEGER"),
            QStringLiteral("ALTER TABLE arb_scan_run ADD COLUMN books_invalid INTEGER"),
            QStringLiteral("ALTER TABLE arb_scan_run ADD COLUMN source TEXT"),
    };
}

/// Version 4 (issue 6): executions know their phase, opportunity and approval; orders know
/// what they filled and why they exist; PnL is kept per phase and strategy for the charts.
QStringList version4()
{
    return {
            QStringLiteral("ALTER TABLE fact_arb_execution ADD COLUMN mode TEXT"),
            QStringLiteral("ALTER TABLE fact_arb_execution ADD COLUMN opportunity_key TEXT"),
            QStringLiteral("ALTER TABLE fact_arb_execution ADD COLUMN event_id TEXT"),
            QStringLiteral("ALTER TABLE fact_arb_execution ADD COLUMN approval_id TEXT"),
            QStringLiteral("ALTER TABLE fact_arb_execution ADD COLUMN fees ${MONEY}"),
            QStringLiteral("ALTER TABLE fact_arb_execution ADD COLUMN finished_at ${TIME}"),
            QStringLiteral("CREATE INDEX idx_execution_mode_time ON fact_arb_execution (mode, "
                           "executed_at)"),
            QStringLiteral("ALTER TABLE arb_order ADD COLUMN condition_id TEXT"),
            QStringLiteral("ALTER TABLE arb_order ADD COLUMN filled_shares ${MONEY}"),
            QStringLiteral("ALTER TABLE arb_order ADD COLUMN purpose TEXT"),
            QStringLiteral("ALTER TABLE arb_order ADD COLUMN mode TEXT"),
            QStringLiteral("CREATE INDEX idx_order_status ON arb_order (status)"),
            QStringLiteral("ALTER TABLE arb_fill ADD COLUMN side TEXT"),
            QStringLiteral("CREATE TABLE arb_pnl_point ("
                           " point_id TEXT PRIMARY KEY," // mode|strategy|taken_at (ms)
                           " taken_at ${TIME} NOT NULL,"
                           " mode TEXT NOT NULL,"
                           " strategy TEXT NOT NULL,"
                           " realized_pnl ${MONEY} NOT NULL,"
                           " unrealized_pnl ${MONEY} NOT NULL,"
                           " open_exposure ${MONEY} NOT NULL)"),
            QStringLiteral("CREATE INDEX idx_pnl_point_series ON arb_pnl_point (mode, strategy, "
                           "taken_at)"),
    };
}

Status runStatement(Database& database, const QString& sql, int version)
{
    Status done = database.exec(database.dialect().schemaSql(sql));
    if (!done) {
        return Error{done.error().code, "migration to version " + std::to_string(version)
                                                + " failed: " + done.error().detail};
    }
    return okStatus();
}

} // namespace

const std::vector<Migrations::Step>& Migrations::steps()
{
    static const std::vector<Step> all{
            {1, QStringLiteral("seed tables, episodes, orders, fills, approvals, PnL, markets"),
             version1()},
            {2, QStringLiteral("bond outcome label and ladder index"), version2()},
            {3, QStringLiteral("book state and data source of each scan run"), version3()},
            {4,
             QStringLiteral("execution phase, order fills and purpose, PnL per phase and strategy"),
             version4()},
    };
    return all;
}

int Migrations::latestVersion()
{
    return steps().back().version;
}

Result<int> Migrations::currentVersion(Database& database)
{
    QSqlQuery query(database.handle());
    // A missing table means version 0; any other failure is an error.
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"))) {
        QSqlQuery probe(database.handle());
        const bool exists =
                database.dialect().isPostgres()
                        ? probe.exec(QStringLiteral(
                                  "SELECT to_regclass('schema_version') IS NOT NULL"))
                                  && probe.next() && probe.value(0).toBool()
                        : probe.exec(QStringLiteral(
                                  "SELECT 1 FROM sqlite_master WHERE name = 'schema_version'"))
                                  && probe.next();
        if (!exists) {
            return 0;
        }
        return sqlError(QStringLiteral("reading schema_version"), query.lastError());
    }
    return query.next() ? query.value(0).toInt() : 0;
}

Status Migrations::migrate(Database& database, int targetVersion)
{
    const int target = targetVersion < 0 ? latestVersion() : targetVersion;
    if (target > latestVersion()) {
        return Error{ErrorCode::OutOfRange, "no schema version " + std::to_string(target)};
    }
    return database.transaction([&]() -> Status {
        if (database.dialect().isPostgres()) {
            // Serialises concurrent starters; released at COMMIT/ROLLBACK.
            Status locked = database.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7405317)"));
            if (!locked) {
                return locked;
            }
        }
        Status table = database.exec(database.dialect().schemaSql(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                " applied_at ${TIME} NOT NULL DEFAULT ${NOW}, description TEXT NOT NULL)")));
        if (!table) {
            return table;
        }
        Result<int> current = currentVersion(database);
        if (!current) {
            return current.error();
        }
        if (*current > latestVersion()) {
            return Error{ErrorCode::OutOfRange,
                         "the database has schema version " + std::to_string(*current)
                                 + ", newer than this build (" + std::to_string(latestVersion())
                                 + "): upgrade Polaris or use another database"};
        }
        for (const Step& step : steps()) {
            if (step.version <= *current || step.version > target) {
                continue;
            }
            for (const QString& statement : step.statements) {
                Status done = runStatement(database, statement, step.version);
                if (!done) {
                    return done;
                }
            }
            QSqlQuery record(database.handle());
            record.prepare(QStringLiteral(
                    "INSERT INTO schema_version (version, description) VALUES (?, ?)"));
            record.addBindValue(step.version);
            record.addBindValue(step.description);
            if (!record.exec()) {
                return sqlError(QStringLiteral("recording schema version"), record.lastError());
            }
            qCInfo(lcMigrations) << "schema migrated to version" << step.version
                                 << step.description;
        }
        return okStatus();
    });
}

} // namespace polaris
