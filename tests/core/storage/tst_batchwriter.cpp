#include "core/storage/BatchWriter.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/StorageQueries.h"
#include "tests/core/storage/TestDatabases.h"
#include "tests/support/TestPrinters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <limits>

using namespace polaris;

namespace {

Decimal dec(const char* text)
{
    return Decimal::parse(text).value();
}

/// Text that breaks naive SQL and encodings: quotes, backslashes, emoji, NUL, ESC, a lone
/// ESC + '0' (our NUL escape spelled literally), newlines, and a SQL injection attempt.
QString nastyText()
{
    QString text = QString::fromUtf8(
            "it's \"quoted\" \\ back\\slash 😀 Ünïcødé\n\ttab '); DROP TABLE arb_fill; --");
    text += QChar(0);
    text += QStringLiteral("after-nul");
    text += QChar(0x1b);
    text += QStringLiteral("0 literal-escape-zero ");
    text += QChar(0x1b);
    text += QChar(0);
    return text;
}

Status writeAll(Database& database, const std::vector<StorageRecord>& records)
{
    return database.transaction([&]() -> Status {
        BatchWriter writer(database);
        for (const StorageRecord& record : records) {
            Status done = writer.write(record);
            if (!done) {
                return done;
            }
        }
        return okStatus();
    });
}

} // namespace

class TstBatchWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nulEscapeIsReversible()
    {
        const QString text = nastyText();
        QVERIFY(!Dialect::escapeNul(text).contains(QChar(0)));
        QCOMPARE(Dialect::unescapeNul(Dialect::escapeNul(text)), text);
        QCOMPARE(Dialect::escapeNul(QStringLiteral("plain")), QStringLiteral("plain"));
    }

    void moneyRoundTrips_data() { testing::addBackendRows(); }
    void moneyRoundTrips()
    {
        POLARIS_SCRATCH_DATABASE(scratch);
        Result<Database> database = Database::open(scratch.url(), QStringLiteral("test"));
        QVERIFY(database.ok());
        QVERIFY(Migrations::migrate(database.value()).ok());
        const std::vector<Decimal> values{
                dec("0.000001"), dec("999999999.999999"), dec("-123.456789"),   dec("-0.000001"),
                dec("0"),        dec("1000000000000"),    dec("-1000000000000")};
        std::vector<StorageRecord> records;
        for (std::size_t i = 0; i < values.size(); ++i) {
            BondPositionRecord bond;
            bond.positionId = QStringLiteral("10000000-0000-4000-8000-%1")
                                      .arg(i, 12, 10, QLatin1Char('0'))
                                      .toStdString();
            bond.openedAtMs = 1764000000000 + static_cast<std::int64_t>(i);
            bond.marketId = "m";
            bond.tokenId = "t";
            bond.shares = values[i];
            bond.buyPrice = values[(i + 1) % values.size()];
            bond.settlePnl = values[(i + 2) % values.size()];
            bond.status = BondStatus::Settled;
            records.emplace_back(bond);
        }
        Status written = writeAll(database.value(), records);
        QVERIFY2(written.ok(), written.ok() ? "" : written.error().detail.c_str());
        Result<StorageQueries> queries = StorageQueries::open(scratch.url());
        QVERIFY(queries.ok());
        auto rows = queries.value().bondPositions(BondStatus::Settled);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), values.size());
        for (std::size_t i = 0; i < values.size(); ++i) {
            QCOMPARE(rows->at(i).shares, values[i]);
            QCOMPARE(rows->at(i).buyPrice, values[(i + 1) % values.size()]);
            QCOMPARE(rows->at(i).settlePnl.value(), values[(i + 2) % values.size()]);
        }
        // Sums in SQL stay exact too (micro-units on SQLite, NUMERIC on PostgreSQL).
        QSqlQuery sum(queries.value().database().handle());
        QVERIFY(sum.exec(QStringLiteral("SELECT %1 FROM (SELECT SUM(shares) AS total FROM "
                                        "fact_arb_bond_position) s")
                                 .arg(queries.value().database().dialect().moneyColumn(
                                         QStringLiteral("total")))));
        QVERIFY(sum.next());
        QCOMPARE(queries.value().database().dialect().moneyFrom(sum.value(0)).value(),
                 dec("999999876.54321"));
    }

    void hostileStringsRoundTrip_data() { testing::addBackendRows(); }
    void hostileStringsRoundTrip()
    {
        POLARIS_SCRATCH_DATABASE(scratch);
        Result<Database> database = Database::open(scratch.url(), QStringLiteral("test"));
        QVERIFY(database.ok());
        QVERIFY(Migrations::migrate(database.value()).ok());
        const std::string nasty = nastyText().toStdString();
        const std::string big(BatchWriter::kMaxTextBytes,
                              'x'); // the largest accepted field, intact

        MarketMetaRecord market;
        market.conditionId = nasty;
        market.question = nasty;
        market.eventTitle = big;
        market.eventId = "e";
        market.negRisk = true;
        market.tickSize = dec("0.001");
        market.endDateMs = 1767225600000;
        market.updatedAtMs = 1764000000000;
        ExecutionRecord execution;
        execution.execId = "20000000-0000-4000-8000-000000000001";
        execution.executedAtMs = 1764000000000;
        execution.status = "ERROR";
        execution.errorMessage = nasty;
        QJsonObject leg{{QStringLiteral("outcome"), nastyText()},
                        {QStringLiteral("shares"), QStringLiteral("12.5")}};
        execution.legsResultJson =
                QJsonDocument(QJsonArray{leg}).toJson(QJsonDocument::Compact).toStdString();
        ApprovalRecord approval;
        approval.approvalId = "30000000-0000-4000-8000-000000000001";
        approval.decidedAtMs = 1764000000000;
        approval.operatorName = "O'Brien \"ops\"";
        approval.opportunityKey = nasty;
        approval.note = nasty;
        approval.quotedNetProfit = dec("-0.000001");
        approval.quotedNetPct = dec("4.25");
        approval.quotedShares = dec("250.5");
        Status written = writeAll(database.value(), {market, execution, approval});
        QVERIFY2(written.ok(), written.ok() ? "" : written.error().detail.c_str());

        Result<StorageQueries> queries = StorageQueries::open(scratch.url());
        QVERIFY(queries.ok());
        auto readMarket = queries.value().market(nasty);
        QVERIFY(readMarket.ok() && readMarket->has_value());
        QCOMPARE(readMarket->value().question.size(), nasty.size());
        QVERIFY(readMarket->value().question == nasty);
        QVERIFY(readMarket->value().eventTitle == big);
        QVERIFY(readMarket->value().negRisk);
        QCOMPARE(readMarket->value().tickSize.value(), dec("0.001"));
        QCOMPARE(readMarket->value().endDateMs.value(), 1767225600000);
        auto executions = queries.value().executions(10);
        QVERIFY(executions.ok() && executions->size() == 1);
        QVERIFY(executions->front().errorMessage == nasty);
        const QJsonArray legs = QJsonDocument::fromJson(QByteArray::fromStdString(
                                                                executions->front().legsResultJson))
                                        .array();
        QCOMPARE(legs.at(0).toObject().value(QStringLiteral("outcome")).toString(), nastyText());
        auto approvals = queries.value().approvals(10);
        QVERIFY(approvals.ok() && approvals->size() == 1);
        QVERIFY(approvals->front().note == nasty);
        QVERIFY(approvals->front().opportunityKey == nasty);
        QCOMPARE(approvals->front().operatorName, std::string("O'Brien \"ops\""));
        QCOMPARE(approvals->front().quotedNetProfit, dec("-0.000001"));
        QCOMPARE(approvals->front().quotedShares, dec("250.5"));
    }

    void oversizedAndEmptyRejected()
    {
        ExecutionRecord execution;
        execution.execId = "00000000-0000-4000-8000-000000000000";
        execution.errorMessage = std::string(BatchWriter::kMaxTextBytes + 1, 'x');
        Status tooBig = BatchWriter::validate(execution);
        QVERIFY(!tooBig.ok());
        QCOMPARE(tooBig.error().code, ErrorCode::TooLarge);
        QVERIFY(QString::fromStdString(tooBig.error().detail)
                        .contains(QStringLiteral("error message")));
        PnlSnapshotRecord farFuture{
                std::numeric_limits<std::int64_t>::max(), Decimal(), Decimal(), Decimal(), {}};
        Status badTime = BatchWriter::validate(farFuture);
        QVERIFY(!badTime.ok());
        QCOMPARE(badTime.error().code, ErrorCode::OutOfRange);
        QVERIFY(BatchWriter::validate(
                        PnlSnapshotRecord{253'402'300'799'999, Decimal(), Decimal(), Decimal(), {}})
                        .ok());
        QCOMPARE(percentFromFraction(0.0425).value(), dec("4.25"));
        QCOMPARE(percentFromFraction(-1.5).value(), dec("-150"));
        QVERIFY(!percentFromFraction(1e300).has_value());
        QVERIFY(!percentFromFraction(std::numeric_limits<double>::quiet_NaN()).has_value());
        FillRecord fill;
        Status noId = BatchWriter::validate(fill);
        QVERIFY(!noId.ok());
        QCOMPARE(noId.error().code, ErrorCode::MissingField);
    }
};

QTEST_GUILESS_MAIN(TstBatchWriter)
#include "tst_batchwriter.moc"
