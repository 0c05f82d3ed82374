#include "core/money/Decimal.h"
#include "tests/app/CliHarness.h"
#include "tests/app/ScanJsonChecks.h"
#include "tests/support/TestPrinters.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace polaris;
using namespace polaris::test;

namespace {

QString binDir()
{
    return QString::fromLocal8Bit(qgetenv("POLARIS_BIN_DIR"));
}

} // namespace

/// The real executables end to end on 127.0.0.1: polaris-sim serves a generated universe,
/// polaris-arb reads it live (universe, scan, record) and replays what it recorded.
class TestArbCli : public QObject
{
    Q_OBJECT

private:
    QProcess m_sim;
    QProcessEnvironment m_env;
    QTemporaryDir m_tmp;
    QString m_http;
    QString m_ws;
    QString m_recording;

    QStringList venue() const
    {
        return {QStringLiteral("--gamma-url"), m_http, QStringLiteral("--clob-url"), m_http,
                QStringLiteral("--ws-url"),    m_ws};
    }

    /// Runs polaris-arb to completion; kills it after `timeoutMs`.
    Run arb(const QStringList& arguments, int timeoutMs = 60'000) const
    {
        return runProcess(binDir() + QStringLiteral("/arb/polaris-arb"), arguments, m_env,
                          timeoutMs);
    }

    /// One request to the simulator; status 0 on timeout.
    QPair<int, QByteArray>
    sim(const QByteArray& verb, const QString& path, const QByteArray& body = {}) const
    {
        return httpRequest(verb, QUrl(m_http + path), body);
    }

    QJsonArray simEvents() const
    {
        return QJsonDocument::fromJson(sim("GET", QStringLiteral("/events?limit=1000")).second)
                .array();
    }

    QJsonObject simEvent(const QString& id) const
    {
        for (const QJsonValue& event : simEvents()) {
            if (event.toObject().value(QStringLiteral("id")).toString() == id) {
                return event.toObject();
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (binDir().isEmpty()) {
            QSKIP("POLARIS_BIN_DIR not set (run through ctest)");
        }
        QVERIFY(m_tmp.isValid());
        // Only the flags choose the venue: no URL from the environment or the user's settings.
        m_env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"POLARIS_GAMMA_URL", "POLARIS_CLOB_URL", "POLARIS_WS_URL"}) {
            m_env.remove(QLatin1String(name));
        }
        // Scans record to this test's own database, never to the user's.
        m_env.insert(QStringLiteral("POLARIS_DB_URL"),
                     m_tmp.filePath(QStringLiteral("polaris.sqlite")));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.path() + QStringLiteral("/config"));
        m_env.insert(QStringLiteral("HOME"), m_tmp.path());
        m_sim.setProcessEnvironment(m_env);
        const QList<QByteArray> lines = startSimulator(m_sim, binDir(), 175);
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines[0], QByteArray("polaris-sim listening"));
        const QRegularExpression gamma(QStringLiteral("^gamma: (http://127\\.0\\.0\\.1:\\d+)$"));
        const auto match = gamma.match(QString::fromUtf8(lines[1]));
        QVERIFY(match.hasMatch());
        m_http = match.captured(1);
        QVERIFY(lines[3].startsWith("ws:    ws://127.0.0.1:"));
        m_ws = QString::fromUtf8(lines[3].mid(7));
        QVERIFY(lines[4].startsWith("user:  ws://127.0.0.1:"));
        QVERIFY2(lines[5].startsWith("universe: 16 events, 44 markets, 88 tokens, 84 books"),
                 lines[5].constData());
    }

    void cleanupTestCase()
    {
        if (m_sim.state() != QProcess::NotRunning) {
            m_sim.terminate();
            if (!m_sim.waitForFinished(5'000)) {
                m_sim.kill();
                m_sim.waitForFinished(5'000);
            }
        }
    }

    void universeMatchesTheSimulator()
    {
        const QJsonObject status = objectOf(sim("GET", QStringLiteral("/sim/status")).second);
        QCOMPARE(status.value(QStringLiteral("events")).toInt(), 16);
        const Run run = arb(venue() + words("universe --json"));
        QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
        const QJsonObject doc = objectOf(run.out);
        const QJsonObject books = doc.value(QStringLiteral("books")).toObject();
        const auto n = [](const QJsonObject& o, const char* key) {
            return o.value(QLatin1String(key)).toInt(-1);
        };
        QCOMPARE(n(doc, "events"), n(status, "events"));
        QCOMPARE(n(doc, "markets"), n(status, "markets"));
        QCOMPARE(n(doc, "neg_risk_events"), 6);
        QCOMPARE(n(doc, "augmented_events"), 2);  // events 0 and 3
        QCOMPARE(n(doc, "tradable_markets"), 42); // all but the 2 placeholders
        QCOMPARE(n(doc, "errors"), 0);
        QCOMPARE(n(books, "total"), n(status, "tokens"));
        QCOMPARE(n(books, "live"), n(status, "books"));
        QCOMPARE(n(books, "empty"), 4); // placeholder tokens have no book
        QCOMPARE(n(books, "stale"), 0);
        QCOMPARE(n(books, "invalid"), 0);
    }

    void universeRetriesServerErrors()
    {
        const auto set = sim("POST", QStringLiteral("/sim/faults"),
                             "{\"http_error_status\":500,\"http_error_next\":3}");
        QCOMPARE(set.first, 200);
        QCOMPARE(objectOf(set.second).value(QStringLiteral("http_error_next")).toInt(), 3);
        const Run run = arb(venue() + words("universe --json"));
        QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
        QCOMPARE(objectOf(run.out).value(QStringLiteral("events")).toInt(), 16);
        // Gamma pages are fetched concurrently, so the three errors may hit different requests;
        // each was retried.
        QVERIFY2(run.err.count("): HTTP 500; retrying in ") == 3, run.err.constData());
        QVERIFY(!run.err.contains("giving up"));
        // All three injected errors were served (and retried), none is left over.
        QCOMPARE(objectOf(sim("GET", QStringLiteral("/sim/faults")).second)
                         .value(QStringLiteral("http_error_next"))
                         .toInt(),
                 0);
    }

    void recordWritesASnapshot()
    {
        m_recording = m_tmp.path() + QStringLiteral("/recording");
        const qint64 before = nowMs();
        const Run run = arb(venue() + words("record --duration 2 --out") << m_recording);
        const qint64 after = nowMs();
        QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
        const QRegularExpression summary(
                QStringLiteral("^wrote (.+): 16 events, 84 books, (\\d+) frames\n$"));
        const auto match = summary.match(QString::fromUtf8(run.out));
        QVERIFY2(match.hasMatch(), run.out.constData());
        QCOMPARE(match.captured(1), m_recording);

        const QJsonObject meta = readJsonFile(m_recording + QStringLiteral("/meta.json")).object();
        const QString capturedText = meta.value(QStringLiteral("captured_at")).toString();
        QVERIFY2(capturedText.endsWith(QLatin1Char('Z')), qPrintable(capturedText));
        const QDateTime captured = QDateTime::fromString(capturedText, Qt::ISODateWithMs);
        QVERIFY(captured.isValid());
        QCOMPARE(captured.timeSpec(), Qt::UTC);
        QVERIFY(captured.toMSecsSinceEpoch() >= before && captured.toMSecsSinceEpoch() <= after);
        QCOMPARE(meta.value(QStringLiteral("venue")).toString(), QStringLiteral("polymarket"));

        const QJsonDocument events = readJsonFile(m_recording + QStringLiteral("/events.json"));
        QVERIFY(events.isArray());
        QStringList tokensWithBooks;
        const QJsonArray simulated = simEvents();
        for (const QJsonValue& event : simulated) {
            for (const QJsonValue& market :
                 event.toObject().value(QStringLiteral("markets")).toArray()) {
                if (market.toObject().value(QStringLiteral("enableOrderBook")).toBool()) {
                    tokensWithBooks += clobTokenIds(market.toObject());
                }
            }
        }
        QCOMPARE(simulated.size(), 16);
        QCOMPARE(sorted(valuesOf(events.array(), QStringLiteral("id"))),
                 sorted(valuesOf(simulated, QStringLiteral("id"))));

        const QJsonDocument books = readJsonFile(m_recording + QStringLiteral("/books.json"));
        QVERIFY(books.isArray());
        for (const QJsonValue& book : books.array()) {
            QVERIFY(book.toObject().value(QStringLiteral("asks")).isArray());
        }
        QCOMPARE(books.array().size(), 84);
        QCOMPARE(sorted(valuesOf(books.array(), QStringLiteral("asset_id"))),
                 sorted(tokensWithBooks));

        QFile ws(m_recording + QStringLiteral("/ws.jsonl"));
        QVERIFY(ws.open(QIODevice::ReadOnly));
        int lines = 0;
        while (!ws.atEnd()) {
            const QByteArray line = ws.readLine().trimmed();
            const QJsonObject frame = objectOf(line);
            const QJsonValue receivedAt = frame.value(QStringLiteral("received_at_ms"));
            QVERIFY2(receivedAt.isDouble() && frame.value(QStringLiteral("frame")).isString(),
                     line.constData());
            QVERIFY(receivedAt.toInteger() >= before && receivedAt.toInteger() <= after);
            QVERIFY(!frame.value(QStringLiteral("frame")).toString().isEmpty());
            ++lines;
        }
        QVERIFY(lines >= 1);
        QCOMPARE(lines, match.captured(2).toInt());
    }

    void scanOfTheRecordingIsValidAndDeterministic()
    {
        QVERIFY2(QFile::exists(m_recording + QStringLiteral("/meta.json")),
                 "recordWritesASnapshot failed");
        const QStringList args{QStringLiteral("--snapshot"), m_recording, QStringLiteral("scan"),
                               QStringLiteral("--once"), QStringLiteral("--json")};
        const Run first = arb(args);
        const Run second = arb(args);
        QVERIFY2(first.finished && first.exitCode == 0, first.err.constData());
        QVERIFY2(second.finished && second.exitCode == 0, second.err.constData());
        const QJsonObject doc = objectOf(first.out);
        const QString problem = documentProblem(doc);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QJsonObject scanned = doc.value(QStringLiteral("scanned")).toObject();
        QCOMPARE(scanned.value(QStringLiteral("events")).toInt(), 16);
        QCOMPARE(scanned.value(QStringLiteral("markets")).toInt(), 44);
        QCOMPARE(scanned.value(QStringLiteral("books")).toInt(), 88);
        // A over the two augmented events is always refused, whatever the prices.
        const QJsonArray rejected = doc.value(QStringLiteral("rejected")).toArray();
        for (const char* id : {"20000", "20003"}) {
            const QJsonObject refusal = findEntry(rejected, QStringLiteral("A"), QLatin1String(id));
            QCOMPARE(refusal.value(QStringLiteral("reason")).toString(),
                     QStringLiteral("augmented_neg_risk"));
            QCOMPARE(refusal.value(QStringLiteral("layer")).toInt(), 1);
        }
        // Replay is deterministic: the same bytes but for the measured wall time.
        static const QRegularExpression elapsed(QStringLiteral("\"elapsed_ms\": [0-9.e+-]+"));
        QCOMPARE(QString::fromUtf8(first.out).remove(elapsed),
                 QString::fromUtf8(second.out).remove(elapsed));
        QVERIFY(!first.out.isEmpty());
    }

    void mispricingIsFoundLiveAndInItsRecording()
    {
        // Freeze the walk so the mispricings stay in place; inject until a plain (non-augmented)
        // neg-risk event is mispriced.
        QCOMPARE(sim("POST", QStringLiteral("/sim/walk"), "{\"running\":false}").first, 200);
        QMap<QString, bool> injected; // event id -> augmented
        for (int i = 0; i < 6 && !injected.values().contains(false); ++i) {
            const QJsonObject reply = objectOf(
                    sim("POST", QStringLiteral("/sim/walk"), "{\"mispricing\":\"negrisk\"}")
                            .second);
            const QString id = reply.value(QStringLiteral("mispricing_event_id")).toString();
            QVERIFY2(!id.isEmpty(), "no neg-risk event left to misprice");
            injected.insert(id, simEvent(id).value(QStringLiteral("negRiskAugmented")).toBool());
        }
        QVERIFY(injected.values().contains(false));

        const QStringList scan = words("scan --once --json --set neg_risk_min_discount=0.001 "
                                       "--set min_liquidity_usd=0");
        const Run live = arb(venue() + scan);
        QVERIFY2(live.finished && live.exitCode == 0, live.err.constData());
        const QJsonObject doc = objectOf(live.out);
        const QString problem = documentProblem(doc);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QJsonArray opportunities = doc.value(QStringLiteral("opportunities")).toArray();
        QString plain;
        for (auto it = injected.cbegin(); it != injected.cend(); ++it) {
            if (it.value()) {
                // YES over the named legs costs < 1 but Other/placeholders can win: refused.
                const QJsonObject refusal =
                        findEntry(doc.value(QStringLiteral("rejected")).toArray(),
                                  QStringLiteral("A"), it.key());
                QCOMPARE(refusal.value(QStringLiteral("reason")).toString(),
                         QStringLiteral("augmented_neg_risk"));
                QVERIFY(money(refusal.value(QStringLiteral("edge"))).isPositive());
                QVERIFY(findEntry(opportunities, QStringLiteral("A"), it.key()).isEmpty());
                continue;
            }
            plain = it.key();
            const QJsonObject a = findEntry(opportunities, QStringLiteral("A"), it.key());
            QVERIFY2(!a.isEmpty(), qPrintable(QStringLiteral("no A opportunity on ") + it.key()));
            QVERIFY(money(a.value(QStringLiteral("net_profit"))).isPositive());
            QVERIFY(a.value(QStringLiteral("net_profit_pct")).toDouble() >= 0.1);
            QCOMPARE(money(a.value(QStringLiteral("payout"))),
                     money(a.value(QStringLiteral("shares"))));
            // One YES leg, bought, per outcome of the event, in market order.
            const QJsonArray markets =
                    simEvent(it.key()).value(QStringLiteral("markets")).toArray();
            const QJsonArray legs = a.value(QStringLiteral("legs")).toArray();
            QCOMPARE(legs.size(), markets.size());
            for (qsizetype i = 0; i < legs.size(); ++i) {
                const QJsonObject leg = legs[i].toObject();
                QCOMPARE(leg.value(QStringLiteral("side")).toString(), QStringLiteral("BUY"));
                QCOMPARE(leg.value(QStringLiteral("token_id")).toString(),
                         clobTokenIds(markets[i].toObject()).value(0));
                QCOMPARE(money(leg.value(QStringLiteral("shares"))),
                         money(a.value(QStringLiteral("shares"))));
            }
        }

        // The frozen state recorded and replayed gives the same basket as the live scan.
        const QString dir = m_tmp.path() + QStringLiteral("/frozen");
        const Run record = arb(venue() + words("record --duration 1 --out") << dir);
        QVERIFY2(record.finished && record.exitCode == 0, record.err.constData());
        const Run replay = arb(QStringList{QStringLiteral("--snapshot"), dir} + scan);
        QVERIFY2(replay.finished && replay.exitCode == 0, replay.err.constData());
        const QJsonObject liveA = findEntry(opportunities, QStringLiteral("A"), plain);
        const QJsonObject replayA =
                findEntry(objectOf(replay.out).value(QStringLiteral("opportunities")).toArray(),
                          QStringLiteral("A"), plain);
        for (const char* key : {"id", "shares", "cost", "payout", "fees", "net_profit", "legs"}) {
            QCOMPARE(replayA.value(QLatin1String(key)), liveA.value(QLatin1String(key)));
        }
        QCOMPARE(sim("POST", QStringLiteral("/sim/walk"),
                     "{\"running\":true,\"clear_mispricings\":true}")
                         .first,
                 200);
    }

    void strategiesFilterKeepsOnlyThoseStrategies()
    {
        for (const QString& code :
             {QStringLiteral("F"), QStringLiteral("A"), QStringLiteral("A'")}) {
            const Run run = arb(venue() + words("scan --once --json --strategies") << code);
            QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
            const QJsonObject doc = objectOf(run.out);
            QVERIFY(documentProblem(doc).isEmpty());
            int entries = 0;
            for (const char* list : {"opportunities", "rejected"}) {
                for (const QJsonValue& entry : doc.value(QLatin1String(list)).toArray()) {
                    QCOMPARE(entry.toObject().value(QStringLiteral("strategy")).toString(), code);
                    ++entries;
                }
            }
            // Seed 5 has bond-band NO tokens and two augmented neg-risk events (A is always
            // refused there). A' may be empty: with mirror-image YES/NO books its baskets have no
            // edge, and such baskets are not near-misses (BasketDraft's rule).
            QVERIFY2(entries > 0 || code == QStringLiteral("A'"), qPrintable(code));
        }
    }

    /// scan records episodes; status, history (JSON and CSV) and bonds read them back.
    void scansAreRecordedAndQueryable()
    {
        const QString db = m_tmp.filePath(QStringLiteral("recorded.sqlite"));
        const Run scan = arb(venue() + words("scan --once --json --strategies F --db") << db);
        QVERIFY2(scan.finished && scan.exitCode == 0, scan.err.constData());
        const int found =
                objectOf(scan.out).value(QStringLiteral("opportunities")).toArray().size();
        QVERIFY(found > 0);

        const Run status = arb(venue() + words("status --json --db") << db);
        QVERIFY2(status.finished && status.exitCode == 0, status.err.constData());
        const QJsonObject facts = objectOf(status.out);
        QCOMPARE(facts.value(QStringLiteral("database_reachable")).toBool(), true);
        QCOMPARE(facts.value(QStringLiteral("venue_reachable")).toBool(), true);
        QCOMPARE(facts.value(QStringLiteral("scan_runs")).toInt(), 1);
        QCOMPARE(facts.value(QStringLiteral("episodes")).toInt(), found);
        QCOMPARE(facts.value(QStringLiteral("schema_version")).toInt(), 4);
        // The last scan's books: every token with a book was live when it ran.
        QCOMPARE(facts.value(QStringLiteral("books_live")).toInt(), 84);
        QCOMPARE(facts.value(QStringLiteral("books_stale")).toInt(), 0);
        QVERIFY(facts.value(QStringLiteral("data_source"))
                        .toString()
                        .startsWith(QStringLiteral("http://127.0.0.1:")));

        const QString csv = m_tmp.filePath(QStringLiteral("history.csv"));
        const Run history = arb(words("history --json --strategy F --since 1h --limit 1000 --db")
                                << db << QStringLiteral("--csv") << csv);
        QVERIFY2(history.finished && history.exitCode == 0, history.err.constData());
        const QJsonArray episodes =
                objectOf(history.out).value(QStringLiteral("episodes")).toArray();
        QCOMPARE(episodes.size(), found);
        for (const QJsonValue& episode : episodes) {
            QCOMPARE(episode.toObject().value(QStringLiteral("strategy")).toString(),
                     QStringLiteral("F"));
            QCOMPARE(episode.toObject().value(QStringLiteral("samples")).toInt(), 1);
        }
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), found + 1); // header + one line per episode

        const Run other = arb(words("history --json --strategy A --db") << db);
        QCOMPARE(objectOf(other.out).value(QStringLiteral("episodes")).toArray().size(), 0);
        const Run badSince = arb(words("history --since yesterday --db") << db);
        QCOMPARE(badSince.exitCode, 2);

        const Run bonds = arb(venue() + words("bonds --json --db") << db);
        QVERIFY2(bonds.finished && bonds.exitCode == 0, bonds.err.constData());
        const QJsonArray rungs = objectOf(bonds.out).value(QStringLiteral("candidates")).toArray();
        QVERIFY(!rungs.isEmpty());
        QString previous;
        for (const QJsonValue& rung : rungs) {
            const QString day = rung.toObject().value(QStringLiteral("resolves")).toString();
            QVERIFY2(previous < day, "rungs are ordered by resolution date");
            previous = day;
        }
    }

    void badUsageFailsWithAMessage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message"); // on stderr, after "polaris-arb: "
        const QString missing = m_tmp.path() + QStringLiteral("/does-not-exist");
        const auto row = [](const char* name, const char* args, int code, const QString& message) {
            QTest::newRow(name) << words(args) << code << message;
        };
        row("unknown command", "frobnicate", 2, QStringLiteral("unknown command 'frobnicate'"));
        row("unknown option", "scan --bogus", 2, QStringLiteral("Unknown option 'bogus'"));
        row("unknown strategy", "scan --strategies A,X", 2,
            QStringLiteral("unknown strategy 'X' (use A, A', B, C, F, G)"));
        row("unknown key", "scan --set nonsense=1", 2,
            QStringLiteral("unknown config key 'nonsense'"));
        row("set without =", "scan --set share_step", 2,
            QStringLiteral("--set needs KEY=VALUE, got 'share_step'"));
        row("bad value", "scan --set neg_risk_min_discount=1e-3", 2,
            QStringLiteral("config neg_risk_min_discount='1e-3'"));
        row("ftp gamma", "--gamma-url ftp://x universe", 2,
            QStringLiteral("--gamma-url: 'ftp://x' must use http:// or https://"));
        row("http ws", "--ws-url http://127.0.0.1:1/ws universe", 2,
            QStringLiteral("--ws-url: 'http://127.0.0.1:1/ws' must use ws:// or wss://"));
        row("timeout 0", "scan --timeout 0", 2,
            QStringLiteral("--timeout needs a positive number of seconds"));
        row("duration x", "record --duration x", 2,
            QStringLiteral("--duration needs a whole number of seconds"));
        row("record without --out", "record", 1, QStringLiteral("record needs --out DIR"));
        QTest::newRow("missing snapshot")
                << QStringList{QStringLiteral("--snapshot"), missing, QStringLiteral("scan"),
                               QStringLiteral("--once")}
                << 1 << QStringLiteral("cannot read snapshot ") + missing;
    }

    void badUsageFailsWithAMessage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = arb(args, 10'000);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("polaris-arb: ") + message),
                 run.err.constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.elapsedMs < 5'000);
    }

    void noCommandPrintsHelp()
    {
        const Run bare = arb({}, 10'000);
        QCOMPARE(bare.exitCode, 2);
        QVERIFY(bare.out.contains("Commands:"));
        const Run help = arb({QStringLiteral("--help")}, 10'000);
        QCOMPARE(help.exitCode, 0);
        for (const char* option :
             {"--snapshot", "--gamma-url", "--strategies", "--set", "--duration", "--limit"}) {
            QVERIFY2(help.out.contains(option), option);
        }
    }

    void unreachableVenueFailsNamingTheUrl_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("scan") << QStringLiteral("scan");
        QTest::newRow("universe") << QStringLiteral("universe");
        QTest::newRow("record") << QStringLiteral("record");
    }

    void unreachableVenueFailsNamingTheUrl()
    {
        QFETCH(QString, command);
        QStringList args{QStringLiteral("--gamma-url"),
                         QStringLiteral("http://127.0.0.1:1"),
                         QStringLiteral("--clob-url"),
                         QStringLiteral("http://127.0.0.1:1"),
                         QStringLiteral("--ws-url"),
                         QStringLiteral("ws://127.0.0.1:1/ws/market"),
                         command,
                         QStringLiteral("--timeout"),
                         QStringLiteral("5")};
        if (command == QLatin1String("scan")) {
            args << QStringLiteral("--once");
        } else if (command == QLatin1String("record")) {
            args << QStringLiteral("--out") << m_tmp.path() + QStringLiteral("/unreachable");
        }
        const Run run = arb(args, 20'000);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.elapsedMs < 10'000, qPrintable(QString::number(run.elapsedMs)));
        // Connection refused four times, then the Gamma failure with the URL it tried.
        QVERIFY2(run.err.contains("polaris-arb: Could not load the list of markets: GET "
                                  "http://127.0.0.1:1/events"),
                 run.err.constData());
    }

    void silentVenueTimesOutNamingTheUrl()
    {
        QCOMPARE(sim("POST", QStringLiteral("/sim/faults"), "{\"http_delay_ms\":30000}").first,
                 200);
        for (const QString& command :
             {QStringLiteral("scan"), QStringLiteral("universe"), QStringLiteral("record")}) {
            const Run run = arb(venue()
                                        + QStringList{command, QStringLiteral("--once"),
                                                      QStringLiteral("--timeout"),
                                                      QStringLiteral("2"), QStringLiteral("--out"),
                                                      m_tmp.path() + QStringLiteral("/silent")},
                                20'000);
            QVERIFY(run.finished);
            QCOMPARE(run.exitCode, 1);
            QVERIFY(run.elapsedMs < 8'000);
            const QString expected = QStringLiteral("polaris-arb: market data not loaded within 2 "
                                                    "s from %1 (is the venue reachable?)")
                                             .arg(m_http);
            QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
        }
        QCOMPARE(sim("POST", QStringLiteral("/sim/faults"), "{\"http_delay_ms\":0}").first, 200);
    }
};

QTEST_GUILESS_MAIN(TestArbCli)
#include "tst_arbcli.moc"
