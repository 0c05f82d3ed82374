#include "app/arb/ShutdownSignals.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <cerrno>

#include <fcntl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcShutdown, "polaris.arb.shutdown")

namespace {

// Shared with the signal handler, so plain lock-free objects only.
volatile std::sig_atomic_t s_writeFd = -1;
volatile std::sig_atomic_t s_signal = 0;
volatile std::sig_atomic_t s_handledMask = 0; // kIntBit | kTermBit: the signals handled here
constexpr int kIntBit = 1;
constexpr int kTermBit = 2;
bool s_instanceExists = false; // main thread only

void setDefault(int signal)
{
    struct sigaction dfl = {};
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(signal, &dfl, nullptr);
}

bool isIgnored(const struct sigaction& action)
{
    return (action.sa_flags & SA_SIGINFO) == 0 && action.sa_handler == SIG_IGN;
}

} // namespace

void ShutdownSignals::handle(int signal)
{
    const int savedErrno = errno; // the interrupted code may be about to read errno
    if (s_signal == 0) {
        s_signal = signal;
    }
    // The first signal asks for a clean stop; a second one must still be able to end the process.
    const int handled = s_handledMask;
    if (handled & kIntBit) {
        setDefault(SIGINT);
    }
    if (handled & kTermBit) {
        setDefault(SIGTERM);
    }
    const int fd = s_writeFd;
    if (fd >= 0) {
        const unsigned char byte = static_cast<unsigned char>(signal);
        if (::write(fd, &byte, 1) < 0) {
            // Pipe full (non-blocking): a byte is already waiting, which is all the reader needs.
        }
    }
    errno = savedErrno;
}

ShutdownSignals::ShutdownSignals(QObject* parent)
    : QObject(parent)
{
    Q_ASSERT(!s_instanceExists);
    if (s_instanceExists || ::pipe2(m_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        qCWarning(lcShutdown) << "no clean shutdown on SIGINT/SIGTERM: cannot create the pipe";
        m_pipe[0] = m_pipe[1] = -1;
        return;
    }
    s_instanceExists = true;
    s_signal = 0;
    s_writeFd = m_pipe[1];
    m_notifier = std::make_unique<QSocketNotifier>(m_pipe[0], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &ShutdownSignals::onPipeReadable);

    struct sigaction action = {};
    action.sa_handler = &ShutdownSignals::handle;
    sigemptyset(&action.sa_mask);
    sigaddset(&action.sa_mask, SIGINT);
    sigaddset(&action.sa_mask, SIGTERM);
    action.sa_flags = SA_RESTART; // other threads' blocking calls resume instead of failing EINTR
    s_handledMask = kIntBit | kTermBit; // narrowed below if a signal stays ignored
    const auto install = [&](int signal, struct sigaction& previous) {
        if (sigaction(signal, &action, &previous) != 0) {
            return false;
        }
        if (isIgnored(previous)) {
            // Started with the signal ignored (nohup, a background job): keep it that way.
            sigaction(signal, &previous, nullptr);
            return false;
        }
        return true;
    };
    m_ownsInt = install(SIGINT, m_previousInt);
    m_ownsTerm = install(SIGTERM, m_previousTerm);
    s_handledMask = (m_ownsInt ? kIntBit : 0) | (m_ownsTerm ? kTermBit : 0);
    m_installed = m_ownsInt || m_ownsTerm;
}

ShutdownSignals::~ShutdownSignals()
{
    if (m_pipe[1] < 0) {
        return;
    }
    // Handlers first, so no handler writes to a pipe that is being closed.
    if (m_ownsInt) {
        sigaction(SIGINT, &m_previousInt, nullptr);
    }
    if (m_ownsTerm) {
        sigaction(SIGTERM, &m_previousTerm, nullptr);
    }
    s_writeFd = -1;
    s_handledMask = 0;
    m_notifier.reset();
    ::close(m_pipe[0]);
    ::close(m_pipe[1]);
    s_instanceExists = false;
}

int ShutdownSignals::signalNumber()
{
    return s_signal;
}

int ShutdownSignals::exitCode()
{
    const int signal = s_signal;
    return signal != 0 ? 128 + signal : 0;
}

QString ShutdownSignals::signalName(int signal)
{
    switch (signal) {
    case SIGINT:
        return QStringLiteral("SIGINT");
    case SIGTERM:
        return QStringLiteral("SIGTERM");
    default:
        return QStringLiteral("signal %1").arg(signal);
    }
}

void ShutdownSignals::onPipeReadable()
{
    unsigned char bytes[16];
    while (::read(m_pipe[0], bytes, sizeof bytes) > 0) {
    }
    const int signal = s_signal;
    if (signal == 0 || !m_notifier->isEnabled()) {
        return;
    }
    m_notifier->setEnabled(false); // one stop; later signals are the default action's business
    Q_EMIT interrupted(signal);
    QCoreApplication::exit(128 + signal);
}
