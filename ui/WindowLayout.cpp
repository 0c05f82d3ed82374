#include "ui/WindowLayout.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>

namespace polaris::ui {

namespace {

constexpr int kLayoutVersion = 1; ///< QMainWindow::saveState's version: bump when docks change

QString keyOf(const QString& group, const char* kind, const QString& name)
{
    return group + QLatin1Char('/') + QLatin1String(kind) + QLatin1Char('/') + name;
}

} // namespace

QString WindowLayout::splitterKey(const QString& group, const QString& splitterName)
{
    return keyOf(group, "splitters", splitterName);
}

void WindowLayout::save(const QMainWindow& window, QSettings& settings, const QString& group)
{
    settings.setValue(group + QStringLiteral("/geometry"), window.saveGeometry());
    settings.setValue(group + QStringLiteral("/state"), window.saveState(kLayoutVersion));
    for (const QSplitter* splitter : window.findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty()) {
            settings.setValue(keyOf(group, "splitters", splitter->objectName()),
                              splitter->saveState());
        }
    }
    for (const QTableView* table : window.findChildren<QTableView*>()) {
        if (!table->objectName().isEmpty()) {
            settings.setValue(keyOf(group, "headers", table->objectName()),
                              table->horizontalHeader()->saveState());
        }
    }
    for (const QTabWidget* tabs : window.findChildren<QTabWidget*>()) {
        const QWidget* current = tabs->currentWidget();
        if (!tabs->objectName().isEmpty() && current) {
            // The page's name when it has one, so that inserting tabs does not shift it; else
            // "#index". Strings either way: INI files give every value back as text.
            settings.setValue(keyOf(group, "tabs", tabs->objectName()),
                              current->objectName().isEmpty()
                                      ? QStringLiteral("#%1").arg(tabs->currentIndex())
                                      : current->objectName());
        }
    }
}

bool WindowLayout::restore(QMainWindow& window, const QSettings& settings, const QString& group)
{
    const QByteArray geometry = settings.value(group + QStringLiteral("/geometry")).toByteArray();
    if (geometry.isEmpty()) {
        return false;
    }
    window.restoreGeometry(geometry);
    window.restoreState(settings.value(group + QStringLiteral("/state")).toByteArray(),
                        kLayoutVersion);
    for (QSplitter* splitter : window.findChildren<QSplitter*>()) {
        const QString key = keyOf(group, "splitters", splitter->objectName());
        if (!splitter->objectName().isEmpty() && settings.contains(key)) {
            splitter->restoreState(settings.value(key).toByteArray());
        }
    }
    for (QTableView* table : window.findChildren<QTableView*>()) {
        const QString key = keyOf(group, "headers", table->objectName());
        if (table->objectName().isEmpty() || !settings.contains(key)) {
            continue;
        }
        QHeaderView* header = table->horizontalHeader();
        // A model with another column count (a newer version) keeps its defaults.
        if (header->restoreState(settings.value(key).toByteArray()) && table->isSortingEnabled()) {
            table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        }
    }
    for (QTabWidget* tabs : window.findChildren<QTabWidget*>()) {
        const QString key = keyOf(group, "tabs", tabs->objectName());
        if (tabs->objectName().isEmpty() || !settings.contains(key)) {
            continue;
        }
        const QString stored = settings.value(key).toString();
        if (stored.startsWith(QLatin1Char('#'))) {
            const int index = stored.mid(1).toInt();
            if (index >= 0 && index < tabs->count()) {
                tabs->setCurrentIndex(index);
            }
            continue;
        }
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->objectName() == stored) {
                tabs->setCurrentIndex(i);
            }
        }
    }
    return true;
}

} // namespace polaris::ui
