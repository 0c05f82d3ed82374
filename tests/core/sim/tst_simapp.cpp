#include "tests/core/sim/SimHttpClient.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace polaris;
using namespace polaris::sim;

/// Runs the polaris-sim executable as scripts do: reads its first stdout lines, talks to it,
/// stops it with SIGTERM. Uses the 50,000-book universe to check start-up and /books speed.
class TestSimApp : public QObject
{
    Q_OBJECT

private:
    QString executable() const
    {
        return QString::fromLocal8Bit(qgetenv("POLARIS_BIN_DIR"))
               + QStringLiteral("/sim/polaris-sim");
    }

private Q_SLOTS:
    void bigUniverseStartsAndServesQuickly()
    {
        if (qgetenv("POLARIS_BIN_DIR").isEmpty()) {
            QSKIP("POLARIS_BIN_DIR not set (run through ctest)");
        }
        QProcess sim;
        QElapsedTimer clock;
        clock.start();
        sim.start(executable(), {QStringLiteral("--generate"),
                                 QStringLiteral("events=2000,outcomes=10,binaries=5000,seed=1"),
                                 QStringLiteral("--port"), QStringLiteral("0"),
                                 QStringLiteral("--duration"), QStringLiteral("60")});
        QVERIFY(sim.waitForStarted(5'000));
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
                [&] {
                    out += sim.readAllStandardOutput();
                    return out.count('\n') >= 5;
                },
                20'000));
        const qint64 startMs = clock.elapsed();
        const QList<QByteArray> lines = out.split('\n');
        QCOMPARE(lines[0], QByteArray("polaris-sim listening"));
        const QRegularExpression gamma(QStringLiteral("^gamma: (http://127\\.0\\.0\\.1:(\\d+))$"));
        const auto m = gamma.match(QString::fromUtf8(lines[1]));
        QVERIFY(m.hasMatch());
        const QString http = m.captured(1);
        QCOMPARE(QString::fromUtf8(lines[2]), QStringLiteral("clob:  ") + http);
        QCOMPARE(QString::fromUtf8(lines[3]),
                 QStringLiteral("ws:    ws://127.0.0.1:%1/ws/market").arg(m.captured(2)));
        QCOMPARE(QString::fromUtf8(lines[4]),
                 QStringLiteral("user:  ws://127.0.0.1:%1/ws/user").arg(m.captured(2)));
        qInfo() << "50k-book universe listening after" << startMs << "ms";
        QVERIFY(startMs < 15'000); // debug build on a shared 2-core box; ~2 s typical

        QNetworkAccessManager nam;
        const QJsonObject status =
                QJsonDocument::fromJson(
                        test::send(nam, "GET", QUrl(http + QStringLiteral("/sim/status"))).body)
                        .object();
        QVERIFY(status.value(QLatin1String("books")).toInt() >= 50'000);

        // 500 ids from /markets, then POST /books for all of them.
        const QJsonArray markets =
                QJsonDocument::fromJson(
                        test::send(nam, "GET",
                                   QUrl(http + QStringLiteral("/markets?limit=300&offset=1000")))
                                .body)
                        .array();
        QJsonArray request;
        QJsonArray ids;
        for (const QJsonValue& v : markets) {
            if (!v.toObject().value(QLatin1String("enableOrderBook")).toBool()) {
                continue; // placeholder outcomes have no book
            }
            const QJsonArray tokens =
                    QJsonDocument::fromJson(
                            v.toObject().value(QLatin1String("clobTokenIds")).toString().toUtf8())
                            .array();
            for (const QJsonValue& t : tokens) {
                ids.append(t);
                if (request.size() < 500) {
                    request.append(QJsonObject{{QLatin1String("token_id"), t}});
                }
            }
        }
        QCOMPARE(request.size(), 500);
        clock.restart();
        const test::Reply books = test::send(nam, "POST", QUrl(http + QStringLiteral("/books")),
                                             QJsonDocument(request).toJson());
        const qint64 booksMs = clock.elapsed();
        QCOMPARE(books.status, 200);
        QCOMPARE(QJsonDocument::fromJson(books.body).array().size(), 500);
        qInfo() << "POST /books x500 took" << booksMs << "ms," << books.body.size() << "bytes";
        QVERIFY(booksMs < 2'000);

        // The venue's 500-asset cap per connection: 600 asked, 500 snapshots.
        test::WsClient ws;
        QVERIFY(ws.open(QStringLiteral("ws://127.0.0.1:%1/ws/market").arg(m.captured(2))));
        ws.socket.sendTextMessage(QString::fromUtf8(
                QJsonDocument(QJsonObject{{QLatin1String("assets_ids"), ids},
                                          {QLatin1String("type"), QStringLiteral("market")}})
                        .toJson(QJsonDocument::Compact)));
        QVERIFY(QTest::qWaitFor([&] { return !ws.messages.isEmpty(); }, 5'000));
        QCOMPARE(QJsonDocument::fromJson(ws.messages.first().toUtf8()).array().size(), 500);

        sim.terminate(); // SIGTERM: clean exit
        QVERIFY(sim.waitForFinished(5'000));
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.exitCode(), 0);
    }

    void rejectsBadOptions()
    {
        if (qgetenv("POLARIS_BIN_DIR").isEmpty()) {
            QSKIP("POLARIS_BIN_DIR not set (run through ctest)");
        }
        QProcess sim;
        sim.start(executable(), {QStringLiteral("--generate"), QStringLiteral("events=x")});
        QVERIFY(sim.waitForFinished(5'000));
        QCOMPARE(sim.exitCode(), 2);
        sim.start(executable(), {QStringLiteral("--help")});
        QVERIFY(sim.waitForFinished(5'000));
        const QByteArray help = sim.readAllStandardOutput();
        QVERIFY(help.contains("--mispricing-rate"));
        QVERIFY(help.contains("/sim/faults"));
    }
};

QTEST_GUILESS_MAIN(TestSimApp)
#include "tst_simapp.moc"
