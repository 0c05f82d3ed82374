// Console responsiveness (docs/benchmarks.md, "Console responsiveness"): the real console
// (MainWindow + ConsoleRoot --demo, i.e. the in-process simulator, market-data and scan threads)
// on the generated ~51,000-book universe. Once the feed is live it sends synthetic input to the
// opportunities table every --interval-ms (alternately Down/Up key presses and clicks on rows),
// and measures input-to-paint latency: from posting the event to the end of the next paint of
// the table's viewport after the event was delivered. It also counts the table's repaints per
// second, times each paint and each queued update the window receives from the scan thread
// (ScanSummary, MarketDataStatus), and measures the GUI event loop's lag with a 10 ms timer.
// Prints p50/p90/p99/max. Run offscreen: QT_QPA_PLATFORM=offscreen console_responsiveness.

#include "app/console/ConsoleRoot.h"
#include "ui/MainWindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

#include <time.h>

namespace {

using namespace polaris;

/// CPU time of the calling thread: what the GUI thread itself spent, whatever the machine's load.
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

QString percentiles(std::vector<qint64> samples)
{
    if (samples.empty()) {
        return QStringLiteral("no samples");
    }
    std::sort(samples.begin(), samples.end());
    const auto at = [&samples](double q) {
        return ms(samples[std::min(samples.size() - 1, std::size_t(q * double(samples.size())))]);
    };
    return QStringLiteral("p50 %1 ms, p90 %2 ms, p99 %3 ms, max %4 ms (n=%5)")
            .arg(at(0.50), 0, 'f', 2)
            .arg(at(0.90), 0, 'f', 2)
            .arg(at(0.99), 0, 'f', 2)
            .arg(ms(samples.back()), 0, 'f', 2)
            .arg(samples.size());
}

/// Watches the table and the window: input delivery, the table's paints and the window's queued
/// calls (the ScanSummary and status updates from the scan thread), each timed by delivering
/// it itself from inside the filter, inside the same paint cycle (a guard lets the re-sent event
/// through), so the time is that of the real handler.
class Probe : public QObject
{
public:
    Probe(QTableView& table, QWidget& window, QElapsedTimer& clock)
        : m_table(table)
        , m_window(window)
        , m_clock(clock)
    {
        table.installEventFilter(this);
        table.viewport()->installEventFilter(this); // after the view's own: runs first
        window.installEventFilter(this);
        // The window applies scans from a coalescing helper's own (low-priority) event.
        for (QObject* child : window.children()) {
            if (QLatin1String(child->metaObject()->className())
                == QLatin1String("polaris::ui::SummaryCoalescer")) {
                m_coalescer = child;
                child->installEventFilter(this);
            }
        }
    }

    /// Posts the next synthetic input unless one is still waiting for its paint.
    void send()
    {
        if (m_postedNs) {
            if (m_clock.nsecsElapsed() - *m_postedNs > 5'000'000'000) {
                ++unanswered; // no paint within 5 s: give up on this one
                m_postedNs.reset();
            }
            return;
        }
        m_deliveredNs.reset();
        m_postedNs = m_clock.nsecsElapsed();
        const int rows = m_table.model()->rowCount();
        // Every input moves the current row (an input that changes nothing would wait for an
        // unrelated repaint): keys towards the middle of the first rows, clicks three rows on.
        const int current = std::max(0, m_table.currentIndex().row());
        if (m_sent % 2 == 0 || rows < 2) {
            const auto key = current < 6 ? Qt::Key_Down : Qt::Key_Up;
            QCoreApplication::postEvent(&m_table,
                                        new QKeyEvent(QEvent::KeyPress, key, Qt::NoModifier));
            QCoreApplication::postEvent(&m_table,
                                        new QKeyEvent(QEvent::KeyRelease, key, Qt::NoModifier));
            ++keys;
        } else {
            const int span = std::min(rows, 12);
            const int row =
                    (current + 3) % span == current ? (current + 1) % rows : (current + 3) % span;
            const QPoint at = m_table.visualRect(m_table.model()->index(row, 1)).center();
            for (const auto type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease}) {
                QCoreApplication::postEvent(
                        m_table.viewport(),
                        new QMouseEvent(
                                type, at, m_table.viewport()->mapToGlobal(at), Qt::LeftButton,
                                type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton,
                                Qt::NoModifier));
            }
            ++clicks;
        }
        ++m_sent;
    }

    void startCounting()
    {
        m_counting = true;
        m_countStart = m_clock.nsecsElapsed();
    }

