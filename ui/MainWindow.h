#pragma once

#include <QMainWindow>

class QLabel;

namespace polaris::ui {

/// The console's main window. It only assembles views; the views come with later work
/// (opportunities, bond ladder, PnL, risk panel). Lives on the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    /// Shows the banner that says the data is simulated (and why), or hides it.
    void setSimulatedBanner(const QString& reason);
    /// One line of status (books live / stale, messages) for the status bar.
    void setFeedStatus(const QString& text);

private:
    QLabel* m_banner = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_feedStatus = nullptr;
};

} // namespace polaris::ui
