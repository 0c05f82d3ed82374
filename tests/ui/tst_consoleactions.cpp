#include "core/secrets/MemorySecretStore.h"
#include "ui/ConsoleActions.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/KeysDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/ShortcutsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace polaris;
using polaris::ui::ConsoleActions;
using polaris::ui::MainWindow;

/// The menu bar and the keyboard shortcuts of the main window: each shortcut, pressed on the
/// real window, does what its menu entry says.
class TestConsoleActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    secrets::MemorySecretStore m_store;
    std::unique_ptr<MainWindow> m_window;

    void press(int key, Qt::KeyboardModifiers modifiers = Qt::ControlModifier)
    {
        QTest::keyClick(m_window.get(), Qt::Key(key), modifiers);
    }
    template <class T> T* openDialog()
    {
        T* dialog = nullptr;
        for (T* candidate : m_window->findChildren<T*>()) {
            if (candidate->isVisible()) {
                dialog = candidate;
            }
        }
        return dialog;
    }

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")),
                                                 QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>();
        m_window->setSettings(m_settings.get());
        m_window->setSecretStore(&m_store);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void menuBarHoldsTheActions()
    {
        QStringList menus;
        for (QAction* action : m_window->menuBar()->actions()) {
            menus << action->text();
        }
        QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&View"),
                                     QStringLiteral("&Tools"), QStringLiteral("&Help")}));
        QAction* settings = m_window->actions().action(ConsoleActions::Command::Settings);
        QCOMPARE(settings->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    }

    void settingsAndKeysOpenTheirDialogs()
    {
        press(Qt::Key_Comma);
        auto* settings = openDialog<ui::SettingsDialog>();
        QVERIFY(settings);
        // A second Ctrl+, raises the same dialog rather than stacking another.
        m_window->openSettings();
        QCOMPARE(m_window->findChildren<ui::SettingsDialog*>().size(), 1);
        settings->reject();
        QTRY_VERIFY(!openDialog<ui::SettingsDialog>());

        press(Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        auto* keys = openDialog<ui::KeysDialog>();
        QVERIFY(keys);
        QCOMPARE(keys->findChild<QLabel*>(QStringLiteral("privateKeyStatus"))->text(),
                 QStringLiteral("not set")); // the store given to the window
        keys->reject();
        QTRY_VERIFY(!openDialog<ui::KeysDialog>());
    }

    void savedThresholdsReachTheWindowSignal()
    {
        QSignalSpy changed(m_window.get(), &MainWindow::arbConfigChanged);
        m_window->openSettings();
        auto* dialog = openDialog<ui::SettingsDialog>();
        QVERIFY(dialog);
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("arb_bond_min_price"));
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("0.94"));
        auto* notify = dialog->findChild<QLineEdit*>(QStringLiteral("notifyMinNetProfit"));
        notify->selectAll();
        QTest::keyClicks(notify, QStringLiteral("1.25"));
        dialog->accept();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<ArbConfig>().bondMinPrice, Decimal::fromMicros(940'000));
        QCOMPARE(m_window->notifier().minNetProfit(), Decimal::fromMicros(1'250'000));
    }

    void refreshTabsAndNearMisses()
    {
        QSignalSpy refresh(m_window.get(), &MainWindow::refreshRequested);
        press(Qt::Key_F5, Qt::NoModifier);
        press(Qt::Key_R);
        QCOMPARE(refresh.count(), 2);

        auto* view = new QLabel(QStringLiteral("bonds"));
        view->setObjectName(QStringLiteral("bondLadderView"));
        m_window->addViewTab(view, QStringLiteral("Bond ladder"),
                             QKeySequence(Qt::CTRL | Qt::Key_B));
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("opportunityTabs"));
        press(Qt::Key_2);
        QCOMPARE(tabs->currentIndex(), 1);
        press(Qt::Key_3);
        QCOMPARE(tabs->currentIndex(), 2);
        // The filter bar and the detail pane belong to the scanner tabs.
        QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("filterBar"))->isVisible());
        press(Qt::Key_1);
        QCOMPARE(tabs->currentIndex(), 0);
        QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("filterBar"))->isVisible());
        press(Qt::Key_9); // no ninth tab: nothing happens
        QCOMPARE(tabs->currentIndex(), 0);
        press(Qt::Key_B);
        QCOMPARE(tabs->currentIndex(), 2);
        press(Qt::Key_M); // from another view, Ctrl+M goes to the opportunities
        QCOMPARE(tabs->currentIndex(), 0);
        press(Qt::Key_M);
        QCOMPARE(tabs->currentIndex(), 1);
        press(Qt::Key_F);
        QCOMPARE(tabs->currentIndex(), 1);
        QTRY_VERIFY(m_window->findChild<QLineEdit*>(QStringLiteral("search"))->hasFocus());
    }

    void approvalHooksAndRiskPanel()
    {
        QSignalSpy approve(m_window.get(), &MainWindow::approveSelectedRequested);
        QSignalSpy reject(m_window.get(), &MainWindow::rejectSelectedRequested);
        press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(approve.count(), 0); // no risk panel yet: disabled
        m_window->setRiskPanel(new QLabel(QStringLiteral("risk")));
        press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        press(Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(approve.count(), 1);
        QCOMPARE(reject.count(), 1);
        auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("riskDock"));
        QVERIFY(dock->isVisible());
        press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!dock->isVisible());
        press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(dock->isVisible());
    }

    void shortcutsDialogListsThem()
    {
        m_window->setRiskPanel(new QLabel(QStringLiteral("risk")));
        press(Qt::Key_Slash);
        auto* dialog = openDialog<ui::ShortcutsDialog>();
        QVERIFY(dialog);
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("shortcutsTable"));
        QHash<QString, QString> rows;
        for (int row = 0; row < table->rowCount(); ++row) {
            rows.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
        }
        QCOMPARE(rows.value(QStringLiteral("Settings")).left(6), QStringLiteral("Ctrl+,"));
        QCOMPARE(rows.value(QStringLiteral("Keys")), QStringLiteral("Ctrl+Shift+K"));
        QCOMPARE(rows.value(QStringLiteral("Refresh")), QStringLiteral("F5 or Ctrl+R"));
        QCOMPARE(rows.value(QStringLiteral("Filter")), QStringLiteral("Ctrl+F"));
        QCOMPARE(rows.value(QStringLiteral("Opportunities / near-misses")),
                 QStringLiteral("Ctrl+M"));
        QCOMPARE(rows.value(QStringLiteral("Show Near-misses")), QStringLiteral("Ctrl+2"));
        QCOMPARE(rows.value(QStringLiteral("Approve selected")), QStringLiteral("Ctrl+Shift+A"));
        QCOMPARE(rows.value(QStringLiteral("Risk panel")), QStringLiteral("Ctrl+Shift+R"));
        QVERIFY(!rows.contains(QStringLiteral("Show ")));
        QCOMPARE(rows.value(QStringLiteral("Ask for approval")),
                 QStringLiteral("Ctrl+Return or Ctrl+Enter"));
        dialog->reject();
    }

    /// Chinese menus put the mnemonic in parentheses after the text: "设置(&S)…" lists as "设置".
    void shortcutsDialogDropsCjkMnemonics()
    {
        QAction settings(QString::fromUtf8("设置(&S)…"));
        settings.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QAction both(QStringLiteral("R&&D (&R)"));
        both.setShortcut(QKeySequence(Qt::Key_F2));
        ui::ShortcutsDialog dialog({&settings, &both});
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("shortcutsTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QString::fromUtf8("设置"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("R&D")); // "&&" is a literal "&"
    }
};

QTEST_MAIN(TestConsoleActions)
#include "tst_consoleactions.moc"
