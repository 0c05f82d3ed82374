#include "core/market/VenueTime.h"

#include <QTest>

using polaris::parseVenueTimeMs;

/// parseVenueTimeMs against every timestamp form seen in real Polymarket payloads (spec §0.3).
class TestVenueTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        // Expected values computed independently (Python datetime).
        QTest::newRow("gamma endDate") << "2026-03-12T09:25:00Z" << qint64(1773307500000);
        QTest::newRow("micro fraction") << "2026-03-11T09:29:01.328428Z" << qint64(1773221341328);
        QTest::newRow("ms fraction") << "2024-03-07T20:44:01.258Z" << qint64(1709844241258);
        QTest::newRow("one digit fraction") << "2026-03-12T09:25:00.5Z" << qint64(1773307500500);
        QTest::newRow("date only") << "2026-03-12" << qint64(1773273600000);
        QTest::newRow("space and +00") << "2026-05-09 02:07:01+00" << qint64(1778292421000);
        QTest::newRow("ms fraction space +00")
                << "2024-03-07 20:44:01.258+00" << qint64(1709844241258);
        QTest::newRow("+00:00") << "2026-03-12T09:25:00+00:00" << qint64(1773307500000);
        QTest::newRow("-05:00") << "2026-03-12T09:25:00-05:00" << qint64(1773325500000);
        QTest::newRow("+0530") << "2026-03-12T09:25:00+0530" << qint64(1773287700000);
        QTest::newRow("no zone is UTC") << "2026-03-12T09:25:00" << qint64(1773307500000);
        QTest::newRow("no seconds") << "2026-03-12T09:25Z" << qint64(1773307500000);
        QTest::newRow("epoch") << "1970-01-01T00:00:00Z" << qint64(0);
        QTest::newRow("leap day") << "2024-02-29T12:00:00Z" << qint64(1709208000000);
        QTest::newRow("ms epoch string") << "1729084877448" << qint64(1729084877448);
        QTest::newRow("far future clob") << "2500-12-31" << qint64(16756675200000);
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto parsed = parseVenueTimeMs(text.toStdString());
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(*parsed, ms);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("words") << "soon";
        QTest::newRow("feb 30") << "2026-02-30";
        QTest::newRow("not leap") << "2025-02-29T00:00:00Z";
        QTest::newRow("month 13") << "2026-13-01";
        QTest::newRow("hour 24") << "2026-03-12T24:00:00Z";
        QTest::newRow("minute 60") << "2026-03-12T09:60:00Z";
        QTest::newRow("short year") << "26-03-12";
        QTest::newRow("slashes") << "2026/03/12";
        QTest::newRow("trailing junk") << "2026-03-12T09:25:00Zjunk";
        QTest::newRow("bad zone") << "2026-03-12T09:25:00X";
        QTest::newRow("dangling dot") << "2026-03-12T09:25:00.Z";
        QTest::newRow("zone hour 24") << "2026-03-12T09:25:00+24:00";
        QTest::newRow("zone colon only") << "2026-03-12T09:25:00+00:";
        QTest::newRow("negative epoch") << "-1729084877448";
        QTest::newRow("epoch too long") << "1234567890123456789";
        QTest::newRow("date then space") << "2026-03-12 ";
    }
    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY2(!parseVenueTimeMs(text.toStdString()).has_value(), qPrintable(text));
    }
};

QTEST_APPLESS_MAIN(TestVenueTime)
#include "tst_venuetime.moc"
