#include "core/util/DenseStringIndex.h"

#include <QTest>

#include <string>
#include <vector>

using namespace polaris;

/// DenseStringIndex: dense numbering, growth, probing past equal hashes, keys that share a hash
/// but differ in length or bytes.
class TestDenseStringIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersKeysDenselyAcrossGrowth()
    {
        std::vector<std::string> keys;
        DenseStringIndex index;
        for (int i = 0; i < 20'000; ++i) {
            keys.push_back("7131" + std::to_string(i * 7919) + "0000000000000000000000000000000");
            QCOMPARE(index.insert(keys.back()), std::uint32_t(i));
        }
        QCOMPARE(index.size(), std::size_t(20'000));
        for (std::uint32_t i = 0; i < keys.size(); ++i) {
            const auto found = index.find(keys[i]);
            QVERIFY(found.has_value());
            QCOMPARE(*found, i);
            QCOMPARE(index.key(i), std::string_view(keys[i]));
        }
        QVERIFY(!index.find("71310").has_value());
        QVERIFY(!index.find("").has_value());
    }

    void emptyIndexFindsNothing()
    {
        const DenseStringIndex index;
        QVERIFY(!index.find("a").has_value());
        QCOMPARE(index.size(), std::size_t(0));
    }

    void equalHashesAreToldApartByTheKey()
    {
        // Every key under one hash: each lookup walks the probe chain and compares keys,
        // including a prefix of another key (same bytes, other length).
        const std::vector<std::string> keys{"alpha", "beta", "gamma", "delta", "alphabet", ""};
        DenseStringIndex index;
        index.reserve(2);
        for (const std::string& key : keys) {
            index.insert(key, 42);
        }
        for (std::uint32_t i = 0; i < keys.size(); ++i) {
            QCOMPARE(index.find(keys[i], 42).value_or(99), i);
        }
        QVERIFY(!index.find("alph", 42).has_value());
        QVERIFY(!index.find("zeta", 42).has_value());
        QVERIFY(!index.find("alpha", 43).has_value());
    }

    void reserveKeepsEntriesAndClearForgetsThem()
    {
        DenseStringIndex index;
        index.insert("x");
        index.reserve(100'000, 8'000'000);
        index.insert("y");
        QCOMPARE(index.find("x").value_or(99), 0u);
        QCOMPARE(index.find("y").value_or(99), 1u);
        QCOMPARE(index.key(1), std::string_view("y"));
        index.clear();
        QCOMPARE(index.size(), std::size_t(0));
        QVERIFY(!index.find("x").has_value());
        QCOMPARE(index.insert("y"), 0u);
    }
};

QTEST_GUILESS_MAIN(TestDenseStringIndex)
#include "tst_densestringindex.moc"
