#pragma once

#include "core/config/ArbConfig.h"
#include "ui/ConsoleSettings.h"
#include "ui/dialogs/ThresholdFields.h"

#include <QDialog>
#include <QHash>

#include <vector>

class QComboBox;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QSettings;
class QTabWidget;

namespace polaris::ui {

class FieldRow;

/// The console's settings: every ArbConfig threshold (grouped as the strategies and risk layers
/// are), the venue URLs, the database URL, the language and the notification threshold. Every
/// value is edited as text and checked as it is typed, with the problem written under the field;
/// OK stays disabled while anything is invalid. OK writes QSettings (the keys the rest of
/// Polaris reads: "arb/<ArbConfigLoader key>", "venues/polymarket/*_url", "storage/url",
/// "ui/language", "notifications/*") and emits what changed. Secrets never pass through here
/// (KeysDialog). Reads `settings` on construction; GUI thread.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QSettings& settings, QWidget* parent = nullptr);

    /// Whether every field holds a valid value (OK is enabled exactly then).
    bool isValid() const;
    /// The thresholds as currently entered; only meaningful while isValid().
    ArbConfig arbConfig() const;
    ConsoleSettings consoleSettings() const;
    /// Problems found in the stored settings when the dialog opened (shown at the top).
    QString loadProblems() const { return m_loadProblems; }

    void accept() override;

Q_SIGNALS:
    /// After OK, when a threshold changed: the scanner should use `config` from now on.
    void arbConfigChanged(const polaris::ArbConfig& config);
    /// After OK, when the notification settings or the language changed.
    void consoleSettingsChanged(const polaris::ui::ConsoleSettings& settings);
    /// After OK, when a change needs a restart (language, venue or database addresses).
    void restartNeeded();

private:
    QWidget* makeThresholdPage();
    QWidget* makeConnectionPage();
    QWidget* makeInterfacePage();
    FieldRow* addUrlRow(QWidget* page, const QString& name, bool webSocket);
    void loadThresholds(const ArbConfig& config);
    void restoreDefaults();
    void revalidate();
    QString storedUrl(const char* key, const QUrl& fallback) const;

    QSettings& m_settings;
    QString m_loadProblems;
    ArbConfig m_initialConfig;
    ConsoleSettings m_initialConsole;
    std::vector<ThresholdField> m_fields;
    QHash<QString, FieldRow*> m_thresholdRows;
    FieldRow* m_gammaUrl = nullptr;
    FieldRow* m_clobUrl = nullptr;
    FieldRow* m_wsUrl = nullptr;
    FieldRow* m_databaseUrl = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_notificationsEnabled = nullptr;
    FieldRow* m_notifyMinNetProfit = nullptr;
    QTabWidget* m_pages = nullptr;
    QLabel* m_summary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace polaris::ui
