#include "ui/widgets/PeriodicRefresh.h"

#include <QEvent>
#include <QWidget>

namespace polaris::ui {

PeriodicRefresh::PeriodicRefresh(QWidget* view,
                                 int intervalMs,
                                 std::function<bool()> reading,
                                 std::function<void()> read)
    : QObject(view)
    , m_view(view)
    , m_reading(std::move(reading))
    , m_read(std::move(read))
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_view->isVisible()) {
            readUnlessReading();
        }
    });
    m_timer.start();
    view->installEventFilter(this);
    QTimer::singleShot(0, this, &PeriodicRefresh::readUnlessReading);
}

bool PeriodicRefresh::eventFilter(QObject* watched, QEvent* event)
{
    // Shown by the program (a tab brought forward), not a window manager's re-show.
    if (watched == m_view && event->type() == QEvent::Show && !event->spontaneous()) {
        readUnlessReading();
    }
    return false;
}

void PeriodicRefresh::readUnlessReading()
{
    if (!m_reading()) {
        m_read();
    }
}

} // namespace polaris::ui
