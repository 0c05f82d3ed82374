#include "core/execution/PaperGateway.h"
#include "core/execution/ReconcilerDriver.h"
#include "core/execution/StorageRecordSink.h"
#include "core/storage/StorageQueries.h"
#include "core/storage/StorageWriter.h"
#include "core/venues/polymarket/WorkerThread.h"
#include "tests/core/execution/ExecutionFixture.h"
#include "tests/support/TestPrinters.h"

#include <QTemporaryDir>
#include <QTest>

using namespace polaris;
using namespace polaris::test;

namespace {

OrderIntent
intent(const char* id, TradeSide side, const char* price, const char* shares, OrderType type)
{
    OrderIntent i;
    i.clientOrderId = id;
    i.tokenId = "y1";
    i.conditionId = "0xc1";
    i.side = side;
    i.limitPrice = dec(price);
    i.shares = dec(shares);
    i.type = type;
    return i;
}

/// Our row for an intent, as the engine stored it before the crash.
OrderRecord row(const OrderIntent& i,
                OrderState state,
                const char* mode = "PAPER",
                const std::string& venueId = {})
{
    OrderRecord o;
    o.orderId = i.clientOrderId;
    o.venueOrderId = venueId;
    o.tokenId = i.tokenId;
    o.conditionId = i.conditionId;
    o.side = i.side;
    o.orderType = orderTypeName(i.type);
    o.limitPrice = i.limitPrice;
    o.shares = i.shares;
    o.status = orderStateName(state);
    o.createdAtMs = kNow;
    o.updatedAtMs = kNow;
    o.mode = mode;
    return o;
}

std::vector<std::string> idsOf(const std::vector<ReconcileIssue>& issues, ReconcileIssue::Kind kind)
{
    std::vector<std::string> ids;
    for (const ReconcileIssue& issue : issues) {
        if (issue.kind == kind) {
            ids.push_back(issue.orderId.empty() ? issue.venueOrderId : issue.orderId);
        }
    }
    return ids;
}

using Ids = std::vector<std::string>;

} // namespace

/// The reconciliation driver end to end: a real paper venue that kept trading while our
/// process "crashed", a real SQLite database with the rows we had, the storage writer.
class TstReconcilerDriver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<StorageStats>(); }

    void reconcilesAfterACrash()
    {
        Venue venue({negRiskEvent(2)});
        venue.setBook("y1", {{"0.27", "30"}}, {{"0.29", "60"}, {"0.31", "60"}});
        PaperGateway gateway(
                *venue.quotes, venue.clock,
                [&](std::string_view token) { return venue.quotes->feeOf(token); },
                PaperGateway::Options{250, dec("1000")},
                [&](std::int64_t ms) { venue.clock.advanceMs(ms); });
        const OrderIntent fok = intent("o-fok", TradeSide::Buy, "0.31", "100", OrderType::Fok);
        const OrderIntent gtc = intent("o-gtc", TradeSide::Buy, "0.20", "10", OrderType::Gtc);
        const OrderIntent stranger = intent("x-hand", TradeSide::Buy, "0.21", "15", OrderType::Gtc);
        const OrderIntent never = intent("o-never", TradeSide::Buy, "0.29", "5", OrderType::Fok);
        const std::vector<OrderIntent> sent{fok, gtc, stranger};
        auto placed = gateway.place(sent);
        QVERIFY(placed.ok());
        QCOMPARE(placed->at(0).state, OrderState::Filled);
        QCOMPARE(placed->at(1).state, OrderState::Live);

        QTemporaryDir dir;
        DatabaseUrl url;
        url.path = dir.filePath(QStringLiteral("polaris.sqlite"));
        polymarket::WorkerThread thread(QStringLiteral("storage"));
        StorageWriter* writer = thread.adopt(new StorageWriter(StorageWriter::Options{url}));
        thread.start();
        QMetaObject::invokeMethod(writer, &StorageWriter::start);
        StorageRecordSink sink(*writer);
        // What the database had: the FOK's intent (its answer was lost), the GTC as sent, an
        // intent that never left, a paper order the venue has no trace of, and a live order
        // (another phase: left alone).
        for (const OrderRecord& o :
             {row(fok, OrderState::Intent), row(gtc, OrderState::Sent),
              row(never, OrderState::Intent),
              row(intent("o-lost", TradeSide::Buy, "0.29", "5", OrderType::Gtc), OrderState::Live,
                  "PAPER", "paper-99"),
              row(intent("o-live", TradeSide::Buy, "0.29", "5", OrderType::Gtc), OrderState::Live,
                  "LIVE", "0xlive")}) {
            QVERIFY(sink.persist(o).ok());
        }

        Result<StorageQueries> opened = StorageQueries::open(url);
        QVERIFY(opened.ok());
        StorageQueries& queries = opened.value();
        venue.clock.advanceMs(5'000);
        Result<ReconcileResult> done = reconcile(queries, gateway, sink, venue.clock.nowMs());
        QVERIFY2(done.ok(), done.ok() ? "" : done.error().detail.c_str());
        const ReconcileResult& r = done.value();

        QCOMPARE(idsOf(r.issues, ReconcileIssue::Kind::NeverSent), Ids{"o-never"});
        QCOMPARE(idsOf(r.issues, ReconcileIssue::Kind::NotFound), Ids{"o-lost"});
        QCOMPARE(idsOf(r.issues, ReconcileIssue::Kind::UnrecordedFills), Ids{"o-fok"});
        QCOMPARE(idsOf(r.issues, ReconcileIssue::Kind::UnexpectedOrder), Ids{"paper-3"});
        QCOMPARE(r.newFills.size(), std::size_t(2)); // 60 @ 0.29 and 40 @ 0.31

        // The database now says what the venue says.
        std::map<std::string, OrderRecord> byId;
        for (const OrderRecord& o : queries.unsettledOrders().value()) {
            byId[o.orderId] = o;
        }
        QCOMPARE(byId.size(), std::size_t(3));
        QCOMPARE(byId["o-gtc"].status, std::string("LIVE"));
        QCOMPARE(byId["o-gtc"].venueOrderId, std::string("paper-2"));
        QCOMPARE(byId["o-lost"].status, std::string("UNKNOWN"));
        QCOMPARE(byId["o-live"].status, std::string("LIVE")); // not this gateway's phase
        QCOMPARE(byId["o-live"].updatedAtMs, kNow);
        const std::vector<FillRecord> fills = queries.fillsOfOrder("o-fok").value();
        QCOMPARE(fills.size(), std::size_t(2));
        QCOMPARE(fills[0].price, dec("0.29"));
        QCOMPARE(fills[0].shares, dec("60"));
        QCOMPARE(fills[1].price, dec("0.31"));
        QCOMPARE(fills[1].shares, dec("40"));
        QVERIFY(fills[0].fee.isPositive()); // the market's taker fee, as the venue charged it

        // Running it again finds nothing new to write and the same open questions.
        Result<ReconcileResult> again = reconcile(queries, gateway, sink, venue.clock.nowMs());
        QVERIFY(again.ok());
        QCOMPARE(again->newFills.size(), std::size_t(0));
        QCOMPARE(again->updatedOrders.size(), std::size_t(0));
        QCOMPARE(idsOf(again->issues, ReconcileIssue::Kind::NotFound), Ids{"o-lost"});
        QCOMPARE(idsOf(again->issues, ReconcileIssue::Kind::UnexpectedOrder), Ids{"paper-3"});
    }
};

QTEST_GUILESS_MAIN(TstReconcilerDriver)
#include "tst_reconcilerdriver.moc"
