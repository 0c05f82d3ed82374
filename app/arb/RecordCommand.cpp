#include "app/arb/Commands.h"
#include "core/marketdata/MarketDataService.h"
#include "core/snapshot/SnapshotWriter.h"
#include "core/venues/polymarket/JsonArraySplitter.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

using namespace polaris;

namespace {

/// Collects the venue's payloads byte for byte: event and book objects are cut out of their
/// pages without re-serialising, frames are appended to ws.jsonl as they arrive.
class RecordingSink final : public RawPayloadSink
{
public:
    explicit RecordingSink(SnapshotWriter& writer)
        : m_writer(writer)
    {}

    void onEventsPage(const QByteArray& page) override
    {
        if (!m_eventsDone) {
            append(page, m_events);
        }
    }
    void onBooksBatch(const QByteArray& json) override
    {
        if (!m_booksDone) {
            append(json, m_books);
        }
    }
    void onFrame(std::int64_t receivedAtMs, const QByteArray& frame) override
    {
        const Status status = m_writer.appendFrame(receivedAtMs, frame);
        if (!status.ok() && !m_frameErrorShown) {
            QTextStream(stderr) << "polaris-arb: " << QString::fromStdString(status.error().detail)
                                << '\n';
            m_frameErrorShown = true;
        }
    }

    void eventsDone() { m_eventsDone = true; }
    void booksDone() { m_booksDone = true; }
    const std::vector<QByteArray>& events() const { return m_events; }
    const std::vector<QByteArray>& books() const { return m_books; }

private:
    static void append(const QByteArray& array, std::vector<QByteArray>& into)
    {
        const auto parts = polymarket::splitJsonArray(
                std::string_view(array.constData(), std::size_t(array.size())));
        if (!parts.ok()) {
            return; // the ingest reports the same payload's error
        }
        for (const std::string_view part : parts.value()) {
            into.emplace_back(part.data(), qsizetype(part.size()));
        }
    }

    SnapshotWriter& m_writer;
    std::vector<QByteArray> m_events;
    std::vector<QByteArray> m_books;
    bool m_eventsDone = false;
    bool m_booksDone = false;
    bool m_frameErrorShown = false;
};

int fail(const QString& message)
{
    QTextStream(stderr) << "polaris-arb: " << message << '\n';
    return 1;
}

} // namespace

int runRecord(const ArbOptions& options)
{
    if (options.outDir.isEmpty()) {
        return fail(QStringLiteral("record needs --out DIR"));
    }
    if (!options.snapshotDir.isEmpty()) {
        return fail(QStringLiteral("record reads the network; --snapshot makes no sense here"));
    }
    SnapshotWriter writer(options.outDir);
    if (const Status opened = writer.open(); !opened.ok()) {
        return fail(QString::fromStdString(opened.error().detail));
    }
    SystemClock clock;
    MarketDataService service({options.endpoints}, clock);
    RecordingSink sink(writer);
    service.setRawSink(&sink);
    SnapshotMeta meta;
    int exitCode = 0;
    QTextStream err(stderr);

    QTimer giveUp;
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, [&] {
        exitCode =
                fail(QStringLiteral(
                             "market data not loaded within %1 s from %2 (is the venue reachable?)")
                             .arg(options.loadTimeoutS)
                             .arg(options.endpoints.gammaUrl.toString()));
        QCoreApplication::exit(exitCode);
    });
    QObject::connect(&service, &MarketDataService::failed, [&](const QString& message) {
        exitCode = fail(message);
        QCoreApplication::exit(exitCode);
    });
    QObject::connect(&service, &MarketDataService::universeReady,
                     [&](int events, int markets, int tokens) {
                         sink.eventsDone();
                         err << "polaris-arb: " << events << " events, " << markets << " markets, "
                             << tokens << " tokens\n";
                         err.flush();
                     });
    QTimer stopAt;
    stopAt.setSingleShot(true);
    QObject::connect(&service, &MarketDataService::initialBooksLoaded, [&] {
        giveUp.stop();
        sink.booksDone();
        meta.capturedAtMs = clock.nowMs();
        err << "polaris-arb: books loaded; recording frames for " << options.durationS << " s\n";
        err.flush();
        stopAt.start(options.durationS * 1000);
    });
    QObject::connect(&stopAt, &QTimer::timeout, [&] {
        service.stop();
        Status status = writer.writeMeta(meta);
        if (status.ok()) {
            status = writer.writeEvents(sink.events());
        }
        if (status.ok()) {
            status = writer.writeBooks(sink.books());
        }
        if (!status.ok()) {
            exitCode = fail(QString::fromStdString(status.error().detail));
        } else {
            QTextStream(stdout) << "wrote " << options.outDir << ": " << sink.events().size()
                                << " events, " << sink.books().size() << " books, "
                                << writer.framesWritten() << " frames\n";
        }
        QCoreApplication::exit(exitCode);
    });
    giveUp.start(options.loadTimeoutS * 1000);
    service.start();
    const int code = QCoreApplication::exec();
    return code != 0 ? code : exitCode;
}
