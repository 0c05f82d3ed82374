#include "tests/ui/UiTestData.h"
#include "ui/MainWindow.h"
#include "ui/models/OpportunityTableModel.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace polaris;
using namespace polaris::test;
using polaris::ui::MainWindow;
using M = polaris::ui::OpportunityTableModel;

/// MainWindow's layout persistence (ui/WindowLayout): a window saved on close comes back with
/// the same size, splitter, columns, sort order, current tab and dock visibility.
class TestWindowLayout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// A window as the composition root builds it: extra tabs and a risk panel, then restore.
    std::unique_ptr<MainWindow> makeWindow(QSettings& settings)
    {
        auto window = std::make_unique<MainWindow>();
        window->setSettings(&settings);
        auto* ladder = new QLabel(QStringLiteral("bond ladder"));
        ladder->setObjectName(QStringLiteral("bondLadderView"));
        window->addViewTab(ladder, QStringLiteral("Bond ladder"));
        auto* pnl = new QLabel(QStringLiteral("pnl"));
        pnl->setObjectName(QStringLiteral("pnlView"));
        window->addViewTab(pnl, QStringLiteral("PnL"));
        window->setRiskPanel(new QLabel(QStringLiteral("risk")));
        return window;
    }

private Q_SLOTS:
    void roundTrip()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("layout.ini")), QSettings::IniFormat);
        QList<int> splitterSizes;
        {
            auto window = makeWindow(settings);
            QVERIFY(!window->restoreLayout()); // nothing saved yet
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            window->setScanSummary(
                    summaryOf({negRiskLong("a", "Alpha", "3"), negRiskLong("b", "Beta", "9")}));
            window->resize(1234, 777);
            window->findChild<QDockWidget*>(QStringLiteral("riskDock"))->hide();
            QTest::qWait(20); // the layout settles on posted events
            auto* splitter = window->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
            splitter->setSizes({700, 300});
            splitterSizes = splitter->sizes();
            // Another view hides the detail pane; coming back gives the same split.
            window->showTab(2);
            QVERIFY(!window->findChild<QWidget*>(QStringLiteral("detailView"))->isVisible());
            window->showTab(1);
            QTest::qWait(20);
            QCOMPARE(splitter->sizes(), splitterSizes);
            auto* table = window->findChild<QTableView*>(QStringLiteral("opportunitiesTable"));
            table->setColumnWidth(M::EventColumn, 333);
            table->horizontalHeader()->hideSection(M::LegsColumn);
            table->sortByColumn(M::EventColumn, Qt::AscendingOrder);
            QCOMPARE(table->model()->index(0, M::EventColumn).data().toString(),
                     QStringLiteral("Alpha"));
            window->showTab(3);
            QVERIFY(window->close()); // saves
        }
        QVERIFY(settings.contains(QStringLiteral("window/geometry")));

        auto window = makeWindow(settings);
        // A tab inserted by a newer version must not shift the remembered tab.
        auto* inserted = new QLabel(QStringLiteral("new"));
        inserted->setObjectName(QStringLiteral("newView"));
        window->findChild<QTabWidget*>(QStringLiteral("opportunityTabs"))
                ->insertTab(2, inserted, QStringLiteral("New"));
        QVERIFY(window->restoreLayout());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->setScanSummary(
                summaryOf({negRiskLong("a", "Alpha", "3"), negRiskLong("b", "Beta", "9")}));
        QCOMPARE(window->size(), QSize(1234, 777));
        auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("opportunityTabs"));
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("pnlView"));
        QVERIFY(!window->findChild<QDockWidget*>(QStringLiteral("riskDock"))->isVisible());
        auto* table = window->findChild<QTableView*>(QStringLiteral("opportunitiesTable"));
        QCOMPARE(table->columnWidth(M::EventColumn), 333);
        QVERIFY(table->horizontalHeader()->isSectionHidden(M::LegsColumn));
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(M::EventColumn));
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(table->model()->index(0, M::EventColumn).data().toString(),
                 QStringLiteral("Alpha")); // sorted as saved, not by net profit
        // The splitter sits in the opportunities tab, hidden while another tab is current.
        window->showTab(0);
        QCOMPARE(window->findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes(),
                 splitterSizes);
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
