#include "core/venues/polymarket/RateLimiter.h"

#include <QElapsedTimer>
#include <QTest>

#include <cstdint>

using polaris::polymarket::RateLimit;
using polaris::polymarket::RateLimiter;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstThenSpacedWithInjectedClock()
    {
        std::int64_t now = 0;
        // Spec §2: POST /books 500 per 10 s. Burst 50, refill 450 per 10 s (one per 22.2 ms).
        RateLimiter limiter(QStringLiteral("books"), RateLimit{500, 10'000}, 0,
                            [&] { return now; });
        QCOMPARE(limiter.burst(), 50);
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(limiter.reserve(), std::int64_t(0));
        }
        QCOMPARE(limiter.reserve(), std::int64_t(23)); // ceil(1 / 0.045)
        QCOMPARE(limiter.reserve(), std::int64_t(45));
        now = 45;
        QCOMPARE(limiter.reserve(), std::int64_t(22)); // two slots passed: one waiter left
    }

    void neverExceedsTheDocumentedLimitInAnyWindow()
    {
        std::int64_t now = 0;
        RateLimiter limiter(QStringLiteral("tick"), RateLimit{200, 10'000}, 0, [&] { return now; });
        // 1000 requests fired at t=0; their send times must respect 200 per sliding 10 s.
        std::vector<std::int64_t> sendAt;
        for (int i = 0; i < 1'000; ++i) {
            sendAt.push_back(limiter.reserve());
        }
        size_t lo = 0;
        for (size_t hi = 0; hi < sendAt.size(); ++hi) {
            while (sendAt[hi] - sendAt[lo] >= 10'000) {
                ++lo;
            }
            QVERIFY2(hi - lo + 1 <= 200,
                     qPrintable(QStringLiteral("%1 in window").arg(hi - lo + 1)));
        }
        // ...and use most of it: 1000 requests take about (1000 - 20) / 180 windows.
        QVERIFY(sendAt.back() <= 55'000);
    }

    void refillsUpToBurstOnly()
    {
        std::int64_t now = 0;
        RateLimiter limiter(QStringLiteral("x"), RateLimit{10, 1'000}, 2, [&] { return now; });
        QCOMPARE(limiter.available(), 2.0);
        now = 100'000; // idle for long: still only the burst
        QCOMPARE(limiter.available(), 2.0);
        QCOMPARE(limiter.reserve(), std::int64_t(0));
        QCOMPARE(limiter.reserve(), std::int64_t(0));
        QCOMPARE(limiter.reserve(), std::int64_t(125)); // 8 per second after the burst
    }

    void runDefersWithTimer()
    {
        RateLimiter limiter(QStringLiteral("small"), RateLimit{3, 300}, 1);
        QElapsedTimer clock;
        clock.start();
        QList<qint64> ranAt;
        for (int i = 0; i < 3; ++i) {
            limiter.run(this, [&] { ranAt.append(clock.elapsed()); });
        }
        QCOMPARE(ranAt.size(), 1); // the first runs synchronously; the others wait
        QTRY_COMPARE_WITH_TIMEOUT(ranAt.size(), 3, 3'000);
        QVERIFY(ranAt[1] >= 140); // one slot per 150 ms
        QVERIFY(ranAt[2] >= 290);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
