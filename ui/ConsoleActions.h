#pragma once

#include <QList>
#include <QObject>

class QAction;
class QKeySequence;
class QMainWindow;
class QMenu;
class QTabWidget;

namespace polaris::ui {

/// The console's commands as QActions with their keyboard shortcuts, laid out in a menu bar
/// (File, View, Tools, Help). Each action is also added to the window itself, so its shortcut
/// works whether or not the menu bar is shown (native menu bars, full screen). Only creates and
/// lays out; the window connects the actions to what they do. GUI thread, owned by the window.
class ConsoleActions : public QObject
{
    Q_OBJECT
public:
    enum class Command {
        Settings,
        Keys,
        Quit,
        Refresh,
        Find,
        NearMisses,
        AskApproval,
        ApproveSelected,
        RejectSelected,
        Shortcuts,
        About,
    };
    static constexpr int kTabShortcuts = 9; ///< Ctrl+1 .. Ctrl+9

    explicit ConsoleActions(QMainWindow& window);

    QAction* action(Command command) const;
    /// Ctrl+(index+1): shows tab `index` of the window's tabs; disabled while there is none.
    QAction* tabAction(int index) const;
    /// Names the tab actions after the tabs' current titles (and enables those that exist).
    void setTabTitles(const QTabWidget& tabs);
    /// An extra action in View ▸ Go to, for a view added with its own shortcut.
    QAction* addGoToAction(const QString& title, const QKeySequence& shortcut);
    /// Adds a checkable "show this panel" action (a dock's toggleViewAction) to the View menu.
    void addPanelToggle(QAction* toggle);
    /// Every action that has a shortcut, in menu order (for Help ▸ Keyboard shortcuts).
    QList<QAction*> shortcutActions() const;

private:
    QAction*
    make(Command command, QMenu* menu, const QString& text, const QList<QKeySequence>& shortcuts);

    QMainWindow& m_window;
    QList<QAction*> m_commands; ///< indexed by Command
    QList<QAction*> m_tabs;
    QList<QAction*> m_extra; ///< go-to and panel actions added later
    QMenu* m_viewMenu = nullptr;
    QMenu* m_goToMenu = nullptr;
};

} // namespace polaris::ui
