#include "app/arb/ShutdownSignals.h"
#include "core/snapshot/Snapshot.h"
#include "core/storage/DatabaseUrl.h"
#include "core/storage/StorageQueries.h"
#include "tests/app/CliHarness.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

#include <signal.h>

using namespace polaris;
using namespace polaris::test;

namespace {

QString binDir()
{
    return QString::fromLocal8Bit(qgetenv("POLARIS_BIN_DIR"));
}

/// A child process that never outlives the test: killed when this goes out of scope.
class Child
{
public:
    explicit Child(const QProcessEnvironment& environment)
    {
        m_process.setProcessEnvironment(environment);
    }
    ~Child()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5'000);
        }
    }
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    QProcess& process() { return m_process; }
    const QByteArray& out() const { return m_out; }
    const QByteArray& err() const { return m_err; }

    /// Waits (bounded) until `done` holds for what the child printed so far.
    template <typename Predicate> bool waitFor(Predicate done, int timeoutMs)
    {
        return QTest::qWaitFor(
                [&] {
                    drain();
                    return done();
                },
                timeoutMs);
    }
    /// Sends `signal` and waits (bounded) for the exit; false if it is still running.
    bool signalAndWait(int signal, int timeoutMs)
    {
        if (::kill(pid_t(m_process.processId()), signal) != 0) {
            return false;
        }
        const bool finished = m_process.waitForFinished(timeoutMs);
        drain();
        return finished;
    }

private:
    void drain()
    {
        m_out += m_process.readAllStandardOutput();
        m_err += m_process.readAllStandardError();
    }

    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

/// Checks a continuous `scan --json` stream (the indented document, then one compact object per
/// line, the last one complete) and replays it into the ids open at its end. Empty when valid.
QString streamProblem(const QByteArray& out, QSet<QString>& open)
{
    const qsizetype documentEnd = out.indexOf("\n}\n");
    if (documentEnd < 0) {
        return QStringLiteral("no complete first document");
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(out.left(documentEnd + 3), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return QStringLiteral("first document: %1").arg(error.errorString());
    }
    for (const QJsonValue& o : document.object().value(QStringLiteral("opportunities")).toArray()) {
        open.insert(o.toObject().value(QStringLiteral("id")).toString());
    }
    if (!out.endsWith('\n')) {
        return QStringLiteral("stdout ends inside a line");
    }
    const QList<QByteArray> lines = out.mid(documentEnd + 3).split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) { // the last piece is after the final \n
        const QJsonObject line = QJsonDocument::fromJson(lines[i], &error).object();
        const QString type = line.value(QStringLiteral("type")).toString();
        const QString id = line.value(QStringLiteral("id")).toString();
        if (error.error != QJsonParseError::NoError || id.isEmpty()) {
            return QStringLiteral("line %1 is not a change: %2")
                    .arg(i + 1)
                    .arg(QString::fromUtf8(lines[i].left(200)));
        }
        if (type == QLatin1String("appeared")) {
            open.insert(id);
        } else if (type == QLatin1String("disappeared")) {
            open.remove(id);
        } else if (type != QLatin1String("changed") || !open.contains(id)) {
            return QStringLiteral("line %1: unexpected %2 of %3").arg(i + 1).arg(type, id);
        }
    }
    return {};
}

bool isDefault(int signal)
{
    struct sigaction current = {};
    sigaction(signal, nullptr, &current);
    return current.sa_handler == SIG_DFL;
}

/// Raises `signal` from inside the application's event loop and returns the loop's exit code
/// (-1 if nothing ended it within 5 s). QCoreApplication::exec(), not a QEventLoop: after
/// QCoreApplication::exit() only the former runs again.
int runLoopAndRaise(int signal)
{
    QTimer::singleShot(0, [signal] { std::raise(signal); });
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, [] { QCoreApplication::exit(-1); });
    guard.start(5'000);
    return QCoreApplication::exec();
}

volatile std::sig_atomic_t s_previousHandlerCalls = 0;

void previousHandler(int)
{
    s_previousHandlerCalls = s_previousHandlerCalls + 1;
}

} // namespace

