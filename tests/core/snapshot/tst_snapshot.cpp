#include "core/snapshot/Snapshot.h"
#include "core/snapshot/SnapshotWriter.h"
#include "tests/support/SharedFixtures.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace polaris;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

/// Snapshot directories: the format of docs/snapshot-format.md, written and read back.
class TestSnapshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripsEveryFileByteForByte()
    {
        QTemporaryDir dir;
        SnapshotWriter writer(dir.path() + QStringLiteral("/snap"));
        QVERIFY(writer.open().ok());
        SnapshotMeta meta;
        meta.capturedAtMs = 1764000000123; // 2025-11-24T16:00:00.123Z
        QVERIFY(writer.writeMeta(meta).ok());
        const std::vector<QByteArray> events = {
                "{\"id\":\"1\",\"title\":\"A \\\"quoted\\\" [title]\"}",
                R"({"id":"2","markets":[]})"};
        QVERIFY(writer.writeEvents(events).ok());
        QVERIFY(writer.writeBooks({R"({"asset_id":"7","bids":[],"asks":[]})"}).ok());
        QVERIFY(writer.appendFrame(1764000000200, R"({"event_type":"book"})").ok());
        QVERIFY(writer.appendFrame(1764000000300, "PONG").ok());
        QVERIFY(writer.appendFrame(1764000000400, "{\"truncated\":")
                        .ok()); // malformed frames replay too
        QCOMPARE(writer.framesWritten(), 3);

        std::vector<Error> warnings;
        const auto loaded = Snapshot::load(dir.path() + QStringLiteral("/snap"), &warnings);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().detail.c_str());
        QVERIFY(warnings.empty());
        QCOMPARE(loaded->meta.capturedAtMs, 1764000000123);
        QCOMPARE(loaded->meta.venue, QStringLiteral("polymarket"));
        QCOMPARE(loaded->eventsJson,
                 QByteArray("[\n{\"id\":\"1\",\"title\":\"A \\\"quoted\\\" [title]\"},\n"
                            "{\"id\":\"2\",\"markets\":[]}\n]\n"));
        QCOMPARE(loaded->frames.size(), std::size_t(3));
        QCOMPARE(loaded->frames[0].receivedAtMs, 1764000000200);
        QCOMPARE(loaded->frames[0].frame, QByteArray(R"({"event_type":"book"})"));
        QCOMPARE(loaded->frames[1].frame, QByteArray("PONG"));
        QCOMPARE(loaded->frames[2].frame, QByteArray("{\"truncated\":"));

        QFile metaFile(dir.path() + QStringLiteral("/snap/meta.json"));
        QVERIFY(metaFile.open(QIODevice::ReadOnly));
        QVERIFY(metaFile.readAll().contains("\"captured_at\": \"2025-11-24T16:00:00.123Z\""));
    }

    void acceptsTheSpecifiedMetaForm()
    {
        const auto meta = SnapshotMeta::fromJson(
                R"({"captured_at": "2026-01-12T09:30:00Z", "venue": "polymarket"})");
        QVERIFY(meta.ok());
        QCOMPARE(meta->capturedAtMs,
                 QDateTime::fromString(QStringLiteral("2026-01-12T09:30:00Z"), Qt::ISODate)
                         .toMSecsSinceEpoch());
    }

    void rejectsBadMeta_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("code");
        QTest::newRow("not json") << QByteArray("{captured_at") << int(ErrorCode::InvalidFormat);
        QTest::newRow("array") << QByteArray("[]") << int(ErrorCode::InvalidFormat);
        QTest::newRow("no time") << QByteArray(R"({"venue":"polymarket"})")
                                 << int(ErrorCode::MissingField);
        QTest::newRow("bad time") << QByteArray(R"({"captured_at":"yesterday"})")
                                  << int(ErrorCode::InvalidFormat);
        QTest::newRow("other venue")
                << QByteArray(R"({"captured_at":"2026-01-12T09:30:00Z","venue":"x"})")
                << int(ErrorCode::OutOfRange);
    }
    void rejectsBadMeta()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        const auto meta = SnapshotMeta::fromJson(json);
        QVERIFY(!meta.ok());
        QCOMPARE(int(meta.error().code), code);
    }

    void reportsMissingFilesAndSkipsBadFrameLines()
    {
        QTemporaryDir dir;
        QCOMPARE(Snapshot::load(dir.path()).error().code, ErrorCode::Io);
        writeFile(dir.path() + QStringLiteral("/meta.json"),
                  R"({"captured_at":"2026-01-12T09:30:00Z"})");
        const auto noEvents = Snapshot::load(dir.path());
        QCOMPARE(noEvents.error().code, ErrorCode::Io);
        QVERIFY(noEvents.error().detail.find("events.json") != std::string::npos);
        writeFile(dir.path() + QStringLiteral("/events.json"), "[]");
        writeFile(dir.path() + QStringLiteral("/books.json"), "[]");
        writeFile(dir.path() + QStringLiteral("/ws.jsonl"),
                  "{\"received_at_ms\":5,\"frame\":\"PONG\"}\nnot json\n{\"frame\":\"x\"}\n\n");
        std::vector<Error> warnings;
        const auto loaded = Snapshot::load(dir.path(), &warnings);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->frames.size(), std::size_t(1));
        QCOMPARE(warnings.size(), std::size_t(2));
        QVERIFY(warnings[0].detail.find("line 2") != std::string::npos);
        QCOMPARE(warnings[1].code, ErrorCode::MissingField);
    }

    /// ws.jsonl lines are read with simdjson when they have the recorder's shape and with
    /// QJsonDocument otherwise; either way each line gives what QJsonDocument reads from it.
    void readsFrameLinesAsQJsonDocumentDoes()
    {
        // Ordinary literals: moc mis-reads raw strings with a backslash before a quote.
        const QList<QByteArray> lines = {
                "{\"received_at_ms\":1764000000200,\"frame\":\"{\\\"event_type\\\":\\\"book\\\","
                "\\\"x\\\":\\\"\\u00e9\\\\n\\\"}\"}",
                "{\"frame\":\"PONG\",\"received_at_ms\":5}",
                "  {\"received_at_ms\": 7.9, \"frame\": \"\"}  ",
                "{\"received_at_ms\":1,\"frame\":\"a\"} trailing",
                "{\"received_at_ms\":1,\"frame\":\"a\"}{\"received_at_ms\":2,\"frame\":\"b\"}",
                "{\"received_at_ms\":1,\"frame\":\"first\",\"frame\":\"last\"}",
                "{\"received_at_ms\":1,\"frame\":\"x\",\"extra\":[1,2]}",
                "{\"received_at_ms\":\"1\",\"frame\":\"x\"}",
                "{\"received_at_ms\":1,\"frame\":7}",
                "{\"received_at_ms\":1,\"frame\":\"tab\there\"}",
                "{\"received_at_ms\":1e3,\"frame\":\"\\ud83d\\ude00\"}",
                "[1,2]",
                "{\"received_at_ms\":1,\"frame\":\"unterminated",
        };
        QTemporaryDir dir;
        writeFile(dir.path() + QStringLiteral("/meta.json"),
                  R"({"captured_at":"2026-01-12T09:30:00Z"})");
        writeFile(dir.path() + QStringLiteral("/events.json"), "[]");
        writeFile(dir.path() + QStringLiteral("/books.json"), "[]");
        writeFile(dir.path() + QStringLiteral("/ws.jsonl"), lines.join('\n'));
        std::vector<Error> warnings;
        const auto loaded = Snapshot::load(dir.path(), &warnings);
        QVERIFY(loaded.ok());

        std::vector<RecordedFrame> expected;
        std::vector<std::string> expectedWarnings;
        for (int i = 0; i < lines.size(); ++i) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(lines[i].trimmed(), &error);
            const QJsonObject object = document.object();
            if (error.error != QJsonParseError::NoError || !document.isObject()) {
                expectedWarnings.push_back("ws.jsonl line " + std::to_string(i + 1)
                                           + ": not a JSON object: "
                                           + error.errorString().toStdString());
            } else if (!object.value(QStringLiteral("received_at_ms")).isDouble()
                       || !object.value(QStringLiteral("frame")).isString()) {
                expectedWarnings.push_back(
                        "ws.jsonl line " + std::to_string(i + 1)
                        + ": needs \"received_at_ms\" (number) and \"frame\" (string)");
            } else {
                expected.push_back(
                        {static_cast<std::int64_t>(
                                 object.value(QStringLiteral("received_at_ms")).toDouble()),
                         object.value(QStringLiteral("frame")).toString().toUtf8()});
            }
        }
        QCOMPARE(loaded->frames.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(loaded->frames[i].receivedAtMs, expected[i].receivedAtMs);
            QCOMPARE(loaded->frames[i].frame, expected[i].frame);
        }
        QCOMPARE(warnings.size(), expectedWarnings.size());
        for (std::size_t i = 0; i < warnings.size(); ++i) {
            QCOMPARE(warnings[i].detail, expectedWarnings[i]);
        }
        QCOMPARE(loaded->frames[0].frame,
                 QByteArray("{\"event_type\":\"book\",\"x\":\"\xC3\xA9\\n\"}"));
    }

    /// A directory assembled from real venue payloads loads unchanged: the format is the venue's.
    void loadsRealCapturesUnchanged()
    {
        POLARIS_REQUIRE_FIXTURE("polymarket/gamma/gamma_event.json", events);
        POLARIS_REQUIRE_FIXTURE("polymarket/rest-2024/book.json", book);
        QTemporaryDir dir;
        writeFile(dir.path() + QStringLiteral("/meta.json"),
                  R"({"captured_at":"2026-03-11T09:30:00Z","venue":"polymarket"})");
        writeFile(dir.path() + QStringLiteral("/events.json"), events);
        writeFile(dir.path() + QStringLiteral("/books.json"), "[" + book + "]");
        const auto loaded = Snapshot::load(dir.path());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->eventsJson, events);
        QVERIFY(loaded->booksJson.contains("2fc4a3d6a98bc164e057589bcb74981852b87412"));
    }
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
