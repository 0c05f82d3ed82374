#pragma once

#include <QString>

class QMainWindow;
class QSettings;

namespace polaris::ui {

/// Saves and restores a main window's layout in QSettings under one group: geometry, dock and
/// toolbar state, every named QSplitter's sizes, every named QTableView's header (column widths,
/// order, hidden columns, sort column) and every named QTabWidget's current tab (by the tab
/// widget's objectName, so tabs added later do not shift it). Widgets without an objectName are
/// skipped. Restore after every dock and tab exists. GUI thread.
class WindowLayout
{
public:
    static void save(const QMainWindow& window, QSettings& settings, const QString& group);
    /// Returns false when nothing was stored yet (first start).
    static bool restore(QMainWindow& window, const QSettings& settings, const QString& group);
    /// Where save() keeps a splitter's state, for a window that knows better (a hidden pane).
    static QString splitterKey(const QString& group, const QString& splitterName);
};

} // namespace polaris::ui
