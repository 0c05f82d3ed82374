#include "ui/MainWindow.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QVBoxLayout>

namespace polaris::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Polaris"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("simulatedBanner"));
    m_banner->setStyleSheet(QStringLiteral("background:#b35900;color:white;font-weight:bold;padding:6px;"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);
    m_headline = new QLabel(tr("Connecting to market data…"), central);
    m_headline->setObjectName(QStringLiteral("headline"));
    layout->addWidget(m_headline);
    m_opportunities = new QPlainTextEdit(central);
    m_opportunities->setObjectName(QStringLiteral("opportunities"));
    m_opportunities->setReadOnly(true);
    m_opportunities->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_opportunities, 1);
    setCentralWidget(central);
    m_source = new QLabel(this);
    m_feed = new QLabel(this);
    m_feed->setObjectName(QStringLiteral("feedStatus"));
    statusBar()->addWidget(m_source);
    statusBar()->addPermanentWidget(m_feed);
    resize(1200, 760);
}

void MainWindow::setSimulatedBanner(const QString& reason)
{
    m_banner->setText(tr("SIMULATED DATA — %1").arg(reason));
    m_banner->setVisible(!reason.isEmpty());
}

void MainWindow::setSource(const QString& source)
{
    m_source->setText(source);
}

void MainWindow::showMessage(const QString& message)
{
    m_headline->setText(message);
}

void MainWindow::setMarketDataStatus(const MarketDataStatus& status)
{
    m_feed->setText(tr("%1 · %2 events · books %3 live / %4 stale / %5 invalid · %6 msg/s · feeds %7/%8")
                            .arg(QLatin1String(marketDataPhaseName(status.phase)))
                            .arg(status.events)
                            .arg(status.booksLive)
                            .arg(status.booksStale)
                            .arg(status.booksInvalid)
                            .arg(status.messagesPerSecond, 0, 'f', 0)
                            .arg(status.shardsUp)
                            .arg(status.shardsTotal));
}

void MainWindow::setScanSummary(const ScanSummary& summary)
{
    QStringList perStrategy;
    for (const Strategy strategy : {Strategy::NegRiskLong, Strategy::NegRiskShort, Strategy::BinaryComplement,
                                    Strategy::NoConversion, Strategy::Bond, Strategy::TailEnd}) {
        perStrategy << QStringLiteral("%1: %2").arg(QLatin1String(strategyCode(strategy)))
                               .arg(summary.perStrategy[static_cast<std::size_t>(strategy)]);
    }
    m_headline->setText(tr("%1 opportunities (%2) · %3 near-misses · full scan %4 ms")
                                .arg(summary.opportunities.size())
                                .arg(perStrategy.join(QStringLiteral(", ")))
                                .arg(summary.refusals)
                                .arg(summary.lastFullScanMs, 0, 'f', 1));
    QString text;
    const std::size_t shown = std::min<std::size_t>(summary.opportunities.size(), 200);
    for (std::size_t i = 0; i < shown; ++i) {
        const Opportunity& o = summary.opportunities[i];
        text += QStringLiteral("%1  %2  q=%3  cost=%4  profit=%5  (%6 %)\n")
                        .arg(QString::fromLatin1(strategyCode(o.strategy)).leftJustified(3))
                        .arg(QString::fromStdString(o.eventTitle).left(48).leftJustified(48))
                        .arg(QString::fromStdString(o.shares.toString()).rightJustified(8))
                        .arg(QString::fromStdString(o.cost.toFixed(2)).rightJustified(10))
                        .arg(QString::fromStdString(o.netProfit.toFixed(2)).rightJustified(8))
                        .arg(o.netProfitPct * 100, 0, 'f', 2);
    }
    m_opportunities->setPlainText(text);
}

} // namespace polaris::ui