    // Results, read after the run.
    std::vector<qint64> latencies, queueDelays, paintDurations, updateDurations;
    std::vector<qint64> applyDurations; ///< the window taking a (coalesced) ScanSummary
    std::vector<qint64> paintCpu, updateCpu, applyCpu; ///< the same, in GUI-thread CPU time
    std::vector<qint64> updatesBeforePaint; ///< updates handled between an input and its paint
    std::vector<int> paintsPerSecond;
    int keys = 0, clicks = 0, unanswered = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (m_redelivering) {
            return false;
        }
        const qint64 now = m_clock.nsecsElapsed();
        const bool input =
                (watched == &m_table && event->type() == QEvent::KeyPress)
                || (watched == m_table.viewport() && event->type() == QEvent::MouseButtonPress);
        if (input && m_postedNs && !m_deliveredNs) {
            m_deliveredNs = now;
            queueDelays.push_back(now - *m_postedNs);
        }
        const bool paint = watched == m_table.viewport() && event->type() == QEvent::Paint;
        const bool update = (watched == &m_window && event->type() == QEvent::MetaCall)
                            || (watched == m_coalescer && event->type() >= QEvent::User);
        if (!paint && !update) {
            return false;
        }
        const qint64 cpu = threadCpuNs();
        m_redelivering = true;
        QCoreApplication::sendEvent(watched, event);
        m_redelivering = false;
        const qint64 done = m_clock.nsecsElapsed();
        const qint64 cpuSpent = threadCpuNs() - cpu;
        if (update) {
            if (m_counting) {
                const bool apply = watched == m_coalescer;
                (apply ? applyDurations : updateDurations).push_back(done - now);
                (apply ? applyCpu : updateCpu).push_back(cpuSpent);
            }
            if (m_deliveredNs) {
                ++m_updatesSinceInput;
            }
            return true;
        }
        if (m_counting) {
            paintDurations.push_back(done - now);
            paintCpu.push_back(cpuSpent);
            const auto second = std::size_t((now - m_countStart) / 1'000'000'000);
            if (second >= paintsPerSecond.size()) {
                paintsPerSecond.resize(second + 1, 0);
            }
            ++paintsPerSecond[second];
        }
        if (m_postedNs && m_deliveredNs) {
            latencies.push_back(done - *m_postedNs);
            updatesBeforePaint.push_back(m_updatesSinceInput);
            m_updatesSinceInput = 0;
            m_postedNs.reset();
        }
        return true;
    }

private:
    QTableView& m_table;
    QWidget& m_window;
    QElapsedTimer& m_clock;
    std::optional<qint64> m_postedNs, m_deliveredNs;
    qint64 m_countStart = 0;
    QObject* m_coalescer = nullptr;
    qint64 m_updatesSinceInput = 0;
    int m_sent = 0;
    bool m_counting = false;
    bool m_redelivering = false;
};

/// Every event the GUI thread delivers, timed (re-sent from an application-wide filter, like the
/// probe's): which receivers and event types take the longest, to explain the tail.
class SlowEvents : public QObject
{
public:
    explicit SlowEvents(QElapsedTimer& clock)
        : m_clock(clock)
    {}

    struct Entry
    {
        int count = 0;
        qint64 totalNs = 0;
        qint64 maxNs = 0;
    };
    std::map<QString, Entry> slow; ///< "Receiver class / event type" -> events over 5 ms

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (m_depth > 0 || !m_enabled) {
            return false;
        }
        const qint64 start = m_clock.nsecsElapsed();
        ++m_depth;
        const bool handled = QCoreApplication::instance()->notify(watched, event);
        --m_depth;
        const qint64 spent = m_clock.nsecsElapsed() - start;
        if (spent > 5'000'000) {
            Entry& entry = slow[QStringLiteral("%1 / %2")
                                        .arg(QLatin1String(watched->metaObject()->className()))
                                        .arg(int(event->type()))];
            ++entry.count;
            entry.totalNs += spent;
            entry.maxNs = std::max(entry.maxNs, spent);
        }
        Q_UNUSED(handled);
        return true;
    }

public:
    bool m_enabled = false;

