#include "core/execution/MemoryRecordSink.h"

#include <QTest>

using namespace polaris;

/// MemoryRecordSink: keeps what it is given, in order; refuses when told to.
class TstMemoryRecordSink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsRecordsInOrder()
    {
        MemoryRecordSink sink;
        OrderRecord order;
        order.orderId = "o1";
        order.status = "INTENT";
        QVERIFY(sink.persist(order).ok());
        order.status = "FILLED";
        QVERIFY(sink.persist(order).ok());
        QVERIFY(sink.persist(FillRecord{"f1", "o1", "tok", {}, {}, {}, 5, TradeSide::Sell}).ok());
        QCOMPARE(sink.size(), std::size_t(3));
        const std::vector<OrderRecord> orders = sink.recordsOf<OrderRecord>();
        QCOMPARE(orders.size(), std::size_t(2));
        QCOMPARE(orders[0].status, std::string("INTENT"));
        QCOMPARE(orders[1].status, std::string("FILLED"));
        QCOMPARE(sink.recordsOf<FillRecord>().front().side, TradeSide::Sell);
        QVERIFY(std::holds_alternative<FillRecord>(sink.records().back()));
        sink.clear();
        QCOMPARE(sink.size(), std::size_t(0));
    }

    void refusesWhenFailing()
    {
        MemoryRecordSink sink;
        sink.setFailure(Error{ErrorCode::Io, "database down"});
        const Status refused = sink.persist(OrderRecord{});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Io);
        QCOMPARE(refused.error().detail, std::string("database down"));
        QCOMPARE(sink.size(), std::size_t(0)); // nothing kept that was refused
        sink.setFailure(std::nullopt);
        QVERIFY(sink.persist(OrderRecord{}).ok());
        QCOMPARE(sink.size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TstMemoryRecordSink)
#include "tst_memoryrecordsink.moc"
