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

} // namespace polaris
