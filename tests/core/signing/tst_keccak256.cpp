#include "core/signing/Keccak256.h"

#include <QTest>

using namespace polaris::signing;

/// Keccak-256 is Ethereum's (original padding), not NIST SHA3-256.
class TestKeccak256 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownDigests_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("digest");
        QTest::newRow("empty")
                << QByteArray()
                << "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470";
        QTest::newRow("abc") << QByteArray(
                "abc") << "0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45";
        // Spec §8.1: the V2 order typehash is keccak256 of the type string.
        QTest::newRow("v2 order type")
                << QByteArray("Order(uint256 salt,address maker,address signer,uint256 tokenId,"
                              "uint256 makerAmount,uint256 takerAmount,uint8 side,"
                              "uint8 signatureType,uint256 timestamp,bytes32 metadata,"
                              "bytes32 builder)")
                << "0xbb86318a2138f5fa8ae32fbe8e659f8fcf13cc6ae4014a707893055433818589";
    }
    void knownDigests()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, digest);
        const std::string_view text(input.constData(), static_cast<std::size_t>(input.size()));
        QCOMPARE(QString::fromStdString(toHex(keccak256(text))), digest);
        const auto* data = reinterpret_cast<const std::uint8_t*>(input.constData());
        QCOMPARE(QString::fromStdString(toHex(keccak256(std::span<const std::uint8_t>(
                         data, static_cast<std::size_t>(input.size()))))),
                 digest);
    }

    void isNotSha3()
    {
        // SHA3-256("") starts a7ffc6f8; Keccak-256("") starts c5d24601.
        QVERIFY(toHex(keccak256(std::string_view())).starts_with("0xc5d24601"));
    }
};

QTEST_GUILESS_MAIN(TestKeccak256)
#include "tst_keccak256.moc"