private:
    QElapsedTimer& m_clock;
    int m_depth = 0;
};

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Measurement time (30)."),
                      QStringLiteral("S"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("interval-ms"),
                      QStringLiteral("Time between synthetic inputs (100)."), QStringLiteral("MS"),
                      QStringLiteral("100")});
    parser.addOption({QStringLiteral("universe"), QStringLiteral("GenerateSpec of the simulator."),
                      QStringLiteral("SPEC"),
                      QStringLiteral("events=2000,outcomes=10,binaries=5000,seed=1")});
    parser.addOption({QStringLiteral("load-timeout"),
                      QStringLiteral("Seconds to wait for the feed to go live (600)."),
                      QStringLiteral("S"), QStringLiteral("600")});
    parser.process(app);
    QTextStream out(stdout);
    const auto spec = sim::GenerateSpec::parse(parser.value(QStringLiteral("universe")));
    if (!spec.ok()) {
        out << "bad --universe: " << QString::fromStdString(spec.error().detail) << '\n';
        return 2;
    }

    QTemporaryDir dir; // the user's settings and saved layout stay out of the measurement
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ui::MainWindow window;
    window.setSettings(&settings);
    ConsoleRoot::Options options;
    options.demo = true;
    options.demoUniverse = *spec;
    ConsoleRoot root(options, window);
    window.show();
    QElapsedTimer clock;
    clock.start();
    root.start();

    auto* table = window.findChild<QTableView*>(QStringLiteral("opportunitiesTable"));
    auto* feed = window.findChild<QLabel*>(QStringLiteral("feedStatus"));
    Probe probe(*table, window, clock);
    SlowEvents slowEvents(clock);
    app.installEventFilter(&slowEvents);
    std::vector<qint64> lags;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    qint64 lastBeat = 0;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastBeat) {
            lags.push_back(std::max<qint64>(0, now - lastBeat - 10'000'000));
        }
        lastBeat = now;
    });
    QTimer input;
    QObject::connect(&input, &QTimer::timeout, [&] { probe.send(); });

    double loadedAfterS = 0;
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    QTimer waitLive;
    QObject::connect(&waitLive, &QTimer::timeout, [&] {
        const bool live =
                feed->text().startsWith(QLatin1String("live")) && table->model()->rowCount() > 0;
        if (!live) {
            if (clock.elapsed() > parser.value(QStringLiteral("load-timeout")).toInt() * 1000) {
                out << "the feed did not go live in time: " << feed->text() << '\n';
                QApplication::exit(1);
            }
            return;
        }
        waitLive.stop();
        loadedAfterS = double(clock.elapsed()) / 1000;
        out << "live after " << loadedAfterS << " s: " << feed->text() << '\n';
        out.flush();
        table->setFocus();
        table->selectRow(0);
        probe.startCounting();
        slowEvents.m_enabled = true;
        heartbeat.start(10);
        input.start(parser.value(QStringLiteral("interval-ms")).toInt());
        QTimer::singleShot(seconds * 1000, [] { QApplication::exit(0); });
    });
    waitLive.start(200);

    const int code = QApplication::exec();
    if (code != 0) {
        return code;
    }
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QString load =
            loadavg.open(QIODevice::ReadOnly)
                    ? QString::fromLatin1(loadavg.readAll()).section(QLatin1Char(' '), 0, 2)
                    : QStringLiteral("?");
    std::vector<int> perSecond(probe.paintsPerSecond.begin(), probe.paintsPerSecond.end());
    if (!perSecond.empty()) {
        perSecond.pop_back(); // the last second is partial
    }
    std::sort(perSecond.begin(), perSecond.end());
    long total = 0;
    for (int paints : perSecond) {
        total += paints;
    }
    out << "universe " << parser.value(QStringLiteral("universe")) << ", live after "
        << loadedAfterS << " s, measured " << seconds << " s, load average " << load << '\n';
    out << "feed at the end: " << feed->text() << '\n';
    out << "table rows at the end: " << table->model()->rowCount() << '\n';
    out << "input-to-paint (" << probe.keys << " key presses, " << probe.clicks << " clicks, "
        << probe.unanswered << " unanswered): " << percentiles(probe.latencies) << '\n';
    out << "  posted-to-delivered: " << percentiles(probe.queueDelays) << '\n';
    std::sort(probe.updatesBeforePaint.begin(), probe.updatesBeforePaint.end());
    if (!probe.updatesBeforePaint.empty()) {
        out << "  window updates handled between input and paint: median "
            << probe.updatesBeforePaint[probe.updatesBeforePaint.size() / 2] << ", max "
            << probe.updatesBeforePaint.back() << '\n';
    }
    out << "table paint, wall: " << percentiles(probe.paintDurations) << '\n';
    out << "table paint, GUI-thread CPU: " << percentiles(probe.paintCpu) << '\n';
    out << "applying a ScanSummary (models, tabs, notifier), wall: "
        << percentiles(probe.applyDurations) << '\n';
    out << "applying a ScanSummary, GUI-thread CPU: " << percentiles(probe.applyCpu) << '\n';
    out << "queued calls from the scan thread (summary hand-over, status), wall: "
        << percentiles(probe.updateDurations) << '\n';
    if (!perSecond.empty()) {
        out << "table repaints per second over " << perSecond.size() << " s: mean "
            << double(total) / double(perSecond.size()) << ", min " << perSecond.front()
            << ", median " << perSecond[perSecond.size() / 2] << ", max " << perSecond.back()
            << '\n';
    }
    out << "event-loop lag (10 ms timer): " << percentiles(lags) << '\n';
    std::vector<std::pair<QString, SlowEvents::Entry>> slow(slowEvents.slow.begin(),
                                                            slowEvents.slow.end());
    std::sort(slow.begin(), slow.end(),
              [](const auto& a, const auto& b) { return a.second.totalNs > b.second.totalNs; });
    out << "GUI-thread events over 5 ms (receiver / QEvent::Type: count, total, max):\n";
    for (std::size_t i = 0; i < slow.size() && i < 8; ++i) {
        out << "  " << slow[i].first << ": " << slow[i].second.count << ", "
            << ms(slow[i].second.totalNs) << " ms, " << ms(slow[i].second.maxNs) << " ms\n";
    }
    return 0;
}
