#include "ui/MainWindow.h"

#include <QLabel>
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
    m_banner->setVisible(false);
    layout->addWidget(m_banner);
    m_summary = new QLabel(tr("Market data is loading…"), central);
    m_summary->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_summary, 1);
    setCentralWidget(central);
    m_feedStatus = new QLabel(this);
    statusBar()->addPermanentWidget(m_feedStatus);
    resize(1200, 760);
}

void MainWindow::setSimulatedBanner(const QString& reason)
{
    m_banner->setText(tr("SIMULATED DATA — %1").arg(reason));
    m_banner->setVisible(!reason.isEmpty());
}

void MainWindow::setFeedStatus(const QString& text)
{
    m_feedStatus->setText(text);
    m_summary->setText(text);
}

} // namespace polaris::ui
