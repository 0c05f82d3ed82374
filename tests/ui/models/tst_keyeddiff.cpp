#include "ui/models/KeyedDiff.h"

#include <QTest>

using polaris::ui::KeyedDiff;
using Ranges = std::vector<std::pair<int, int>>;
using Keys = std::vector<std::string>;

class TestKeyedDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstLoadInsertsEverything()
    {
        const KeyedDiff diff = KeyedDiff::compute({}, Keys{"a", "b", "c"});
        QVERIFY(diff.removals.empty());
        QVERIFY(diff.survivors.empty());
        QCOMPARE(diff.insertions, (std::vector<int>{0, 1, 2}));
    }

    void removalsAreContiguousRangesBottomFirst()
    {
        const KeyedDiff diff =
                KeyedDiff::compute(Keys{"a", "b", "c", "d", "e", "f"}, Keys{"f", "a", "c"});
        QCOMPARE(diff.removals, (Ranges{{3, 4}, {1, 1}}));
        // a stays row 0, c becomes row 1, f row 2; their data comes from the new positions.
        QCOMPARE(diff.survivors, (Ranges{{0, 1}, {1, 2}, {2, 0}}));
        QVERIFY(diff.insertions.empty());
    }

    void mixedInsertRemoveKeepsOrderOfArrival()
    {
        const KeyedDiff diff = KeyedDiff::compute(Keys{"a", "b", "c"}, Keys{"x", "c", "y", "a"});
        QCOMPARE(diff.removals, (Ranges{{1, 1}}));
        QCOMPARE(diff.survivors, (Ranges{{0, 3}, {1, 1}}));
        QCOMPARE(diff.insertions, (std::vector<int>{0, 2}));
    }

    void repeatedKeysCountOnce()
    {
        const KeyedDiff diff = KeyedDiff::compute(Keys{"a"}, Keys{"b", "a", "b", "a"});
        QVERIFY(diff.removals.empty());
        QCOMPARE(diff.survivors, (Ranges{{0, 1}}));
        QCOMPARE(diff.insertions, (std::vector<int>{0}));
    }

    void everythingGoneIsOneRange()
    {
        const KeyedDiff diff = KeyedDiff::compute(Keys{"a", "b", "c"}, {});
        QCOMPARE(diff.removals, (Ranges{{0, 2}}));
        QVERIFY(diff.survivors.empty());
    }
};

QTEST_APPLESS_MAIN(TestKeyedDiff)
#include "tst_keyeddiff.moc"
