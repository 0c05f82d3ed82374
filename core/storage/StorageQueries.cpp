#include "core/storage/StorageQueries.h"

#include "core/storage/Migrations.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace polaris {

namespace {

Strategy strategyOr(const QString& code)
{
    return strategyFromCode(code.toStdString()).value_or(Strategy::NegRiskLong);
}

std::string str(const Dialect& d, const QVariant& value)
{
    return d.textFrom(value).toStdString();
}

Decimal money(const Dialect& d, const QVariant& value)
{
    return d.optionalMoneyFrom(value).value_or(Decimal());
}

TradeSide sideFrom(const QVariant& value)
{
    return value.toString() == QLatin1String("SELL") ? TradeSide::Sell : TradeSide::Buy;
}

/// Runs a SELECT with positional binds.
Result<QSqlQuery>
select(Database& database, const QString& sql, const QVariantList& binds, const char* what)
{
    QSqlQuery query(database.handle());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (int i = 0; i < binds.size(); ++i) {
        query.bindValue(i, binds[i]);
    }
    if (!query.exec()) {
        return sqlError(QString::fromLatin1(what), query.lastError());
    }
    return query;
}

Result<std::vector<OrderRecord>>
readOrders(Database& database, const QString& where, const QVariantList& binds)
{
    const Dialect& d = database.dialect();
    Result<QSqlQuery> query = select(
            database,
            QStringLiteral("SELECT order_id, exec_id, venue_order_id, token_id, side, order_type, "
                           "%1, %2, status, %3, %4, error_msg, condition_id, %5, purpose, mode"
                           " FROM arb_order WHERE %6 ORDER BY created_at, order_id")
                    .arg(d.moneyColumn(QStringLiteral("limit_price")),
                         d.moneyColumn(QStringLiteral("shares")),
                         d.timeColumn(QStringLiteral("created_at")),
                         d.timeColumn(QStringLiteral("updated_at")),
                         d.moneyColumn(QStringLiteral("filled_shares")), where),
            binds, "reading orders");
    if (!query) {
        return query.error();
    }
    QSqlQuery& q = query.value();
    std::vector<OrderRecord> rows;
    while (q.next()) {
        OrderRecord r;
        r.orderId = str(d, q.value(0));
        if (!q.value(1).isNull()) {
            r.execId = str(d, q.value(1));
        }
        r.venueOrderId = str(d, q.value(2));
        r.tokenId = str(d, q.value(3));
        r.side = sideFrom(q.value(4));
        r.orderType = str(d, q.value(5));
        r.limitPrice = money(d, q.value(6));
        r.shares = money(d, q.value(7));
        r.status = str(d, q.value(8));
        r.createdAtMs = q.value(9).toLongLong();
        r.updatedAtMs = q.value(10).toLongLong();
        r.errorMessage = str(d, q.value(11));
        r.conditionId = str(d, q.value(12));
        r.filledShares = money(d, q.value(13));
        // NULL purpose / mode: a row written before version 4 keeps the record's defaults.
        if (!q.value(14).isNull()) {
            r.purpose = str(d, q.value(14));
        }
        if (!q.value(15).isNull()) {
            r.mode = str(d, q.value(15));
        }
        rows.push_back(std::move(r));
    }
    return rows;
}

} // namespace

StorageQueries::StorageQueries(std::unique_ptr<Database> database)
    : m_database(std::move(database))
{}

Result<StorageQueries> StorageQueries::open(const DatabaseUrl& url)
{
    Result<Database> database = Database::open(url, QStringLiteral("queries"));
    if (!database) {
        return database.error();
    }
    auto owned = std::make_unique<Database>(std::move(database).value());
    Status migrated = Migrations::migrate(*owned);
    if (!migrated) {
        return migrated.error();
    }
    return StorageQueries(std::move(owned));
}

