// StorageQueries, second part: execution/approval/market reads, status and CSV export.
#include "core/report/OpportunityJson.h"
#include "core/storage/Migrations.h"
#include "core/storage/StorageQueries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace polaris {

namespace {

std::string str(const Dialect& d, const QVariant& value)
{
    return d.textFrom(value).toStdString();
}

Decimal money(const Dialect& d, const QVariant& value)
{
    return d.optionalMoneyFrom(value).value_or(Decimal());
}

Strategy strategyOr(const QString& code)
{
    return strategyFromCode(code.toStdString()).value_or(Strategy::NegRiskLong);
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString decimalText(Decimal value)
{
    return QString::fromStdString(value.toString());
}

qint64 scalar(Database& database, const QString& sql)
{
    QSqlQuery query(database.handle());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

Result<std::vector<ExecutionRecord>> StorageQueries::executions(int limit)
{
    return executions(limit, std::string());
}

Result<std::vector<ExecutionRecord>> StorageQueries::executions(int limit, const std::string& mode)
{
    const Dialect& d = m_database->dialect();
    QSqlQuery query(m_database->handle());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT exec_id, %1, scan_id, strategy, status, %2, %3, %4, %5, "
                                 "%6, error_msg, mode, opportunity_key, event_id, approval_id, %7, "
                                 "%8 FROM fact_arb_execution%9 ORDER BY executed_at DESC, exec_id "
                                 "LIMIT ?")
                          .arg(d.timeColumn(QStringLiteral("executed_at")),
                               d.moneyColumn(QStringLiteral("shares_target")),
                               d.moneyColumn(QStringLiteral("shares_filled")),
                               d.moneyColumn(QStringLiteral("total_cost")),
                               d.moneyColumn(QStringLiteral("realized_pnl")),
                               d.jsonColumn(QStringLiteral("legs_result")),
                               d.moneyColumn(QStringLiteral("fees")),
                               d.timeColumn(QStringLiteral("finished_at")),
                               mode.empty() ? QString() : QStringLiteral(" WHERE mode = ?")));
    int bind = 0;
    if (!mode.empty()) {
        query.bindValue(bind++, d.text(mode));
    }
    query.bindValue(bind, std::max(0, limit));
    if (!query.exec()) {
        return sqlError(QStringLiteral("reading executions"), query.lastError());
    }
    std::vector<ExecutionRecord> rows;
    while (query.next()) {
        ExecutionRecord r;
        r.execId = str(d, query.value(0));
        r.executedAtMs = query.value(1).toLongLong();
        if (!query.value(2).isNull()) {
            r.scanId = str(d, query.value(2));
        }
        r.strategy = strategyOr(query.value(3).toString());
        r.status = str(d, query.value(4));
        r.sharesTarget = d.optionalMoneyFrom(query.value(5));
        r.sharesFilled = money(d, query.value(6));
        r.totalCost = d.optionalMoneyFrom(query.value(7));
        r.realizedPnl = d.optionalMoneyFrom(query.value(8));
        if (!query.value(9).isNull()) {
            const QJsonValue legs = d.jsonFrom(query.value(9));
            r.legsResultJson = legs.isArray() ? QJsonDocument(legs.toArray())
                                                        .toJson(QJsonDocument::Compact)
                                                        .toStdString()
                               : legs.isObject() ? QJsonDocument(legs.toObject())
                                                           .toJson(QJsonDocument::Compact)
                                                           .toStdString()
                                                 : legs.toString().toStdString();
        }
        r.errorMessage = str(d, query.value(10));
        if (!query.value(11).isNull()) { // NULL: a row written before version 4
            r.mode = str(d, query.value(11));
        }
        r.opportunityKey = str(d, query.value(12));
        r.eventId = str(d, query.value(13));
        if (!query.value(14).isNull()) {
            r.approvalId = str(d, query.value(14));
        }
        r.fees = d.optionalMoneyFrom(query.value(15));
        r.finishedAtMs = Dialect::optionalTimeFrom(query.value(16));
        rows.push_back(std::move(r));
    }
    return rows;
}

Result<std::vector<ApprovalRecord>> StorageQueries::approvals(int limit)
{
    const Dialect& d = m_database->dialect();
    QSqlQuery query(m_database->handle());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT approval_id, %1, operator, decision, opportunity_key, "
                                 "episode_id, strategy,"
                                 " %2, %3, %4, note FROM arb_approval ORDER BY decided_at DESC, "
                                 "approval_id LIMIT ?")
                          .arg(d.timeColumn(QStringLiteral("decided_at")),
                               d.moneyColumn(QStringLiteral("quoted_net_profit")),
                               d.moneyColumn(QStringLiteral("quoted_net_pct")),
                               d.moneyColumn(QStringLiteral("quoted_shares"))));
    query.bindValue(0, std::max(0, limit));
    if (!query.exec()) {
        return sqlError(QStringLiteral("reading approvals"), query.lastError());
    }
    std::vector<ApprovalRecord> rows;
    while (query.next()) {
        ApprovalRecord r;
        r.approvalId = str(d, query.value(0));
        r.decidedAtMs = query.value(1).toLongLong();
        r.operatorName = str(d, query.value(2));
        r.approved = query.value(3).toString() == QLatin1String("APPROVED");
        r.opportunityKey = str(d, query.value(4));
        if (!query.value(5).isNull()) {
            r.episodeId = str(d, query.value(5));
        }
        r.strategy = strategyOr(query.value(6).toString());
        r.quotedNetProfit = money(d, query.value(7));
        r.quotedNetPct = money(d, query.value(8));
        r.quotedShares = money(d, query.value(9));
        r.note = str(d, query.value(10));
        rows.push_back(std::move(r));
    }
    return rows;
}

