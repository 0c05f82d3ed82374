#pragma once

#include <QObject>
#include <QString>

#include <csignal>
#include <memory>

class QSocketNotifier;

/// Turns SIGINT and SIGTERM into a clean stop of the Qt event loop, for the long-running
/// polaris-arb commands. The signal handler only does async-signal-safe work: it remembers the
/// first signal, puts SIG_DFL back (so a second Ctrl+C kills a process stuck while shutting
/// down) and writes the signal number to a self-pipe. A QSocketNotifier on the pipe, on the
/// thread that created this object (the main thread), then emits interrupted() and exits the
/// event loop with 128 + signal (130 for SIGINT, 143 for SIGTERM, as shells report them). A
/// signal that arrives while no event loop runs is still remembered: see signalNumber(). The
/// destructor restores the previous handlers. At most one instance exists at a time.
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject* parent = nullptr);
    ~ShutdownSignals() override;

    /// False if the pipe or the handlers could not be set up (the signals then act as before).
    bool isInstalled() const { return m_installed; }
    /// The first SIGINT/SIGTERM received since the last ShutdownSignals was created, or 0.
    static int signalNumber();
    /// 128 + signalNumber(), or 0 when no signal arrived.
    static int exitCode();
    /// "SIGINT", "SIGTERM" or "signal N".
    static QString signalName(int signal);

Q_SIGNALS:
    /// On the owner's thread, before the event loop is asked to exit: stop producing output here.
    void interrupted(int signal);

private:
    void onPipeReadable();
    static void handle(int signal);

    bool m_installed = false;
    int m_pipe[2] = {-1, -1};
    struct sigaction m_previousInt = {};
    struct sigaction m_previousTerm = {};
    bool m_ownsInt = false;
    bool m_ownsTerm = false;
    std::unique_ptr<QSocketNotifier> m_notifier;
};
