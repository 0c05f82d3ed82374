#include "ui/TrayAnnouncer.h"

#include "ui/models/DisplayFormat.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace polaris::ui {

namespace {

constexpr int kLinesShown = 3;
constexpr int kStatusMessageMs = 15'000;

QString line(const Opportunity& opportunity)
{
    return TrayAnnouncer::tr("%1 · %2 · %3 USDC net (%4)")
            .arg(display::strategyCodeText(opportunity.strategy),
                 QString::fromStdString(opportunity.eventTitle),
                 display::money(opportunity.netProfit), display::percent(opportunity.netProfitPct));
}

} // namespace

TrayAnnouncer::TrayAnnouncer(QMainWindow& window)
    : QObject(&window)
    , m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        return;
    }
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setToolTip(tr("Polaris"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayAnnouncer::bringForward);
    connect(m_tray, &QSystemTrayIcon::activated, this, &TrayAnnouncer::bringForward);
    m_tray->show();
}

QString TrayAnnouncer::title(const std::vector<Opportunity>& opportunities, Decimal threshold)
{
    if (opportunities.size() == 1) {
        return tr("New opportunity: %1 USDC").arg(display::money(opportunities.front().netProfit));
    }
    return tr("%1 new opportunities ≥ %2 USDC")
            .arg(opportunities.size())
            .arg(QString::fromStdString(threshold.toString()));
}

QString TrayAnnouncer::body(const std::vector<Opportunity>& opportunities)
{
    QStringList lines;
    for (std::size_t i = 0; i < opportunities.size() && i < std::size_t(kLinesShown); ++i) {
        lines << line(opportunities[i]);
    }
    if (opportunities.size() > std::size_t(kLinesShown)) {
        lines << tr("and %1 more").arg(opportunities.size() - std::size_t(kLinesShown));
    }
    return lines.join(QLatin1Char('\n'));
}

void TrayAnnouncer::announce(const std::vector<Opportunity>& opportunities, Decimal threshold)
{
    if (opportunities.empty()) {
        return;
    }
    const QString heading = title(opportunities, threshold);
    if (m_tray) {
        m_tray->showMessage(heading, body(opportunities), QApplication::windowIcon());
        return;
    }
    // No tray: one line in the status bar, the best opportunity named.
    m_window.statusBar()->showMessage(tr("%1 — %2").arg(heading, line(opportunities.front())),
                                      kStatusMessageMs);
}

void TrayAnnouncer::bringForward()
{
    m_window.showNormal();
    m_window.raise();
    m_window.activateWindow();
    Q_EMIT opened();
}

} // namespace polaris::ui
