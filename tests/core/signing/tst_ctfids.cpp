#include "core/signing/CtfIds.h"

#include <QTest>

using namespace polaris::signing;

namespace {
Address addr(const char* text)
{
    return *Address::fromHex(text);
}
Bytes32 b32(const QString& text)
{
    return *bytes32FromHex(text.toStdString());
}
} // namespace

/// Spec §8.9: condition ids and CTF position (token) ids, checked against real Gamma ids.
class TestCtfIds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void negRiskConditionId()
    {
        const Bytes32 id = conditionId(
                addr("0xd91E80cF2E7be2e162c6513ceD06f1dD0dA35296"),
                b32(QStringLiteral(
                        "0x2c3d7e0eee6f058be3006baabf0d54a07da254ba47fe6e3e095e7990c7814705")));
        QCOMPARE(toHex(id),
                 std::string("0xc8f1cf5d4f26e0fd9c8fe89f2a7b3263b902cf14fde7bfccef525753bb492e47"));
    }

    void tokenIds_data()
    {
        QTest::addColumn<QString>("collateral");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<int>("indexSet");
        QTest::addColumn<QString>("tokenId");
        const QString wrapped = QStringLiteral("0x3A3BD7bb9528E159577F7C2e685CC81A765002E2");
        const QString usdc = QStringLiteral("0x2791Bca1f2de4661ED88A30C99A7a9449Aa84174");
        const QString negRisk = QStringLiteral(
                "0xc8f1cf5d4f26e0fd9c8fe89f2a7b3263b902cf14fde7bfccef525753bb492e47");
        const QString standard = QStringLiteral(
                "0x78443f961b9a65869dcb39359de9960165c7e5cbad0904eac7f29cd77872a63b");
        QTest::newRow("neg-risk yes")
                << wrapped << negRisk << 1
                << "60590045489347122735554346200880179420435533609307820342798544098823516727807";
        QTest::newRow("neg-risk no")
                << wrapped << negRisk << 2
                << "76005700027045000587004110133818166617024719626220722682005164003117993034812";
        QTest::newRow("standard up")
                << usdc << standard << 1
                << "104239898038807136052399800151408521467737075933964991162589336683346093173875";
        QTest::newRow("standard down")
                << usdc << standard << 2
                << "71183960810705820955071415844881728181970340514894896943812046065452395013351";
    }
    void tokenIds()
    {
        QFETCH(QString, collateral);
        QFETCH(QString, condition);
        QFETCH(int, indexSet);
        QFETCH(QString, tokenId);
        const auto id = outcomeTokenId(addr(collateral.toStdString().c_str()), b32(condition),
                                       polaris::UInt256(static_cast<std::uint64_t>(indexSet)));
        QVERIFY(id.ok());
        QCOMPARE(QString::fromStdString(id->toDecimal()), tokenId);
    }

    void collectionIdIsBelowFieldWithFlag()
    {
        // x < P < 2^254 plus at most bit 254: the top bit of the 32-byte id is never set.
        for (std::uint64_t indexSet = 1; indexSet <= 8; ++indexSet) {
            const auto id = collectionId(
                    b32(QStringLiteral(
                            "0x78443f961b9a65869dcb39359de9960165c7e5cbad0904eac7f29cd77872a63b")),
                    polaris::UInt256(indexSet));
            QVERIFY(id.ok());
            QCOMPARE((*id)[0] & 0x80, 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestCtfIds)
#include "tst_ctfids.moc"