Result<std::optional<MarketMetaRecord>> StorageQueries::market(const std::string& conditionId)
{
    const Dialect& d = m_database->dialect();
    QSqlQuery query(m_database->handle());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT condition_id, event_id, event_title, question, "
                                 "yes_token_id, no_token_id,"
                                 " neg_risk, %1, %2, %3 FROM dim_market WHERE condition_id = ?")
                          .arg(d.timeColumn(QStringLiteral("end_date")),
                               d.moneyColumn(QStringLiteral("tick_size")),
                               d.timeColumn(QStringLiteral("updated_at"))));
    query.bindValue(0, d.text(conditionId));
    if (!query.exec()) {
        return sqlError(QStringLiteral("reading market"), query.lastError());
    }
    if (!query.next()) {
        return std::optional<MarketMetaRecord>();
    }
    MarketMetaRecord r;
    r.conditionId = str(d, query.value(0));
    r.eventId = str(d, query.value(1));
    r.eventTitle = str(d, query.value(2));
    r.question = str(d, query.value(3));
    r.yesTokenId = str(d, query.value(4));
    r.noTokenId = str(d, query.value(5));
    r.negRisk = query.value(6).toBool();
    r.endDateMs = Dialect::optionalTimeFrom(query.value(7));
    r.tickSize = d.optionalMoneyFrom(query.value(8));
    r.updatedAtMs = query.value(9).toLongLong();
    return std::optional<MarketMetaRecord>(std::move(r));
}

