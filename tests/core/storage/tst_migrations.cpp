#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/StorageQueries.h"
#include "tests/core/storage/TestDatabases.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace polaris;
using polaris::testing::countRows;

namespace {

QStringList columnsOf(Database& database, const QString& table)
{
    QSqlQuery query(database.handle());
    QStringList columns;
    if (database.dialect().isPostgres()) {
        query.exec(
                QStringLiteral(
                        "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                        "current_schema() AND table_name = '%1' ORDER BY ordinal_position")
                        .arg(table));
    } else {
        query.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
    }
    while (query.next()) {
        columns << query.value(0).toString();
    }
    return columns;
}

} // namespace

class TstMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromEmpty_data() { testing::addBackendRows(); }
    void fromEmpty()
    {
        POLARIS_SCRATCH_DATABASE(scratch);
        Result<Database> database = Database::open(scratch.url(), QStringLiteral("test"));
        QVERIFY2(database.ok(), database.ok() ? "" : database.error().detail.c_str());
        QCOMPARE(Migrations::currentVersion(database.value()).value(), 0);
        Status migrated = Migrations::migrate(database.value());
        QVERIFY2(migrated.ok(), migrated.ok() ? "" : migrated.error().detail.c_str());
        QCOMPARE(Migrations::currentVersion(database.value()).value(), Migrations::latestVersion());
        QCOMPARE(Migrations::latestVersion(), 4);
        // The seed's three tables with the seed's columns (§12.3), plus the product's.
        const QStringList scan = columnsOf(database.value(), QStringLiteral("fact_arb_scan"));
        for (const char* column :
             {"scan_id", "scanned_at", "strategy", "event_id", "market_ids", "total_ask",
              "discount_pct", "net_profit_pct", "max_shares", "est_profit_usd", "annualized_pct",
              "legs", "book_snapshot", "executed"}) {
            QVERIFY2(scan.contains(QLatin1String(column)), column);
        }
        const QStringList execution =
                columnsOf(database.value(), QStringLiteral("fact_arb_execution"));
        for (const char* column :
             {"exec_id", "executed_at", "scan_id", "strategy", "status", "shares_target",
              "shares_filled", "total_cost", "realized_pnl", "legs_result", "error_msg"}) {
            QVERIFY2(execution.contains(QLatin1String(column)), column);
        }
        const QStringList bond =
                columnsOf(database.value(), QStringLiteral("fact_arb_bond_position"));
        for (const char* column :
             {"position_id", "opened_at", "market_id", "token_id", "shares", "buy_price",
              "expected_resolve", "status", "settle_pnl", "outcome"}) {
            QVERIFY2(bond.contains(QLatin1String(column)), column);
        }
        for (const char* table : {"arb_episode", "arb_scan_run", "arb_order", "arb_fill",
                                  "arb_approval", "arb_pnl_snapshot", "dim_market"}) {
            QVERIFY2(!columnsOf(database.value(), QLatin1String(table)).isEmpty(), table);
        }
        // Applying again is a no-op.
        QVERIFY(Migrations::migrate(database.value()).ok());
        QCOMPARE(countRows(scratch.url(), QStringLiteral("schema_version")),
                 Migrations::latestVersion());
        QCOMPARE(Migrations::latestVersion(), 4);
        const QStringList runs = columnsOf(database.value(), QStringLiteral("arb_scan_run"));
        for (const char* column : {"books_live", "books_stale", "books_invalid", "source"}) {
            QVERIFY2(runs.contains(QLatin1String(column)), column);
        }
    }

