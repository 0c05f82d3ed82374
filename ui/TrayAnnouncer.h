#pragma once

#include "core/money/Decimal.h"
#include "core/strategies/Opportunity.h"

#include <QObject>
#include <QString>

#include <vector>

class QMainWindow;
class QSystemTrayIcon;

namespace polaris::ui {

/// Shows what OpportunityNotifier decided to announce: a system-tray notification with the
/// application icon when the desktop has a tray, else a message in the window's status bar
/// (offscreen, minimal window managers). Clicking the notification or the icon brings the
/// window forward. Owned by the window; GUI thread.
class TrayAnnouncer : public QObject
{
    Q_OBJECT
public:
    explicit TrayAnnouncer(QMainWindow& window);

    bool hasTray() const { return m_tray != nullptr; }
    void announce(const std::vector<Opportunity>& opportunities, Decimal threshold);

    /// "New opportunity: 12.35 USDC" / "3 new opportunities ≥ 5 USDC".
    static QString title(const std::vector<Opportunity>& opportunities, Decimal threshold);
    /// One line per opportunity (the best three), then "and N more".
    static QString body(const std::vector<Opportunity>& opportunities);

Q_SIGNALS:
    /// The user clicked the notification: the window shows the opportunities.
    void opened();

private:
    void bringForward();

    QMainWindow& m_window;
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace polaris::ui
