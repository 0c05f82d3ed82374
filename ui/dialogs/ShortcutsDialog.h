#pragma once

#include <QDialog>
#include <QList>

class QAction;

namespace polaris::ui {

/// Help ▸ Keyboard shortcuts: a table of every action that has a shortcut, built from the
/// actions themselves so that it cannot drift from what the keys do. GUI thread.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
};

} // namespace polaris::ui