StorageStatus StorageQueries::status()
{
    const Dialect& d = m_database->dialect();
    StorageStatus s;
    s.url = m_database->url().redacted();
    Result<int> version = Migrations::currentVersion(*m_database);
    if (!version) {
        s.error = QString::fromStdString(version.error().detail);
        return s;
    }
    s.reachable = true;
    s.schemaVersion = *version;
    QSqlQuery last(m_database->handle());
    if (last.exec(QStringLiteral("SELECT %1, books_live, books_stale, books_invalid, source FROM "
                                 "arb_scan_run "
                                 "ORDER BY scanned_at DESC LIMIT 1")
                          .arg(d.timeColumn(QStringLiteral("scanned_at"))))
        && last.next()) {
        s.lastScanMs = last.value(0).toLongLong();
        s.lastBooksLive = last.value(1).toInt();
        s.lastBooksStale = last.value(2).toInt();
        s.lastBooksInvalid = last.value(3).toInt();
        s.lastSource = last.value(4).toString();
    }
    s.scanRuns = scalar(*m_database, QStringLiteral("SELECT COUNT(*) FROM arb_scan_run"));
    s.episodes = scalar(*m_database, QStringLiteral("SELECT COUNT(*) FROM arb_episode"));
    s.openEpisodes =
            scalar(*m_database,
                   QStringLiteral("SELECT COUNT(*) FROM arb_episode WHERE closed_at IS NULL"));
    s.openBondPositions = scalar(
            *m_database,
            QStringLiteral("SELECT COUNT(*) FROM fact_arb_bond_position WHERE status = 'OPEN'"));
    QSqlQuery pnl(m_database->handle());
    if (pnl.exec(QStringLiteral("SELECT %1, %2, %3, %4, %5 FROM arb_pnl_snapshot ORDER BY taken_at "
                                "DESC LIMIT 1")
                         .arg(d.timeColumn(QStringLiteral("taken_at")),
                              d.moneyColumn(QStringLiteral("realized_pnl")),
                              d.moneyColumn(QStringLiteral("unrealized_pnl")),
                              d.moneyColumn(QStringLiteral("open_exposure")),
                              d.moneyColumn(QStringLiteral("cash_balance"))))
        && pnl.next()) {
        s.lastPnl = PnlSnapshotRecord{pnl.value(0).toLongLong(), money(d, pnl.value(1)),
                                      money(d, pnl.value(2)), money(d, pnl.value(3)),
                                      d.optionalMoneyFrom(pnl.value(4))};
    }
    return s;
}

StorageStatus StorageQueries::status(const DatabaseUrl& url)
{
    Result<Database> database = Database::open(url, QStringLiteral("status"));
    if (!database) {
        StorageStatus s;
        s.url = url.redacted();
        s.error = QString::fromStdString(database.error().detail);
        return s;
    }
    StorageQueries queries(std::make_unique<Database>(std::move(database).value()));
    return queries.status();
}

QString StorageQueries::historyCsv(const std::vector<EpisodeRecord>& episodes)
{
    QString csv = QStringLiteral(
            "episode_id,strategy,event_id,event_title,market_ids,first_seen,last_seen,closed_at,"
            "sample_count,best_net_profit,last_net_profit,best_net_pct,last_net_pct,last_shares,"
            "last_cost,annualized_pct\r\n");
    for (const EpisodeRecord& e : episodes) {
        QStringList markets;
        for (const std::string& id : e.marketIds) {
            markets << QString::fromStdString(id);
        }
        const QStringList fields{QString::fromStdString(e.episodeId),
                                 QString::fromLatin1(strategyCode(e.strategy)),
                                 QString::fromStdString(e.eventId),
                                 QString::fromStdString(e.eventTitle),
                                 markets.join(QLatin1Char(';')),
                                 isoUtc(e.firstSeenMs),
                                 isoUtc(e.lastSeenMs),
                                 e.closedAtMs ? isoUtc(*e.closedAtMs) : QString(),
                                 QString::number(e.sampleCount),
                                 decimalText(e.bestNetProfit),
                                 decimalText(e.lastNetProfit),
                                 decimalText(e.bestNetPct),
                                 decimalText(e.lastNetPct),
                                 decimalText(e.lastShares),
                                 decimalText(e.lastCost),
                                 e.annualizedPct ? decimalText(*e.annualizedPct) : QString()};
        QStringList escaped;
        for (const QString& field : fields) {
            escaped << csvField(field);
        }
        csv += escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv;
}

} // namespace polaris
