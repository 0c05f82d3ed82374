#include "ui/dialogs/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace polaris::ui {

namespace {

/// "&Settings…" -> "Settings", "设置(&S)…" -> "设置": the menu text without its mnemonic (inline,
/// or the CJK style in parentheses) and ellipsis.
QString plainText(const QAction* action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("\\(&[^&)]\\)")));
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(QString::fromUtf8("…"))) {
        text.chop(1);
    }
    return text.trimmed();
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* table = new QTableWidget(int(actions.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < actions.size(); ++row) {
        const QAction* action = actions.at(row);
        QStringList keys;
        for (const QKeySequence& shortcut : action->shortcuts()) {
            keys << shortcut.toString(QKeySequence::NativeText);
        }
        auto* what = new QTableWidgetItem(plainText(action));
        if (!action->isEnabled()) {
            what->setToolTip(tr("Not available at the moment"));
        }
        table->setItem(row, 0, what);
        table->setItem(row, 1, new QTableWidgetItem(keys.join(tr(" or "))));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, 460);
}

} // namespace polaris::ui
