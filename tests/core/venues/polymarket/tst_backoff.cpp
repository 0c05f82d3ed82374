#include "core/venues/polymarket/Backoff.h"

#include <QTest>

using polaris::polymarket::Backoff;

class TestBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void growsDoublingWithinJitterUpToCap()
    {
        Backoff backoff({1'000, 60'000, 2.0, 0.2}, 7);
        const int nominal[] = {1'000, 2'000, 4'000, 8'000, 16'000, 32'000, 60'000, 60'000, 60'000};
        for (int expected : nominal) {
            QCOMPARE(backoff.nominalDelayMs(), expected);
            const int delay = backoff.nextDelayMs();
            QVERIFY2(
                    delay >= expected * 8 / 10 && delay <= expected,
                    qPrintable(QStringLiteral("%1 not in [0.8, 1] x %2").arg(delay).arg(expected)));
        }
    }

    void resetStartsOver()
    {
        Backoff backoff({250, 8'000, 2.0, 0.0}, 1);
        QCOMPARE(backoff.nextDelayMs(), 250);
        QCOMPARE(backoff.nextDelayMs(), 500);
        QCOMPARE(backoff.nextDelayMs(), 1'000);
        backoff.reset();
        QCOMPARE(backoff.nextDelayMs(), 250);
    }

    void jitterSpreadsDelays()
    {
        Backoff a({1'000, 60'000, 2.0, 0.5}, 1);
        Backoff b({1'000, 60'000, 2.0, 0.5}, 2);
        bool differs = false;
        for (int i = 0; i < 5; ++i) {
            differs = differs || a.nextDelayMs() != b.nextDelayMs();
        }
        QVERIFY(differs);
    }

    void longOutageDoesNotOverflow()
    {
        Backoff backoff({1'000, 60'000, 2.0, 0.2}, 3);
        for (int i = 0; i < 10'000; ++i) {
            const int delay = backoff.nextDelayMs();
            QVERIFY(delay > 0 && delay <= 60'000);
        }
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