Result<std::vector<EpisodeRecord>> StorageQueries::history(const HistoryFilter& filter)
{
    const Dialect& d = m_database->dialect();
    QString sql =
            QStringLiteral(
                    "SELECT episode_id, opportunity_key, strategy, event_id, event_title, %1, %2, "
                    "%3, %4,"
                    " sample_count, %5, %6, %7, %8, %9, %10, %11, %12 FROM arb_episode WHERE 1 = 1")
                    .arg(d.textArrayColumn(QStringLiteral("market_ids")),
                         d.timeColumn(QStringLiteral("first_seen")),
                         d.timeColumn(QStringLiteral("last_seen")),
                         d.timeColumn(QStringLiteral("closed_at")),
                         d.moneyColumn(QStringLiteral("best_net_profit")),
                         d.moneyColumn(QStringLiteral("last_net_profit")),
                         d.moneyColumn(QStringLiteral("best_net_pct")),
                         d.moneyColumn(QStringLiteral("last_net_pct")),
                         d.moneyColumn(QStringLiteral("last_shares")))
                    .arg(d.moneyColumn(QStringLiteral("last_cost")),
                         d.moneyColumn(QStringLiteral("annualized_pct")),
                         d.timeColumn(QStringLiteral("locked_until")));
    QVariantList binds;
    if (filter.strategy) {
        sql += QStringLiteral(" AND strategy = ?");
        binds << QString::fromLatin1(strategyCode(*filter.strategy));
    }
    if (filter.sinceMs) {
        sql += QStringLiteral(" AND last_seen >= ") + d.timeParam();
        binds << d.time(*filter.sinceMs);
    }
    if (filter.openOnly) {
        sql += QStringLiteral(" AND closed_at IS NULL");
    }
    sql += QStringLiteral(" ORDER BY last_seen DESC, episode_id LIMIT ?");
    binds << std::max(0, filter.limit);
    QSqlQuery query(m_database->handle());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (int i = 0; i < binds.size(); ++i) {
        query.bindValue(i, binds[i]);
    }
    if (!query.exec()) {
        return sqlError(QStringLiteral("reading history"), query.lastError());
    }
    std::vector<EpisodeRecord> rows;
    while (query.next()) {
        EpisodeRecord r;
        r.episodeId = str(d, query.value(0));
        r.opportunityKey = str(d, query.value(1));
        r.strategy = strategyOr(query.value(2).toString());
        r.eventId = str(d, query.value(3));
        r.eventTitle = str(d, query.value(4));
        r.marketIds = d.textArrayFrom(query.value(5));
        r.firstSeenMs = query.value(6).toLongLong();
        r.lastSeenMs = query.value(7).toLongLong();
        r.closedAtMs = Dialect::optionalTimeFrom(query.value(8));
        r.sampleCount = query.value(9).toLongLong();
        r.bestNetProfit = money(d, query.value(10));
        r.lastNetProfit = money(d, query.value(11));
        r.bestNetPct = money(d, query.value(12));
        r.lastNetPct = money(d, query.value(13));
        r.lastShares = money(d, query.value(14));
        r.lastCost = money(d, query.value(15));
        r.annualizedPct = d.optionalMoneyFrom(query.value(16));
        r.lockedUntilMs = Dialect::optionalTimeFrom(query.value(17));
        rows.push_back(std::move(r));
    }
    return rows;
}

