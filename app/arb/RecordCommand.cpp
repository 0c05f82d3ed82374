#include "app/arb/Commands.h"
#include "app/arb/MarketLoader.h"
#include "app/arb/ShutdownSignals.h"
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

} // namespace

int runRecord(const ArbOptions& options)
{
    if (options.outDir.isEmpty()) {
        return reportFailure(QStringLiteral("record needs --out DIR"));
    }
    if (!options.snapshotDir.isEmpty()) {
        return reportFailure(
                QStringLiteral("record reads the network; --snapshot makes no sense here"));
    }
    SnapshotWriter writer(options.outDir);
    if (const Status opened = writer.open(); !opened.ok()) {
        return reportFailure(QString::fromStdString(opened.error().detail));
    }
    RecordingSink sink(writer);
    SnapshotMeta meta;
    bool loaded = false;
    QTextStream err(stderr);
    QTimer stopAt;
    stopAt.setSingleShot(true);
    // SIGINT/SIGTERM end the recording early; what was recorded is still written (below).
    ShutdownSignals shutdown;
    QObject::connect(&shutdown, &ShutdownSignals::interrupted, [&] { stopAt.stop(); });
    MarketLoader loader(options, nullptr);
    loader.setRawSink(&sink);
    loader.setOnLoaded([&](MarketDataIngest& ingest, std::int64_t nowMs) {
        if (ShutdownSignals::signalNumber() != 0) {
            return false; // stopping: the loop is already on its way out
        }
        loaded = true;
        sink.eventsDone(); // later pages are the periodic refresh, not this capture
        sink.booksDone();
        meta.capturedAtMs = nowMs;
        const Universe& universe = ingest.universe();
        err << "polaris-arb: " << universe.events().size() << " events, " << universe.marketCount()
            << " markets, " << universe.tokenCount()
            << " tokens; books loaded; recording frames for " << options.durationS << " s\n";
        err.flush();
        stopAt.start(options.durationS * 1000);
        return true; // keep receiving frames until stopAt
    });
    // At the end of --duration, or early on a signal. Each file is renamed into place only once
    // complete, so even a second Ctrl+C during the write leaves no half-written file.
    const auto writeSnapshot = [&] {
        Status status = writer.writeMeta(meta);
        if (status.ok()) {
            status = writer.writeEvents(sink.events());
        }
        if (status.ok()) {
            status = writer.writeBooks(sink.books());
        }
        if (!status.ok()) {
            return reportFailure(QString::fromStdString(status.error().detail));
        }
        QTextStream(stdout) << "wrote " << options.outDir << ": " << sink.events().size()
                            << " events, " << sink.books().size() << " books, "
                            << writer.framesWritten() << " frames\n";
        return 0;
    };
    int exitCode = 0;
    bool complete = false; // the whole --duration was recorded and written
    QObject::connect(&stopAt, &QTimer::timeout, [&] {
        exitCode = writeSnapshot();
        complete = true;
        QCoreApplication::exit(exitCode);
    });
    const int code = loader.run();
    const int signal = ShutdownSignals::signalNumber();
    if (signal == 0 || complete) {
        return code != 0 ? code : exitCode;
    }
    err << "polaris-arb: interrupted (" << ShutdownSignals::signalName(signal) << ")";
    if (!loaded) {
        err << " before the books were loaded: no snapshot written to " << options.outDir;
        if (writer.framesWritten() > 0) {
            err << " (its ws.jsonl holds " << writer.framesWritten() << " frames)";
        }
        err << '\n';
        return ShutdownSignals::exitCode();
    }
    const double seconds = double(SystemClock().nowMs() - meta.capturedAtMs) / 1000.0;
    err << " after " << QString::number(seconds, 'f', 1)
        << " s of frames; writing the snapshot with what was recorded\n";
    err.flush();
    const int written = writeSnapshot();
    return written != 0 ? written : ShutdownSignals::exitCode();
}
