#include "core/storage/BatchWriter.h"

#include "core/report/OpportunityJson.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QUuid>

namespace polaris {

namespace {

struct Column
{
    QLatin1String name;
    QString param;
};

/// INSERT ... ON CONFLICT (key) DO UPDATE SET every other column (or DO NOTHING).
QString
upsertSql(QLatin1String table, const std::vector<Column>& columns, QLatin1String key, bool update)
{
    QStringList names;
    QStringList params;
    QStringList sets;
    for (const Column& column : columns) {
        names << column.name;
        params << column.param;
        if (column.name != key) {
            sets << QStringLiteral("%1 = excluded.%1").arg(column.name);
        }
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO %5")
            .arg(table, names.join(QLatin1Char(',')), params.join(QLatin1Char(',')), key,
                 update ? QStringLiteral("UPDATE SET ") + sets.join(QLatin1Char(','))
                        : QStringLiteral("NOTHING"));
}

QString plain()
{
    return QStringLiteral("?");
}

Decimal percentOf(Decimal part, Decimal whole)
{
    return whole.isZero() ? Decimal() : Decimal::div(part * 100, whole, Rounding::Nearest);
}

Status checkText(std::string_view text, const char* field)
{
    if (static_cast<qsizetype>(text.size()) > BatchWriter::kMaxTextBytes) {
        return Error{ErrorCode::TooLarge,
                     std::string(field) + " is " + std::to_string(text.size())
                             + " bytes, over the 1 MiB limit of a stored text field"};
    }
    return okStatus();
}

Status checkId(const std::string& id, const char* field)
{
    if (id.empty()) {
        return Error{ErrorCode::MissingField, std::string(field) + " is empty"};
    }
    return checkText(id, field);
}

/// Columns typed UUID on PostgreSQL: checked here so SQLite (TEXT) refuses the same values.
Status checkUuid(const std::string& id, const char* field)
{
    if (id.empty()) {
        return Error{ErrorCode::MissingField, std::string(field) + " is empty"};
    }
    const QUuid uuid = QUuid::fromString(QAnyStringView(id));
    if (uuid.isNull() || id.size() != 36) {
        return Error{ErrorCode::InvalidFormat, std::string(field) + " '" + id.substr(0, 64)
                                                       + "' is not a UUID (8-4-4-4-12 hex digits)"};
    }
    return okStatus();
}

Status checkOptionalUuid(const std::optional<std::string>& id, const char* field)
{
    return id ? checkUuid(*id, field) : okStatus();
}

/// Times are ms since 1970 up to the year 9999: both back-ends store that range exactly, and
/// anything outside it is a bug upstream rather than a date.
Status checkTimes(std::initializer_list<std::optional<std::int64_t>> times)
{
    constexpr std::int64_t kYear10000Ms = 253'402'300'800'000;
    for (const std::optional<std::int64_t>& ms : times) {
        if (ms && (*ms < 0 || *ms >= kYear10000Ms)) {
            return Error{ErrorCode::OutOfRange,
                         "time " + std::to_string(*ms) + " ms is outside 1970-01-01 .. 9999-12-31"};
        }
    }
    return okStatus();
}

Status firstError(std::initializer_list<Status> checks)
{
    for (const Status& check : checks) {
        if (!check) {
            return check;
        }
    }
    return okStatus();
}

} // namespace

const char* bondStatusName(BondStatus status)
{
    switch (status) {
    case BondStatus::Open:
        return "OPEN";
    case BondStatus::Settled:
        return "SETTLED";
    case BondStatus::Sold:
        return "SOLD";
    }
    return "OPEN";
}

std::optional<BondStatus> bondStatusFromName(std::string_view name)
{
    for (BondStatus status : {BondStatus::Open, BondStatus::Settled, BondStatus::Sold}) {
        if (name == bondStatusName(status)) {
            return status;
        }
    }
    return std::nullopt;
}

BatchWriter::BatchWriter(Database& database)
    : m_database(database)
{}

QSqlQuery& BatchWriter::statement(std::size_t index, const std::function<QString()>& sql)
{
    std::optional<QSqlQuery>& slot = m_statements[index];
    if (!slot) {
        slot.emplace(m_database.handle());
        slot->setForwardOnly(true);
        slot->prepare(sql());
    }
    return *slot;
}

Status BatchWriter::write(const StorageRecord& record)
{
    return std::visit(
            [this, &record](const auto& value) { return writeOne(value, record.index()); }, record);
}

template <typename R> Status BatchWriter::writeOne(const R& r, std::size_t index)
{
    const Dialect& d = m_database.dialect();
    const QString t = d.timeParam();
    std::vector<Column> columns;
    QVariantList values;
    QLatin1String table;
    QLatin1String key;
    bool update = true;
    auto add = [&](const char* name, const QString& param, QVariant value) {
        columns.push_back(Column{QLatin1String(name), param});
        values.push_back(std::move(value));
    };
    auto strategy = [](Strategy s) { return QString::fromLatin1(strategyCode(s)); };
    auto optionalId = [&](const std::optional<std::string>& id) {
        return id ? d.text(*id) : QVariant(QMetaType::fromType<QString>());
    };
    auto nullableText = [&](const std::string& text) {
        return text.empty() ? QVariant(QMetaType::fromType<QString>()) : d.text(text);
    };

    if constexpr (std::is_same_v<R, ScanRunRecord>) {
        table = QLatin1String("arb_scan_run");
        key = QLatin1String("run_id");
        add("run_id", plain(), d.text(r.runId));
        add("scanned_at", t, d.time(r.scannedAtMs));
        add("duration_us", plain(), QVariant::fromValue(qint64(r.durationUs)));
        add("events_evaluated", plain(), r.eventsEvaluated);
        add("opportunities", plain(), r.opportunities);
        add("refusals", plain(), r.refusals);
        add("books_live", plain(), r.booksLive);
        add("books_stale", plain(), r.booksStale);
        add("books_invalid", plain(), r.booksInvalid);
        add("source", plain(), nullableText(r.source));
    } else if constexpr (std::is_same_v<R, EpisodeRecord>) {
        table = QLatin1String("arb_episode");
        key = QLatin1String("episode_id");
        add("episode_id", plain(), d.text(r.episodeId));
        add("opportunity_key", plain(), d.text(r.opportunityKey));
        add("strategy", plain(), strategy(r.strategy));
        add("event_id", plain(), d.text(r.eventId));
        add("event_title", plain(), d.text(r.eventTitle));
        add("market_ids", d.textArrayParam(), d.textArray(r.marketIds));
        add("first_seen", t, d.time(r.firstSeenMs));
        add("last_seen", t, d.time(r.lastSeenMs));
        add("closed_at", t, d.time(r.closedAtMs));
        add("sample_count", plain(), QVariant::fromValue(qint64(r.sampleCount)));
        add("best_net_profit", plain(), d.money(r.bestNetProfit));
        add("last_net_profit", plain(), d.money(r.lastNetProfit));
        add("best_net_pct", plain(), d.money(r.bestNetPct));
        add("last_net_pct", plain(), d.money(r.lastNetPct));
        add("last_shares", plain(), d.money(r.lastShares));
        add("last_cost", plain(), d.money(r.lastCost));
        add("annualized_pct", plain(), d.money(r.annualizedPct));
        add("locked_until", t, d.time(r.lockedUntilMs));
    } else if constexpr (std::is_same_v<R, ScanSampleRecord>) {
        const Opportunity& o = r.opportunity;
        table = QLatin1String("fact_arb_scan");
        key = QLatin1String("scan_id");
        update = false;
        QJsonArray legs = opportunityToJson(o).value(QStringLiteral("legs")).toArray();
        const std::optional<Decimal> annualized =
                o.annualizedPct ? percentFromFraction(*o.annualizedPct) : std::nullopt;
        add("scan_id", plain(), d.text(r.scanId));
        add("scanned_at", t, d.time(r.scannedAtMs));
        add("strategy", plain(), strategy(o.strategy));
        add("event_id", plain(), d.text(o.eventId));
        add("market_ids", d.textArrayParam(), d.textArray(o.marketIds));
        add("total_ask", plain(),
            d.money(o.shares.isZero() ? Decimal()
                                      : Decimal::div(o.cost, o.shares, Rounding::Nearest)));
        add("discount_pct", plain(), d.money(percentOf(o.payout - o.cost, o.payout)));
        add("net_profit_pct", plain(), d.money(percentOf(o.netProfit, o.cost)));
        add("max_shares", plain(), d.money(o.shares));
        add("est_profit_usd", plain(), d.money(o.netProfit));
        add("annualized_pct", plain(), d.money(annualized));
        add("legs", plain(), d.json(legs));
        add("executed", plain(), r.executed);
        add("episode_id", plain(),
            r.episodeId.empty() ? QVariant(QMetaType::fromType<QString>()) : d.text(r.episodeId));
    } else if constexpr (std::is_same_v<R, ExecutionRecord>) {
        table = QLatin1String("fact_arb_execution");
        key = QLatin1String("exec_id");
        QJsonValue legsResult(QJsonValue::Null);
        if (!r.legsResultJson.empty()) {
            const QJsonDocument doc =
                    QJsonDocument::fromJson(QByteArray::fromStdString(r.legsResultJson));
            legsResult = doc.isArray()    ? QJsonValue(doc.array())
                         : doc.isObject() ? QJsonValue(doc.object())
                                          : QJsonValue(QString::fromStdString(r.legsResultJson));
        }
        add("exec_id", plain(), d.text(r.execId));
        add("executed_at", t, d.time(r.executedAtMs));
        add("scan_id", plain(), optionalId(r.scanId));
        add("strategy", plain(), strategy(r.strategy));
        add("status", plain(), d.text(r.status));
        add("shares_target", plain(), d.money(r.sharesTarget));
        add("shares_filled", plain(), d.money(r.sharesFilled));
        add("total_cost", plain(), d.money(r.totalCost));
        add("realized_pnl", plain(), d.money(r.realizedPnl));
        add("legs_result", plain(), d.json(legsResult));
        add("error_msg", plain(), nullableText(r.errorMessage));
        add("mode", plain(), d.text(r.mode));
        add("opportunity_key", plain(), nullableText(r.opportunityKey));
        add("event_id", plain(), nullableText(r.eventId));
        add("approval_id", plain(), optionalId(r.approvalId));
        add("fees", plain(), d.money(r.fees));
        add("finished_at", t, d.time(r.finishedAtMs));
    } else if constexpr (std::is_same_v<R, BondPositionRecord>) {
        table = QLatin1String("fact_arb_bond_position");
        key = QLatin1String("position_id");
        add("position_id", plain(), d.text(r.positionId));
        add("opened_at", t, d.time(r.openedAtMs));
        add("market_id", plain(), d.text(r.marketId));
        add("token_id", plain(), d.text(r.tokenId));
        add("outcome", plain(), d.text(r.outcome));
        add("shares", plain(), d.money(r.shares));
        add("buy_price", plain(), d.money(r.buyPrice));
        add("expected_resolve", t, d.time(r.expectedResolveMs));
        add("status", plain(), QString::fromLatin1(bondStatusName(r.status)));
        add("settle_pnl", plain(), d.money(r.settlePnl));
        add("closed_at", t, d.time(r.closedAtMs));
    } else if constexpr (std::is_same_v<R, OrderRecord>) {
        table = QLatin1String("arb_order");
        key = QLatin1String("order_id");
        add("order_id", plain(), d.text(r.orderId));
        add("exec_id", plain(), optionalId(r.execId));
        add("venue_order_id", plain(), nullableText(r.venueOrderId));
        add("token_id", plain(), d.text(r.tokenId));
        add("side", plain(),
            r.side == TradeSide::Buy ? QStringLiteral("BUY") : QStringLiteral("SELL"));
        add("order_type", plain(), d.text(r.orderType));
        add("limit_price", plain(), d.money(r.limitPrice));
        add("shares", plain(), d.money(r.shares));
        add("status", plain(), d.text(r.status));
        add("created_at", t, d.time(r.createdAtMs));
        add("updated_at", t, d.time(r.updatedAtMs));
        add("error_msg", plain(), nullableText(r.errorMessage));
        add("condition_id", plain(), nullableText(r.conditionId));
        add("filled_shares", plain(), d.money(r.filledShares));
        add("purpose", plain(), d.text(r.purpose));
        add("mode", plain(), d.text(r.mode));
    } else if constexpr (std::is_same_v<R, FillRecord>) {
        table = QLatin1String("arb_fill");
        key = QLatin1String("fill_id");
        update = false;
        add("fill_id", plain(), d.text(r.fillId));
        add("order_id", plain(), d.text(r.orderId));
        add("token_id", plain(), d.text(r.tokenId));
        add("price", plain(), d.money(r.price));
        add("shares", plain(), d.money(r.shares));
        add("fee", plain(), d.money(r.fee));
        add("filled_at", t, d.time(r.filledAtMs));
        add("side", plain(),
            r.side == TradeSide::Buy ? QStringLiteral("BUY") : QStringLiteral("SELL"));
    } else if constexpr (std::is_same_v<R, ApprovalRecord>) {
        table = QLatin1String("arb_approval");
        key = QLatin1String("approval_id");
        update = false;
        add("approval_id", plain(), d.text(r.approvalId));
        add("decided_at", t, d.time(r.decidedAtMs));
        add("operator", plain(), d.text(r.operatorName));
        add("decision", plain(),
            r.approved ? QStringLiteral("APPROVED") : QStringLiteral("REJECTED"));
        add("opportunity_key", plain(), d.text(r.opportunityKey));
        add("episode_id", plain(), optionalId(r.episodeId));
        add("strategy", plain(), strategy(r.strategy));
        add("quoted_net_profit", plain(), d.money(r.quotedNetProfit));
        add("quoted_net_pct", plain(), d.money(r.quotedNetPct));
        add("quoted_shares", plain(), d.money(r.quotedShares));
        add("note", plain(), nullableText(r.note));
    } else if constexpr (std::is_same_v<R, PnlSnapshotRecord>) {
        table = QLatin1String("arb_pnl_snapshot");
        key = QLatin1String("taken_at");
        add("taken_at", t, d.time(r.takenAtMs));
        add("realized_pnl", plain(), d.money(r.realizedPnl));
        add("unrealized_pnl", plain(), d.money(r.unrealizedPnl));
        add("open_exposure", plain(), d.money(r.openExposure));
        add("cash_balance", plain(), d.money(r.cashBalance));
    } else if constexpr (std::is_same_v<R, MarketMetaRecord>) {
        table = QLatin1String("dim_market");
        key = QLatin1String("condition_id");
        add("condition_id", plain(), d.text(r.conditionId));
        add("event_id", plain(), d.text(r.eventId));
        add("event_title", plain(), d.text(r.eventTitle));
        add("question", plain(), d.text(r.question));
        add("yes_token_id", plain(), d.text(r.yesTokenId));
        add("no_token_id", plain(), d.text(r.noTokenId));
        add("neg_risk", plain(), r.negRisk);
        add("end_date", t, d.time(r.endDateMs));
        add("tick_size", plain(), d.money(r.tickSize));
        add("updated_at", t, d.time(r.updatedAtMs));
    } else if constexpr (std::is_same_v<R, PnlPointRecord>) {
        table = QLatin1String("arb_pnl_point");
        key = QLatin1String("point_id");
        add("point_id", plain(),
            d.text(r.mode + '|' + r.strategy + '|' + std::to_string(r.takenAtMs)));
        add("taken_at", t, d.time(r.takenAtMs));
        add("mode", plain(), d.text(r.mode));
        add("strategy", plain(), d.text(r.strategy));
        add("realized_pnl", plain(), d.money(r.realizedPnl));
        add("unrealized_pnl", plain(), d.money(r.unrealizedPnl));
        add("open_exposure", plain(), d.money(r.openExposure));
    }

    QSqlQuery& query = statement(index, [&] { return upsertSql(table, columns, key, update); });
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(int(i), values[i]);
    }
    if (!query.exec()) {
        m_lastError = query.lastError();
        return sqlError(QStringLiteral("writing %1").arg(table), query.lastError());
    }
    return okStatus();
}

bool BatchWriter::lastFailureIsDataError() const
{
    const QString code = m_lastError.nativeErrorCode();
    if (m_lastError.type() == QSqlError::NoError || code.isEmpty()) {
        return false;
    }
    if (m_database.dialect().isPostgres()) {
        // SQLSTATE classes 22 (data exception), 23 (integrity constraint), 42 (undefined column...)
        return code.startsWith(QLatin1String("22")) || code.startsWith(QLatin1String("23"))
               || code.startsWith(QLatin1String("42"));
    }
    // SQLite primary result codes: ERROR, TOOBIG, CONSTRAINT, MISMATCH, RANGE.
    const int primary = code.toInt() & 0xff;
    return primary == 1 || primary == 18 || primary == 19 || primary == 20 || primary == 25;
}

Status BatchWriter::validate(const StorageRecord& record)
{
    return std::visit(
            [](const auto& r) -> Status {
                using R = std::decay_t<decltype(r)>;
                if constexpr (std::is_same_v<R, ScanRunRecord>) {
                    return firstError(
                            {checkUuid(r.runId, "scan run id"), checkTimes({r.scannedAtMs})});
                } else if constexpr (std::is_same_v<R, EpisodeRecord>) {
                    return firstError({checkUuid(r.episodeId, "episode id"),
                                       checkId(r.opportunityKey, "opportunity key"),
                                       checkText(r.eventTitle, "event title"),
                                       checkText(r.eventId, "event id"),
                                       checkTimes({r.firstSeenMs, r.lastSeenMs, r.closedAtMs,
                                                   r.lockedUntilMs})});
                } else if constexpr (std::is_same_v<R, ScanSampleRecord>) {
                    return firstError({checkUuid(r.scanId, "scan id"),
                                       r.episodeId.empty() ? okStatus()
                                                           : checkUuid(r.episodeId, "episode id"),
                                       checkText(r.opportunity.eventTitle, "event title"),
                                       checkTimes({r.scannedAtMs})});
                } else if constexpr (std::is_same_v<R, ExecutionRecord>) {
                    return firstError(
                            {checkUuid(r.execId, "execution id"),
                             checkOptionalUuid(r.scanId, "scan id"),
                             checkText(r.errorMessage, "error message"),
                             checkText(r.legsResultJson, "legs result"),
                             checkText(r.opportunityKey, "opportunity key"),
                             checkText(r.eventId, "event id"),
                             checkText(r.approvalId.value_or(std::string()), "approval id"),
                             checkId(r.mode, "execution mode"),
                             checkTimes({r.executedAtMs, r.finishedAtMs})});
                } else if constexpr (std::is_same_v<R, BondPositionRecord>) {
                    return firstError(
                            {checkUuid(r.positionId, "position id"),
                             checkText(r.outcome, "outcome"), checkText(r.marketId, "market id"),
                             checkText(r.tokenId, "token id"),
                             checkTimes({r.openedAtMs, r.expectedResolveMs, r.closedAtMs})});
                } else if constexpr (std::is_same_v<R, OrderRecord>) {
                    return firstError({checkId(r.orderId, "order id"),
                                       checkOptionalUuid(r.execId, "execution id"),
                                       checkText(r.errorMessage, "error message"),
                                       checkText(r.venueOrderId, "venue order id"),
                                       checkText(r.tokenId, "token id"),
                                       checkText(r.conditionId, "condition id"),
                                       checkId(r.purpose, "order purpose"),
                                       checkId(r.mode, "order mode"),
                                       checkTimes({r.createdAtMs, r.updatedAtMs})});
                } else if constexpr (std::is_same_v<R, FillRecord>) {
                    return firstError({checkId(r.fillId, "fill id"), checkId(r.orderId, "order id"),
                                       checkText(r.tokenId, "token id"),
                                       checkTimes({r.filledAtMs})});
                } else if constexpr (std::is_same_v<R, ApprovalRecord>) {
                    return firstError({checkUuid(r.approvalId, "approval id"),
                                       checkOptionalUuid(r.episodeId, "episode id"),
                                       checkText(r.note, "approval note"),
                                       checkText(r.opportunityKey, "opportunity key"),
                                       checkText(r.operatorName, "operator"),
                                       checkTimes({r.decidedAtMs})});
                } else if constexpr (std::is_same_v<R, PnlSnapshotRecord>) {
                    return checkTimes({r.takenAtMs});
                } else if constexpr (std::is_same_v<R, MarketMetaRecord>) {
                    return firstError({checkId(r.conditionId, "condition id"),
                                       checkText(r.question, "question"),
                                       checkText(r.eventTitle, "event title"),
                                       checkTimes({r.endDateMs, r.updatedAtMs})});
                } else if constexpr (std::is_same_v<R, PnlPointRecord>) {
                    return firstError({checkId(r.mode, "PnL mode"),
                                       checkId(r.strategy, "PnL strategy"),
                                       checkTimes({r.takenAtMs})});
                }
            },
            record);
}

} // namespace polaris
