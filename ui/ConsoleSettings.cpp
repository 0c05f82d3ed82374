#include "ui/ConsoleSettings.h"

#include <QSettings>

namespace polaris::ui {

ConsoleSettings ConsoleSettings::load(const QSettings& settings)
{
    ConsoleSettings result;
    result.language = settings.value(QLatin1String(kLanguageKey)).toString();
    result.notificationsEnabled =
            settings.value(QLatin1String(kNotifyEnabledKey), result.notificationsEnabled).toBool();
    const auto threshold = Decimal::parse(
            settings.value(QLatin1String(kNotifyMinNetProfitKey)).toString().toStdString());
    if (threshold.ok() && !threshold->isNegative()) {
        result.notifyMinNetProfit = *threshold;
    }
    return result;
}

void ConsoleSettings::save(QSettings& settings) const
{
    if (language.isEmpty()) {
        settings.remove(QLatin1String(kLanguageKey)); // follow the system
    } else {
        settings.setValue(QLatin1String(kLanguageKey), language);
    }
    settings.setValue(QLatin1String(kNotifyEnabledKey), notificationsEnabled);
    settings.setValue(QLatin1String(kNotifyMinNetProfitKey),
                      QString::fromStdString(notifyMinNetProfit.toString()));
}

} // namespace polaris::ui