Result<std::vector<ScanSampleRow>> StorageQueries::samples(const std::string& episodeId)
{
    const Dialect& d = m_database->dialect();
    QSqlQuery query(m_database->handle());
    query.setForwardOnly(true);
    query.prepare(
            QStringLiteral("SELECT scan_id, episode_id, %1, strategy, event_id, %2, %3, %4, %5, "
                           "%6, %7, executed"
                           " FROM fact_arb_scan WHERE episode_id = ? ORDER BY scanned_at, scan_id")
                    .arg(d.timeColumn(QStringLiteral("scanned_at")),
                         d.textArrayColumn(QStringLiteral("market_ids")),
                         d.moneyColumn(QStringLiteral("total_ask")),
                         d.moneyColumn(QStringLiteral("net_profit_pct")),
                         d.moneyColumn(QStringLiteral("max_shares")),
                         d.moneyColumn(QStringLiteral("est_profit_usd")),
                         d.jsonColumn(QStringLiteral("legs"))));
    query.bindValue(0, d.text(episodeId));
    if (!query.exec()) {
        return sqlError(QStringLiteral("reading scan samples"), query.lastError());
    }
    std::vector<ScanSampleRow> rows;
    while (query.next()) {
        ScanSampleRow r;
        r.scanId = str(d, query.value(0));
        r.episodeId = str(d, query.value(1));
        r.scannedAtMs = query.value(2).toLongLong();
        r.strategy = query.value(3).toString().toStdString();
        r.eventId = str(d, query.value(4));
        r.marketIds = d.textArrayFrom(query.value(5));
        r.totalAsk = money(d, query.value(6));
        r.netProfitPct = money(d, query.value(7));
        r.maxShares = money(d, query.value(8));
        r.estProfitUsd = money(d, query.value(9));
        r.legsJson = QString::fromUtf8(QJsonDocument(d.jsonFrom(query.value(10)).toArray())
                                               .toJson(QJsonDocument::Compact));
        r.executed = query.value(11).toBool();
        rows.push_back(std::move(r));
    }
    return rows;
}

Result<std::vector<BondPositionRecord>>
StorageQueries::bondPositions(std::optional<BondStatus> status)
{
    const Dialect& d = m_database->dialect();
    QSqlQuery query(m_database->handle());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT position_id, %1, market_id, token_id, outcome, %2, %3, "
                                 "%4, status, %5, %6"
                                 " FROM fact_arb_bond_position%7 ORDER BY expected_resolve, "
                                 "opened_at, position_id")
                          .arg(d.timeColumn(QStringLiteral("opened_at")),
                               d.moneyColumn(QStringLiteral("shares")),
                               d.moneyColumn(QStringLiteral("buy_price")),
                               d.timeColumn(QStringLiteral("expected_resolve")),
                               d.moneyColumn(QStringLiteral("settle_pnl")),
                               d.timeColumn(QStringLiteral("closed_at")),
                               status ? QStringLiteral(" WHERE status = ?") : QString()));
    if (status) {
        query.bindValue(0, QString::fromLatin1(bondStatusName(*status)));
    }
    if (!query.exec()) {
        return sqlError(QStringLiteral("reading bond positions"), query.lastError());
    }
    std::vector<BondPositionRecord> rows;
    while (query.next()) {
        BondPositionRecord r;
        r.positionId = str(d, query.value(0));
        r.openedAtMs = query.value(1).toLongLong();
        r.marketId = str(d, query.value(2));
        r.tokenId = str(d, query.value(3));
        r.outcome = str(d, query.value(4));
        r.shares = money(d, query.value(5));
        r.buyPrice = money(d, query.value(6));
        r.expectedResolveMs = Dialect::optionalTimeFrom(query.value(7));
        r.status = bondStatusFromName(query.value(8).toString().toStdString())
                           .value_or(BondStatus::Open);
        r.settlePnl = d.optionalMoneyFrom(query.value(9));
        r.closedAtMs = Dialect::optionalTimeFrom(query.value(10));
        rows.push_back(std::move(r));
    }
    return rows;
}

Result<std::vector<BondLadderRung>> StorageQueries::bondLadder()
{
    Result<std::vector<BondPositionRecord>> open = bondPositions(BondStatus::Open);
    if (!open) {
        return open.error();
    }
    std::map<QString, BondLadderRung> byDay; // ISO dates sort as text; "unknown" sorts after digits
    for (BondPositionRecord& position : open.value()) {
        const QString day =
                position.expectedResolveMs
                        ? QDateTime::fromMSecsSinceEpoch(*position.expectedResolveMs, Qt::UTC)
                                  .date()
                                  .toString(Qt::ISODate)
                        : QStringLiteral("unknown");
        BondLadderRung& rung = byDay[day];
        rung.resolveDate = day;
        rung.shares += position.shares;
        rung.cost += Decimal::mul(position.shares, position.buyPrice, Rounding::Up);
        rung.payoutIfWon += position.shares;
        rung.positions.push_back(std::move(position));
    }
    std::vector<BondLadderRung> rungs;
    for (auto& [day, rung] : byDay) {
        rungs.push_back(std::move(rung));
    }
    return rungs;
}

