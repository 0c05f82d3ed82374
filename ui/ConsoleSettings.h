#pragma once

#include "core/money/Decimal.h"

#include <QString>

class QSettings;

namespace polaris::ui {

/// The console's own preferences (not the scanner's thresholds, which are ArbConfig under
/// "arb/", nor the venue and database addresses, which their owners read): the interface
/// language and the notification threshold. Plain value; read and written on the GUI thread.
/// Secrets never go here (docs/secrets.md).
struct ConsoleSettings
{
    static constexpr const char* kLanguageKey = "ui/language";
    static constexpr const char* kNotifyEnabledKey = "notifications/enabled";
    static constexpr const char* kNotifyMinNetProfitKey = "notifications/min_net_profit";

    QString language; ///< "" = the system's, "en", "zh_CN" (translations/UiLanguage)
    bool notificationsEnabled = true;
    Decimal notifyMinNetProfit = Decimal::fromInt(5); ///< USDC of net profit worth a notification

    /// Missing or unreadable entries keep their defaults.
    static ConsoleSettings load(const QSettings& settings);
    void save(QSettings& settings) const;
};

} // namespace polaris::ui