    void fromPreviousVersion_data() { testing::addBackendRows(); }
    void fromPreviousVersion()
    {
        POLARIS_SCRATCH_DATABASE(scratch);
        {
            Result<Database> database = Database::open(scratch.url(), QStringLiteral("test-v1"));
            QVERIFY(database.ok());
            Database& db = database.value();
            QVERIFY(Migrations::migrate(db, 1).ok());
            QCOMPARE(Migrations::currentVersion(db).value(), 1);
            QVERIFY(!columnsOf(db, QStringLiteral("fact_arb_bond_position"))
                             .contains(QStringLiteral("outcome")));
            // Rows written by a version-1 build.
            const Dialect& d = db.dialect();
            QSqlQuery insert(db.handle());
            insert.prepare(
                    QStringLiteral(
                            "INSERT INTO fact_arb_bond_position (position_id, opened_at, "
                            "market_id, token_id,"
                            " shares, buy_price, expected_resolve) VALUES (?, %1, ?, ?, ?, ?, %1)")
                            .arg(d.timeParam()));
            for (int i = 0; i < 3; ++i) {
                insert.bindValue(0, QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(i));
                insert.bindValue(1, d.time(1764000000000 + i));
                insert.bindValue(2, QStringLiteral("0xmarket%1").arg(i));
                insert.bindValue(3, QStringLiteral("token%1").arg(i));
                insert.bindValue(4,
                                 d.money(Decimal::parse("123.45").value() + Decimal::fromInt(i)));
                insert.bindValue(5, d.money(Decimal::parse("0.955").value()));
                insert.bindValue(6, d.time(1764500000000 + i * 86'400'000LL));
                QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            }
        }
        Result<StorageQueries> queries =
                StorageQueries::open(scratch.url()); // migrates to the latest
        QVERIFY2(queries.ok(), queries.ok() ? "" : queries.error().detail.c_str());
        QCOMPARE(Migrations::currentVersion(queries.value().database()).value(), 4);
        QVERIFY(columnsOf(queries.value().database(), QStringLiteral("fact_arb_bond_position"))
                        .contains(QStringLiteral("outcome")));
        auto positions = queries.value().bondPositions(BondStatus::Open);
        QVERIFY(positions.ok());
        QCOMPARE(positions->size(), std::size_t(3));
        QCOMPARE(positions->at(1).positionId, std::string("00000000-0000-4000-8000-000000000001"));
        QCOMPARE(positions->at(1).shares, Decimal::parse("124.45").value());
        QCOMPARE(positions->at(1).buyPrice, Decimal::parse("0.955").value());
        QCOMPARE(positions->at(1).openedAtMs, 1764000000001);
        QCOMPARE(positions->at(2).expectedResolveMs.value(), 1764500000000 + 2 * 86'400'000LL);
        QCOMPARE(positions->at(0).outcome, std::string());
        QCOMPARE(positions->at(0).status, BondStatus::Open);
    }

