#include "ui/ConsoleDialogs.h"

#include "core/secrets/KeychainSecretStore.h"
#include "ui/dialogs/KeysDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/ShortcutsDialog.h"

#include <QApplication>
#include <QMessageBox>

namespace polaris::ui {

namespace {

/// Brings an open dialog forward; false when there is none.
bool raise(QDialog* dialog)
{
    if (!dialog) {
        return false;
    }
    dialog->raise();
    dialog->activateWindow();
    return true;
}

} // namespace

ConsoleDialogs::ConsoleDialogs(QWidget& window)
    : QObject(&window)
    , m_window(window)
{}

ConsoleDialogs::~ConsoleDialogs() = default;

void ConsoleDialogs::openSettings(QSettings& settings)
{
    if (raise(m_settings)) {
        return;
    }
    auto* dialog = new SettingsDialog(settings, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::arbConfigChanged, this, &ConsoleDialogs::arbConfigChanged);
    connect(dialog, &SettingsDialog::consoleSettingsChanged, this,
            &ConsoleDialogs::consoleSettingsChanged);
    connect(dialog, &SettingsDialog::restartNeeded, this, &ConsoleDialogs::restartNeeded);
    m_settings = dialog;
    dialog->open();
}

void ConsoleDialogs::openKeys()
{
    if (raise(m_keys)) {
        return;
    }
    if (!m_secretStore) {
        m_ownSecretStore = std::make_unique<secrets::KeychainSecretStore>(
                secrets::KeychainSecretStore::serviceFromEnvironment());
        m_secretStore = m_ownSecretStore.get();
    }
    auto* dialog = new KeysDialog(*m_secretStore, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KeysDialog::secretsChanged, this, &ConsoleDialogs::secretsChanged);
    m_keys = dialog;
    dialog->open();
}

void ConsoleDialogs::showShortcuts(const QList<QAction*>& actions)
{
    auto* dialog = new ShortcutsDialog(actions, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ConsoleDialogs::showAbout()
{
    auto* box = new QMessageBox(QMessageBox::Information, tr("About Polaris"),
                                tr("Polaris %1 — prediction-market arbitrage console.")
                                        .arg(QApplication::applicationVersion())
                                        .simplified(),
                                QMessageBox::Close, &m_window);
    box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace polaris::ui