/// SIGINT/SIGTERM stop polaris-arb cleanly: ShutdownSignals in this process, then the real
/// executables against polaris-sim on 127.0.0.1 (continuous scan with its database, record).
class TestArbSignals : public QObject
{
    Q_OBJECT

private:
    QProcess m_sim;
    QProcessEnvironment m_env;
    QTemporaryDir m_tmp;
    QStringList m_venue;

private Q_SLOTS:
    void initTestCase()
    {
        // A shell that starts this test in the background without job control ignores SIGINT,
        // and ignored signals are inherited by the children (ShutdownSignals keeps them ignored).
        std::signal(SIGINT, SIG_DFL);
        QVERIFY(m_tmp.isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        for (const char* name :
             {"POLARIS_GAMMA_URL", "POLARIS_CLOB_URL", "POLARIS_WS_URL", "POLARIS_DB_URL"}) {
            m_env.remove(QLatin1String(name));
        }
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.path() + QStringLiteral("/config"));
        m_env.insert(QStringLiteral("HOME"), m_tmp.path());
        if (binDir().isEmpty()) {
            return; // the in-process tests still run; the executables' tests skip
        }
        m_sim.setProcessEnvironment(m_env);
        const QList<QByteArray> lines = startSimulator(m_sim, binDir(), 55);
        QVERIFY(!lines.isEmpty());
        QVERIFY(lines[1].startsWith("gamma: http://127.0.0.1:"));
        QVERIFY(lines[3].startsWith("ws:    ws://127.0.0.1:"));
        const QString http = QString::fromUtf8(lines[1].mid(7));
        m_venue = QStringList{QStringLiteral("--gamma-url"), http,
                              QStringLiteral("--clob-url"),  http,
                              QStringLiteral("--ws-url"),    QString::fromUtf8(lines[3].mid(7))};
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

    void firstSignalExitsTheLoopThenDefaultsApply()
    {
        struct sigaction custom = {};
        custom.sa_handler = &previousHandler;
        sigemptyset(&custom.sa_mask);
        struct sigaction intBefore = {};
        struct sigaction termBefore = {};
        QCOMPARE(sigaction(SIGINT, &custom, &intBefore), 0);
        QCOMPARE(sigaction(SIGTERM, nullptr, &termBefore), 0); // QtTest's crash handler
        const auto restore = qScopeGuard([&] { sigaction(SIGINT, &intBefore, nullptr); });
        {
            ShutdownSignals shutdown;
            QVERIFY(shutdown.isInstalled());
            QCOMPARE(ShutdownSignals::signalNumber(), 0);
            QCOMPARE(ShutdownSignals::exitCode(), 0);
            QSignalSpy interrupted(&shutdown, &ShutdownSignals::interrupted);
            QCOMPARE(runLoopAndRaise(SIGINT), 130);
            QCOMPARE(interrupted.count(), 1);
            QCOMPARE(interrupted.at(0).at(0).toInt(), SIGINT);
            QCOMPARE(ShutdownSignals::signalNumber(), SIGINT);
            QCOMPARE(ShutdownSignals::signalName(SIGINT), QStringLiteral("SIGINT"));
            // A second Ctrl+C (or a SIGTERM) while shutting down would now end the process.
            QVERIFY(isDefault(SIGINT));
            QVERIFY(isDefault(SIGTERM));
            QCOMPARE(s_previousHandlerCalls, 0);
        }
        // The destructor put the previous handlers back.
        struct sigaction after = {};
        sigaction(SIGINT, nullptr, &after);
        QVERIFY(after.sa_handler == &previousHandler);
        sigaction(SIGTERM, nullptr, &after);
        QVERIFY(after.sa_sigaction == termBefore.sa_sigaction);
        QCOMPARE(after.sa_flags, termBefore.sa_flags);
    }

    void sigtermExitsWith143()
    {
        ShutdownSignals shutdown;
        QVERIFY(shutdown.isInstalled());
        QCOMPARE(runLoopAndRaise(SIGTERM), 143);
        QCOMPARE(ShutdownSignals::signalNumber(), SIGTERM);
        QCOMPARE(ShutdownSignals::exitCode(), 143);
        QCOMPARE(ShutdownSignals::signalName(SIGTERM), QStringLiteral("SIGTERM"));
    }

    void ignoredSignalStaysIgnored()
    {
        struct sigaction ignore = {};
        ignore.sa_handler = SIG_IGN;
        sigemptyset(&ignore.sa_mask);
        struct sigaction before = {};
        QCOMPARE(sigaction(SIGINT, &ignore, &before), 0);
        const auto restore = qScopeGuard([&] { sigaction(SIGINT, &before, nullptr); });
        ShutdownSignals shutdown;
        QVERIFY(shutdown.isInstalled()); // SIGTERM still is
        struct sigaction current = {};
        sigaction(SIGINT, nullptr, &current);
        QVERIFY(current.sa_handler == SIG_IGN);
        std::raise(SIGINT);
        QTest::qWait(50);
        QCOMPARE(ShutdownSignals::signalNumber(), 0);
    }

    void scanClosesItsEpisodesOnSignal_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("SIGINT") << int(SIGINT) << 130;
        QTest::newRow("SIGTERM") << int(SIGTERM) << 143;
    }

