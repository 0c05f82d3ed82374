#include "ui/ConsoleActions.h"

#include <QAction>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

namespace polaris::ui {

using C = ConsoleActions::Command;

ConsoleActions::ConsoleActions(QMainWindow& window)
    : QObject(&window)
    , m_window(window)
{
    m_commands.resize(int(C::About) + 1);
    QMenuBar* bar = window.menuBar();
    QMenu* file = bar->addMenu(tr("&File"));
    make(C::Settings, file, tr("&Settings…"),
         {QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence(QKeySequence::Preferences)})
            ->setMenuRole(QAction::PreferencesRole);
    make(C::Keys, file, tr("&Keys…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)});
    file->addSeparator();
    make(C::Quit, file, tr("&Quit"), {QKeySequence(QKeySequence::Quit)})
            ->setMenuRole(QAction::QuitRole);

    m_viewMenu = bar->addMenu(tr("&View"));
    make(C::Refresh, m_viewMenu, tr("&Refresh"),
         {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    make(C::Find, m_viewMenu, tr("&Filter…"), {QKeySequence(QKeySequence::Find)});
    make(C::NearMisses, m_viewMenu, tr("Opportunities / &near-misses"),
         {QKeySequence(Qt::CTRL | Qt::Key_M)});
    m_viewMenu->addSeparator();
    m_goToMenu = m_viewMenu->addMenu(tr("&Go to tab"));
    for (int i = 0; i < kTabShortcuts; ++i) {
        auto* tab = new QAction(this);
        tab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        tab->setEnabled(false);
        tab->setVisible(false);
        tab->setData(i);
        m_goToMenu->addAction(tab);
        window.addAction(tab);
        m_tabs << tab;
    }

    QMenu* tools = bar->addMenu(tr("&Tools"));
    make(C::AskApproval, tools, tr("Ask for appro&val"),
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
            ->setEnabled(false);
    make(C::ApproveSelected, tools, tr("&Approve selected"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)})
            ->setEnabled(false);
    make(C::RejectSelected, tools, tr("R&eject selected"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)})
            ->setEnabled(false);

    QMenu* help = bar->addMenu(tr("&Help"));
    make(C::Shortcuts, help, tr("&Keyboard shortcuts"),
         {QKeySequence(Qt::CTRL | Qt::Key_Slash), QKeySequence(QKeySequence::HelpContents)});
    make(C::About, help, tr("&About Polaris"), {})->setMenuRole(QAction::AboutRole);
}

QAction* ConsoleActions::make(Command command,
                              QMenu* menu,
                              const QString& text,
                              const QList<QKeySequence>& shortcuts)
{
    auto* action = new QAction(text, this);
    QList<QKeySequence> unique;
    for (const QKeySequence& shortcut : shortcuts) {
        if (!shortcut.isEmpty() && !unique.contains(shortcut)) {
            unique << shortcut;
        }
    }
    action->setShortcuts(unique);
    action->setShortcutContext(Qt::WindowShortcut);
    menu->addAction(action);
    m_window.addAction(action);
    m_commands[int(command)] = action;
    return action;
}

QAction* ConsoleActions::action(Command command) const
{
    return m_commands.at(int(command));
}

QAction* ConsoleActions::tabAction(int index) const
{
    return index >= 0 && index < m_tabs.size() ? m_tabs.at(index) : nullptr;
}

void ConsoleActions::setTabTitles(const QTabWidget& tabs)
{
    for (int i = 0; i < m_tabs.size(); ++i) {
        QAction* tab = m_tabs.at(i);
        const bool exists = i < tabs.count();
        tab->setText(exists ? tr("Show %1").arg(tabs.tabText(i)) : QString());
        tab->setEnabled(exists);
        tab->setVisible(exists);
    }
}

QAction* ConsoleActions::addGoToAction(const QString& title, const QKeySequence& shortcut)
{
    auto* action = new QAction(tr("Show %1").arg(title), this);
    action->setShortcut(shortcut);
    m_goToMenu->addAction(action);
    m_window.addAction(action);
    m_extra << action;
    return action;
}

void ConsoleActions::addPanelToggle(QAction* toggle)
{
    m_viewMenu->addAction(toggle);
    m_window.addAction(toggle);
    m_extra << toggle;
}

QList<QAction*> ConsoleActions::shortcutActions() const
{
    QList<QAction*> result;
    for (QAction* action : m_commands + m_tabs + m_extra) {
        if (action && !action->shortcut().isEmpty() && action->isVisible()) {
            result << action;
        }
    }
    return result;
}

} // namespace polaris::ui