    void fromVersion3Rows_data() { testing::addBackendRows(); }
    void fromVersion3Rows()
    {
        POLARIS_SCRATCH_DATABASE(scratch);
        const QString execId = QStringLiteral("00000000-0000-4000-8000-0000000000e1");
        {
            Result<Database> database = Database::open(scratch.url(), QStringLiteral("test-v3"));
            QVERIFY(database.ok());
            Database& db = database.value();
            QVERIFY(Migrations::migrate(db, 3).ok());
            QVERIFY(!columnsOf(db, QStringLiteral("arb_order")).contains(QStringLiteral("mode")));
            // An execution, an order and a fill as a version-3 build wrote them.
            const Dialect& d = db.dialect();
            QSqlQuery exec(db.handle());
            exec.prepare(QStringLiteral("INSERT INTO fact_arb_execution (exec_id, executed_at, "
                                        "strategy, status, shares_filled) VALUES (?, %1, 'A', "
                                        "'FILLED', ?)")
                                 .arg(d.timeParam()));
            exec.bindValue(0, execId);
            exec.bindValue(1, d.time(1764000000000));
            exec.bindValue(2, d.money(Decimal::fromInt(5)));
            QVERIFY2(exec.exec(), qPrintable(exec.lastError().text()));
            QSqlQuery order(db.handle());
            order.prepare(QStringLiteral("INSERT INTO arb_order (order_id, exec_id, token_id, "
                                         "side, order_type, limit_price, shares, status, "
                                         "created_at, updated_at) VALUES ('o1', ?, 'tok', "
                                         "'SELL', 'FOK', ?, ?, 'LIVE', %1, %1)")
                                  .arg(d.timeParam()));
            order.bindValue(0, execId);
            order.bindValue(1, d.money(Decimal::parse("0.45").value()));
            order.bindValue(2, d.money(Decimal::fromInt(10)));
            order.bindValue(3, d.time(1764000000001));
            order.bindValue(4, d.time(1764000000002));
            QVERIFY2(order.exec(), qPrintable(order.lastError().text()));
            QSqlQuery fill(db.handle());
            fill.prepare(QStringLiteral("INSERT INTO arb_fill (fill_id, order_id, token_id, price, "
                                        "shares, fee, filled_at) VALUES ('f1', 'o1', 'tok', ?, ?, "
                                        "?, %1)")
                                 .arg(d.timeParam()));
            fill.bindValue(0, d.money(Decimal::parse("0.45").value()));
            fill.bindValue(1, d.money(Decimal::fromInt(4)));
            fill.bindValue(2, d.money(Decimal()));
            fill.bindValue(3, d.time(1764000000003));
            QVERIFY2(fill.exec(), qPrintable(fill.lastError().text()));
        }
        Result<StorageQueries> opened = StorageQueries::open(scratch.url());
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().detail.c_str());
        StorageQueries& queries = opened.value();
        QCOMPARE(Migrations::currentVersion(queries.database()).value(), 4);
        for (const char* column :
             {"mode", "opportunity_key", "event_id", "approval_id", "fees", "finished_at"}) {
            QVERIFY2(columnsOf(queries.database(), QStringLiteral("fact_arb_execution"))
                             .contains(QLatin1String(column)),
                     column);
        }
        QVERIFY(!columnsOf(queries.database(), QStringLiteral("arb_pnl_point")).isEmpty());
        // Old rows read with the records' defaults where version 4 added a column.
        const ExecutionRecord e = queries.executions(5, std::string()).value().at(0);
        QCOMPARE(e.execId, execId.toStdString());
        QCOMPARE(e.mode, std::string("MONITOR"));
        QVERIFY(e.opportunityKey.empty());
        QVERIFY(!e.fees.has_value());
        QVERIFY(!e.finishedAtMs.has_value());
        const std::vector<OrderRecord> orders = queries.unsettledOrders().value();
        QCOMPARE(orders.size(), std::size_t(1));
        QCOMPARE(orders[0].side, TradeSide::Sell);
        QCOMPARE(orders[0].filledShares, Decimal());
        QCOMPARE(orders[0].purpose, std::string("LEG"));
        QCOMPARE(orders[0].mode, std::string("PAPER"));
        QCOMPARE(orders[0].updatedAtMs, 1764000000002);
        const std::vector<FillRecord> fills = queries.fillsOfOrder("o1").value();
        QCOMPARE(fills.size(), std::size_t(1));
        QCOMPARE(fills[0].side, TradeSide::Buy);
        QCOMPARE(fills[0].shares, Decimal::fromInt(4));
    }

    void refusesNewerSchema_data() { testing::addBackendRows(); }
    void refusesNewerSchema()
    {
        POLARIS_SCRATCH_DATABASE(scratch);
        Result<Database> database = Database::open(scratch.url(), QStringLiteral("test"));
        QVERIFY(database.ok());
        QVERIFY(Migrations::migrate(database.value()).ok());
        QVERIFY(database.value()
                        .exec(QStringLiteral("INSERT INTO schema_version (version, description) "
                                             "VALUES (99, 'future')"))
                        .ok());
        Status again = Migrations::migrate(database.value());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::OutOfRange);
        QVERIFY(QString::fromStdString(again.error().detail)
                        .contains(QStringLiteral("newer than this build")));
    }
};

QTEST_GUILESS_MAIN(TstMigrations)
#include "tst_migrations.moc"