    void scanClosesItsEpisodesOnSignal()
    {
        if (m_venue.isEmpty()) {
            QSKIP("POLARIS_BIN_DIR not set (run through ctest)");
        }
        QFETCH(int, signal);
        QFETCH(int, exitCode);
        const QString name = ShutdownSignals::signalName(signal);
        const QString db = m_tmp.filePath(name + QStringLiteral(".sqlite"));
        Child arb(m_env);
        arb.process().start(binDir() + QStringLiteral("/arb/polaris-arb"),
                            m_venue + words("scan --json --db") << db);
        QVERIFY(arb.process().waitForStarted(10'000));
        QVERIFY2(arb.waitFor([&] { return arb.out().contains("\n}\n"); }, 30'000),
                 arb.err().constData());
        QTest::qWait(1'000); // the simulator ticks every 100 ms: changes are printed meanwhile
        QVERIFY(arb.signalAndWait(signal, 20'000));
        QCOMPARE(arb.process().exitStatus(), QProcess::NormalExit);
        QVERIFY2(arb.process().exitCode() == exitCode, arb.err().constData());

        QSet<QString> open;
        const QString problem = streamProblem(arb.out(), open);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QRegularExpression said(
                QStringLiteral("polaris-arb: interrupted \\(%1\\), (\\d+) opportunit(y|ies) open "
                               "at exit, episodes closed\n")
                        .arg(name));
        const auto match = said.match(QString::fromUtf8(arb.err()));
        QVERIFY2(match.hasMatch(), arb.err().constData());
        // What stdout says is open is exactly what the scan had when it stopped.
        QCOMPARE(match.captured(1).toInt(), int(open.size()));
        // Bonds (strategy F) stay open in this universe, so episodes were open at the signal.
        QVERIFY(!open.isEmpty());

        const StorageStatus status = StorageQueries::status(*DatabaseUrl::parse(db));
        QVERIFY2(status.reachable, qPrintable(status.error));
        QCOMPARE(status.scanRuns, qint64(1));
        QVERIFY(status.episodes >= qint64(open.size()));
        QCOMPARE(status.openEpisodes, qint64(0));
    }

    void recordKeepsWhatItRecordedOnSignal()
    {
        if (m_venue.isEmpty()) {
            QSKIP("POLARIS_BIN_DIR not set (run through ctest)");
        }
        const QString dir = m_tmp.filePath(QStringLiteral("recording"));
        const qint64 before = nowMs();
        Child arb(m_env);
        arb.process().start(binDir() + QStringLiteral("/arb/polaris-arb"),
                            m_venue + words("record --duration 50 --out") << dir);
        QVERIFY(arb.process().waitForStarted(10'000));
        QVERIFY2(arb.waitFor([&] { return arb.err().contains("recording frames for 50 s"); },
                             30'000),
                 arb.err().constData());
        QTest::qWait(1'000);
        const qint64 signalled = nowMs();
        QVERIFY(arb.signalAndWait(SIGINT, 20'000));
        QCOMPARE(arb.process().exitStatus(), QProcess::NormalExit);
        QVERIFY2(arb.process().exitCode() == 130, arb.err().constData());
        QVERIFY2(arb.err().contains("polaris-arb: interrupted (SIGINT) after "),
                 arb.err().constData());
        QVERIFY2(arb.err().contains(" s of frames; writing the snapshot with what was recorded\n"),
                 arb.err().constData());
        const QRegularExpression wrote(
                QStringLiteral("^wrote (.+): 16 events, 84 books, (\\d+) frames\n$"));
        const auto match = wrote.match(QString::fromUtf8(arb.out()));
        QVERIFY2(match.hasMatch(), arb.out().constData());
        QCOMPARE(match.captured(1), dir);
        const int frames = match.captured(2).toInt();
        QVERIFY(frames > 0);

        std::vector<Error> warnings;
        const auto snapshot = Snapshot::load(dir, &warnings);
        QVERIFY2(snapshot.ok(), snapshot.ok() ? "" : snapshot.error().detail.c_str());
        QVERIFY(warnings.empty());
        QCOMPARE(int(snapshot->frames.size()), frames);
        QCOMPARE(QJsonDocument::fromJson(snapshot->eventsJson).array().size(), 16);
        QCOMPARE(QJsonDocument::fromJson(snapshot->booksJson).array().size(), 84);
        QVERIFY(snapshot->meta.capturedAtMs >= before && snapshot->meta.capturedAtMs <= signalled);
    }
};

QTEST_GUILESS_MAIN(TestArbSignals)
#include "tst_arbsignals.moc"