Result<std::vector<OrderRecord>> StorageQueries::unsettledOrders()
{
    // The terminal states of OrderState (orderStateName): everything else may still change.
    return readOrders(*m_database,
                      QStringLiteral("status NOT IN ('FILLED', 'CANCELLED', 'REJECTED')"), {});
}

Result<std::vector<OrderRecord>> StorageQueries::ordersOfExecution(const std::string& execId)
{
    return readOrders(*m_database, QStringLiteral("exec_id = ?"),
                      {m_database->dialect().text(execId)});
}

Result<std::vector<FillRecord>> StorageQueries::fillsOfOrder(const std::string& orderId)
{
    const Dialect& d = m_database->dialect();
    Result<QSqlQuery> query = select(
            *m_database,
            QStringLiteral("SELECT fill_id, order_id, token_id, %1, %2, %3, %4, side FROM arb_fill"
                           " WHERE order_id = ? ORDER BY filled_at, fill_id")
                    .arg(d.moneyColumn(QStringLiteral("price")),
                         d.moneyColumn(QStringLiteral("shares")),
                         d.moneyColumn(QStringLiteral("fee")),
                         d.timeColumn(QStringLiteral("filled_at"))),
            {d.text(orderId)}, "reading fills");
    if (!query) {
        return query.error();
    }
    QSqlQuery& q = query.value();
    std::vector<FillRecord> rows;
    while (q.next()) {
        FillRecord r;
        r.fillId = str(d, q.value(0));
        r.orderId = str(d, q.value(1));
        r.tokenId = str(d, q.value(2));
        r.price = money(d, q.value(3));
        r.shares = money(d, q.value(4));
        r.fee = money(d, q.value(5));
        r.filledAtMs = q.value(6).toLongLong();
        r.side = sideFrom(q.value(7)); // NULL before version 4: a buy, the record's default
        rows.push_back(std::move(r));
    }
    return rows;
}

Result<std::vector<PnlPointRecord>> StorageQueries::pnlSeries(const std::string& mode,
                                                              const std::string& strategy,
                                                              std::int64_t sinceMs)
{
    const Dialect& d = m_database->dialect();
    QVariantList binds{d.text(mode), d.time(sinceMs)};
    if (!strategy.empty()) {
        binds << d.text(strategy);
    }
    Result<QSqlQuery> query = select(
            *m_database,
            QStringLiteral("SELECT %1, mode, strategy, %2, %3, %4 FROM arb_pnl_point"
                           " WHERE mode = ? AND taken_at >= %5%6 ORDER BY taken_at, strategy")
                    .arg(d.timeColumn(QStringLiteral("taken_at")),
                         d.moneyColumn(QStringLiteral("realized_pnl")),
                         d.moneyColumn(QStringLiteral("unrealized_pnl")),
                         d.moneyColumn(QStringLiteral("open_exposure")), d.timeParam(),
                         strategy.empty() ? QString() : QStringLiteral(" AND strategy = ?")),
            binds, "reading the PnL series");
    if (!query) {
        return query.error();
    }
    QSqlQuery& q = query.value();
    std::vector<PnlPointRecord> rows;
    while (q.next()) {
        PnlPointRecord r;
        r.takenAtMs = q.value(0).toLongLong();
        r.mode = str(d, q.value(1));
        r.strategy = str(d, q.value(2));
        r.realizedPnl = money(d, q.value(3));
        r.unrealizedPnl = money(d, q.value(4));
        r.openExposure = money(d, q.value(5));
        rows.push_back(std::move(r));
    }
    return rows;
}

} // namespace polaris
