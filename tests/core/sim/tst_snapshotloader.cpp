#include "core/sim/SimServer.h"
#include "core/sim/SnapshotLoader.h"
#include "tests/core/sim/SimHttpClient.h"
#include "tests/core/sim/SnapshotTestData.h"
#include "tests/support/TestPrinters.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace polaris;
using namespace polaris::sim;
using namespace polaris::sim::test;

namespace {

bool write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestSnapshotLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesEventsAndBooksVerbatim()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(write(dir.filePath(QStringLiteral("events.json")),
                      "[\n" + kEvent1 + ",\n  " + kEvent2 + "\n]\n"));
        QVERIFY(write(dir.filePath(QStringLiteral("books.json")),
                      "[" + kBook1 + ", " + kBook2 + "]"));
        QVERIFY(write(dir.filePath(QStringLiteral("meta.json")),
                      R"({"captured_at":"2026-03-11T15:13:38Z"})"));

        QByteArray meta;
        auto loaded = SnapshotLoader::load(dir.path(), &meta);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().detail.c_str());
        SimUniverse& u = **loaded;
        QCOMPARE(u.events.size(), std::size_t(2));
        QCOMPARE(u.markets.size(), std::size_t(1));
        QCOMPARE(u.bookCount(), 2);
        const int yes = u.findToken(kYes);
        QVERIFY(yes >= 0);
        QCOMPARE(u.tokens[static_cast<std::size_t>(yes)].book.bestAsk()->price,
                 *Decimal::parse("0.011"));
        QCOMPARE(u.markets[0].tickSize, *Decimal::parse("0.001"));

        SimServerOptions options;
        options.tickMs = 0;
        options.meta = meta;
        SimServer server(std::move(loaded).value(), options);
        QVERIFY(server.listen().ok());
        QNetworkAccessManager nam;
        const auto get = [&](const QString& path) {
            return test::send(nam, "GET", QUrl(server.httpUrl() + path));
        };

        QCOMPARE(get(QStringLiteral("/events?limit=10")).body, "[" + kEvent1 + "," + kEvent2 + "]");
        QCOMPARE(get(QStringLiteral("/events?closed=true")).body, "[" + kEvent2 + "]");
        QCOMPARE(get(QStringLiteral("/book?token_id=") + QLatin1String(kYes)).body, kBook1);
        QCOMPARE(test::send(nam, "POST", QUrl(server.httpUrl() + QStringLiteral("/books")),
                            QByteArray("[{\"token_id\":\"") + kNo + "\"},{\"token_id\":\"" + kYes
                                    + "\"}]")
                         .body,
                 "[" + kBook2 + "," + kBook1 + "]");
        const QByteArray market =
                get(QStringLiteral(
                            "/markets?condition_ids="
                            "0xc8f1cf5d4f26e0fd9c8fe89f2a7b3263b902cf14fde7bfccef525753bb492e47"))
                        .body;
        QVERIFY(market.startsWith("[{\n            \"id\": \"559657\""));
        QCOMPARE(QJsonDocument::fromJson(market).array()[0].toObject(),
                 QJsonDocument::fromJson(kEvent1)
                         .object()
                         .value(QLatin1String("markets"))
                         .toArray()[0]
                         .toObject());
        QCOMPARE(get(QStringLiteral("/tick-size?token_id=") + QLatin1String(kYes)).body,
                 QByteArray("{\"minimum_tick_size\":0.001}"));
        QCOMPARE(get(QStringLiteral("/sim/meta")).body,
                 QByteArray(R"({"captured_at":"2026-03-11T15:13:38Z"})"));

        // Once the walk moves a book it is re-serialised by the simulator (still best last).
        for (int i = 0; i < 20; ++i) {
            server.tick();
        }
        const QJsonObject moved =
                QJsonDocument::fromJson(
                        get(QStringLiteral("/book?token_id=") + QLatin1String(kYes)).body)
                        .object();
        QCOMPARE(moved.value(QLatin1String("asset_id")).toString(), QLatin1String(kYes));
        QVERIFY(!test::jsonLevels(moved.value(QLatin1String("asks")).toArray()).empty());
    }

    void rejectsBrokenSnapshots()
    {
        QTemporaryDir dir;
        QVERIFY(!SnapshotLoader::load(dir.path()).ok()); // files missing
        QVERIFY(write(dir.filePath(QStringLiteral("events.json")), "[{\"id\":\"1\""));
        QVERIFY(write(dir.filePath(QStringLiteral("books.json")), "[]"));
        const auto broken = SnapshotLoader::load(dir.path());
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().code, ErrorCode::InvalidFormat);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotLoader)
#include "tst_snapshotloader.moc"
