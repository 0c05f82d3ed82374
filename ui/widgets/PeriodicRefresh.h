#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace polaris::ui {

/// Keeps a database-backed view current without ever blocking the GUI: asks for a read once the
/// event loop runs (so whoever creates the view can set it up first), whenever the view is shown
/// (the timer skips hidden views), and every interval while it is visible, but never while the
/// view's previous read still runs (a read in flight is fresh enough, and a slow database must
/// not queue reads up). The view does the reading; this only decides when.
/// Owned by the view, on the GUI thread.
class PeriodicRefresh : public QObject
{
    Q_OBJECT
public:
    /// `reading` says whether the view's read is still running; `read` starts one.
    PeriodicRefresh(QWidget* view,
                    int intervalMs,
                    std::function<bool()> reading,
                    std::function<void()> read);

    void setIntervalMs(int ms) { m_timer.setInterval(ms); }
    int intervalMs() const { return m_timer.interval(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void readUnlessReading();

    QWidget* m_view;
    QTimer m_timer;
    std::function<bool()> m_reading;
    std::function<void()> m_read;
};

} // namespace polaris::ui
