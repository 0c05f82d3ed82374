#include "core/strategies/BasketIdMemo.h"
#include "core/strategies/NegRiskSumChecker.h"
#include "core/strategies/NoConvertChecker.h"
#include "tests/core/strategies/RandomBasketUniverse.h"

#include <QTest>

using namespace polaris;

namespace {

constexpr std::int64_t kNow = 1'750'000'000'000;

std::vector<std::string> idsOf(const ScanResult& result)
{
    std::vector<std::string> ids;
    for (const Opportunity& o : result.opportunities) {
        ids.push_back(o.id);
    }
    for (const Refusal& r : result.refusals) {
        ids.push_back(r.id);
    }
    return ids;
}

} // namespace

/// BasketIdMemo: what it remembers, its bound, and that checkers reusing an event's memo report
/// exactly the ids they compute without it.
class TestBasketIdMemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void remembersByStrategyAndLegs()
    {
        const Token a{"1", "Yes", std::nullopt, false};
        const Token b{"2", "No", std::nullopt, false};
        const std::vector<const Token*> ab{&a, &b};
        const std::vector<const Token*> ba{&b, &a};
        BasketIdMemo memo;
        QVERIFY(memo.find(Strategy::NegRiskLong, ab) == nullptr);
        memo.remember(Strategy::NegRiskLong, ab, "A:e:1");
        QCOMPARE(*memo.find(Strategy::NegRiskLong, ab), std::string("A:e:1"));
        QVERIFY(memo.find(Strategy::NegRiskShort, ab) == nullptr); // other strategy
        QVERIFY(memo.find(Strategy::NegRiskLong, ba) == nullptr);  // other legs (order counts)
        QVERIFY(memo.find(Strategy::NegRiskLong, std::span(ab).first(1)) == nullptr);
        for (std::size_t i = 0; i < 2 * BasketIdMemo::kMaxEntries; ++i) {
            memo.remember(Strategy::NoConversion, ba, "C:" + std::to_string(i));
        }
        QCOMPARE(memo.size(), BasketIdMemo::kMaxEntries);
        QCOMPARE(*memo.find(Strategy::NoConversion, ba), std::string("C:0"));
        memo.clear();
        QCOMPARE(memo.size(), std::size_t(0));
    }

    void checkersReportTheSameIdsWithTheMemo()
    {
        ArbConfig config;
        config.minDiscount = *Decimal::parse("0.005");
        test::Universe u = test::randomUniverse(424242, 200, kNow);
        const ScanContext context{config, u.books, kNow};
        int remembered = 0;
        std::size_t compared = 0;
        for (const Event& event : u.events) {
            ScanResult reused;
            for (int pass = 0; pass < 3; ++pass) {
                reused.clear(); // as ArbScanner does between two evaluations of the event
                NegRiskSumChecker().checkEvent(event, context, reused);
                NoConvertChecker().checkEvent(event, context, reused);
                ScanResult fresh;
                NegRiskSumChecker().checkEvent(event, context, fresh);
                NoConvertChecker().checkEvent(event, context, fresh);
                QCOMPARE(idsOf(reused), idsOf(fresh));
                compared += idsOf(fresh).size();
            }
            remembered += reused.basketIds.size() > 0 ? 1 : 0;
        }
        QVERIFY(compared > 300);
        QVERIFY(remembered > 20); // events with baskets of four legs or more
    }
};

QTEST_APPLESS_MAIN(TestBasketIdMemo)
#include "tst_basketidmemo.moc"
