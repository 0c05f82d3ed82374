#include "core/signing/ClobAuth.h"
#include "core/signing/Eip712.h"
#include "core/signing/ExchangeConfig.h"
#include "core/signing/OrderStruct.h"

#include <QTest>

using namespace polaris::signing;

namespace {
Address addr(const char* text)
{
    return *Address::fromHex(text);
}
Eip712Domain exchangeDomain(const char* version, std::uint64_t chainId, const char* contract)
{
    return Eip712Domain{"Polymarket CTF Exchange", version, chainId, addr(contract)};
}
} // namespace

Q_DECLARE_METATYPE(polaris::signing::Eip712Domain)

/// Spec §8.1: every intermediate constant (type hashes and domain separators).
class TestEip712 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typeHashes_data()
    {
        QTest::addColumn<QString>("typeString");
        QTest::addColumn<QString>("hash");
        QTest::newRow("domain with contract")
                << QString::fromStdString(Eip712Domain{"n", "v", 1, Address()}.typeString())
                << "0x8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f";
        QTest::newRow("domain without contract")
                << QString::fromStdString(clobAuthDomain(137).typeString())
                << "0xc2f8787176b8ac6bf7215b4adcc1e069bf4ab82d9ab1df05a57a91d425935b6e";
        QTest::newRow("ClobAuth")
                << QString::fromLatin1(kClobAuthTypeString)
                << "0x52578c5c725a28a84fedc8c22aa47947822942f35b4dc350db028e45320e035c";
        QTest::newRow("V1 Order")
                << QString::fromLatin1(kOrderTypeStringV1)
                << "0xa852566c4e14d00869b6db0220888a9090a13eccdaea03713ff0a3d27bf9767c";
        QTest::newRow("V2 Order")
                << QString::fromLatin1(kOrderTypeStringV2)
                << "0xbb86318a2138f5fa8ae32fbe8e659f8fcf13cc6ae4014a707893055433818589";
    }
    void typeHashes()
    {
        QFETCH(QString, typeString);
        QFETCH(QString, hash);
        QCOMPARE(QString::fromStdString(toHex(typeHash(typeString.toStdString()))), hash);
    }

    void domainSeparators_data()
    {
        QTest::addColumn<Eip712Domain>("domain");
        QTest::addColumn<QString>("separator");
        QTest::newRow("ClobAuth 80002")
                << clobAuthDomain(80002)
                << "0xa1df8f4e3112eaee2448fbec9ab79f68278407e49d9cf52e3dd3d9692fcac9b6";
        QTest::newRow("ClobAuth 137")
                << clobAuthDomain(137)
                << "0xcfc66be2a3b30464cb3b588324101f660c9a205fa76e8e5f83ee16a528e1c4cb";
        QTest::newRow("V1 80002 CTF")
                << exchangeDomain("1", 80002, "0xdFE02Eb6733538f8Ea35D585af8DE5958AD99E40")
                << "0x44b180a7e548e2d916b5410176db13a07744966f9b6c93c4bccdabebbcdfca93";
        QTest::newRow("V1 80002 NR")
                << exchangeDomain("1", 80002, "0xC5d563A36AE78145C45a50134d48A1215220f80a")
                << "0x9fa10822e4b86fd1eed68ea1c2628e0ee9a6c523cb2570592768432cfdb09bf1";
        QTest::newRow("V1 137 CTF")
                << exchangeDomain("1", 137, "0x4bFb41d5B3570DeFd03C39a9A4D8dE6Bd8B8982E")
                << "0x1a573e3617c78403b5b4b892827992f027b03d4eaf570048b8ee8cdd84d151be";
        QTest::newRow("V1 137 NR")
                << exchangeDomain("1", 137, "0xC5d563A36AE78145C45a50134d48A1215220f80a")
                << "0x82cb6aa85babb812f4b521a12b10f0cbc68d2b44be7bc02c047004f544adb49f";
        QTest::newRow("V2 137 CTF")
                << exchangeDomain("2", 137, "0xE111180000d2663C0091e4f400237545B87B996B")
                << "0x3264e159346253e26a64e00b69032db0e7d32f94628de3e6eecb50304d7af3d2";
        QTest::newRow("V2 137 NR")
                << exchangeDomain("2", 137, "0xe2222d279d744050d28e00520010520000310F59")
                << "0x9b858f53327b0bd13af8ec14cfb35234fb9eb7b0504d1a4e61f433840d30e81a";
        QTest::newRow("V3 137")
                << exchangeDomain("3", 137, "0xe3333700cA9d93003F00f0F71f8515005F6c00Aa")
                << "0x466c63910185bbd55e8679264200c4e0abdcbb0c6264eb3d41d13326022e095b";
    }
    void domainSeparators()
    {
        QFETCH(Eip712Domain, domain);
        QFETCH(QString, separator);
        QCOMPARE(QString::fromStdString(toHex(domain.separator())), separator);
    }

    /// ExchangeConfig's built-in addresses produce the same separators as the literal domains.
    void exchangeConfigDomains_data()
    {
        QTest::addColumn<int>("network"); // 0 polygon, 1 amoy
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("negRisk");
        QTest::addColumn<QString>("separator");
        QTest::newRow("polygon V1")
                << 0 << 1 << false
                << "0x1a573e3617c78403b5b4b892827992f027b03d4eaf570048b8ee8cdd84d151be";
        QTest::newRow("polygon V1 NR")
                << 0 << 1 << true
                << "0x82cb6aa85babb812f4b521a12b10f0cbc68d2b44be7bc02c047004f544adb49f";
        QTest::newRow("polygon V2")
                << 0 << 2 << false
                << "0x3264e159346253e26a64e00b69032db0e7d32f94628de3e6eecb50304d7af3d2";
        QTest::newRow("polygon V2 NR")
                << 0 << 2 << true
                << "0x9b858f53327b0bd13af8ec14cfb35234fb9eb7b0504d1a4e61f433840d30e81a";
        QTest::newRow("polygon V3")
                << 0 << 3 << false
                << "0x466c63910185bbd55e8679264200c4e0abdcbb0c6264eb3d41d13326022e095b";
        QTest::newRow("polygon V3 NR (same contract)")
                << 0 << 3 << true
                << "0x466c63910185bbd55e8679264200c4e0abdcbb0c6264eb3d41d13326022e095b";
        QTest::newRow("amoy V1")
                << 1 << 1 << false
                << "0x44b180a7e548e2d916b5410176db13a07744966f9b6c93c4bccdabebbcdfca93";
        QTest::newRow("amoy V1 NR")
                << 1 << 1 << true
                << "0x9fa10822e4b86fd1eed68ea1c2628e0ee9a6c523cb2570592768432cfdb09bf1";
        // §8.5 line 2: "app domain separator of Amoy V2".
        QTest::newRow("amoy V2")
                << 1 << 2 << false
                << "0xa440cbd865bc0c6243d7a8df9a8bf48a8827b0a4abbb61c30e96d305423af148";
    }
    void exchangeConfigDomains()
    {
        QFETCH(int, network);
        QFETCH(int, version);
        QFETCH(bool, negRisk);
        QFETCH(QString, separator);
        const auto protocol = static_cast<ProtocolVersion>(version);
        const ExchangeConfig config =
                network == 0 ? ExchangeConfig::polygon(protocol) : ExchangeConfig::amoy(protocol);
        QVERIFY(!config.exchange.isZero());
        QVERIFY(!config.negRiskExchange.isZero());
        QCOMPARE(QString::fromStdString(toHex(config.domain(negRisk).separator())), separator);
    }

    void encodesWords()
    {
        StructEncoder encoder("T(uint8 a,address b)");
        encoder.addUint8(1).addAddress(addr("0x1111111111111111111111111111111111111111"));
        QCOMPARE(encoder.encoded().size(), std::size_t(96));
        QCOMPARE(int(encoder.encoded()[63]), 1);
        QCOMPARE(int(encoder.encoded()[64 + 11]), 0);
        QCOMPARE(int(encoder.encoded()[64 + 12]), 0x11);
    }
};

QTEST_GUILESS_MAIN(TestEip712)
#include "tst_eip712.moc"
