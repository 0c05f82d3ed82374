#pragma once

#include "core/config/ArbConfig.h"
#include "ui/ConsoleSettings.h"

#include <QDialog>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QSettings;

namespace polaris::secrets {
class SecretStore;
}

namespace polaris::ui {

/// Opens the main window's dialogs (Settings, Keys, Keyboard shortcuts, About) window-modally
/// and non-blocking, at most one Settings and one Keys dialog at a time (asking again raises the
/// open one), and passes on what they report. Owns the OS keychain store when the window was
/// given none. Child of the window; GUI thread.
class ConsoleDialogs : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleDialogs(QWidget& window);
    ~ConsoleDialogs() override;

    /// Not owned; without one the Keys dialog uses the OS keychain
    /// (KeychainSecretStore::serviceFromEnvironment()).
    void setSecretStore(secrets::SecretStore* store) { m_secretStore = store; }

    void openSettings(QSettings& settings);
    void openKeys();
    void showShortcuts(const QList<QAction*>& actions);
    void showAbout();

Q_SIGNALS:
    void arbConfigChanged(const polaris::ArbConfig& config);
    void consoleSettingsChanged(const polaris::ui::ConsoleSettings& settings);
    void restartNeeded();
    void secretsChanged();

private:
    QWidget& m_window;
    secrets::SecretStore* m_secretStore = nullptr;
    std::unique_ptr<secrets::SecretStore> m_ownSecretStore;
    QPointer<QDialog> m_settings;
    QPointer<QDialog> m_keys;
};

} // namespace polaris::ui
