#pragma once

#include "core/config/ArbConfig.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QSettings;

namespace polaris {

/// Reads ArbConfig overrides from a JSON config file ({"neg_risk_min_discount": "0.03", ...},
/// the seed's §12.4 names) and from `key=value` command-line overrides. Values are decimal
/// strings or JSON numbers, parsed exactly; an unknown key or a bad value is an error naming it,
/// never silently ignored. See docs/configuration.md for every key.
class ArbConfigLoader
{
public:
    /// Applies one override. Durations: *_ms in milliseconds, *_hours / *_days as named.
    static Status apply(ArbConfig& config, const QString& key, const QString& value);
    static Status applyJson(ArbConfig& config, const QByteArray& json);
    static Status applyFile(ArbConfig& config, const QString& path);
    /// Every key with its current value, for `polaris-arb config` and the settings dialog.
    static QStringList describe(const ArbConfig& config);

    // --- The console's settings (QSettings). Built on apply()/describe(), so every key above is
    // --- stored under the same name and validated the same way.

    /// The QSettings group of the overrides: "arb/neg_risk_min_discount" = "0.03".
    static QString settingsGroup() { return QStringLiteral("arb"); }
    /// Every key, in describe() order.
    static QStringList keys();
    /// The value of one key as describe() writes it ("0.03", "48"); empty for an unknown key.
    static QString valueText(const ArbConfig& config, const QString& key);
    /// Applies every override stored under settingsGroup(). A bad or unknown entry does not stop
    /// the others: they are all applied and the error names every entry that was skipped.
    static Status applySettings(ArbConfig& config, const QSettings& settings);
    /// Stores the keys whose value differs from the defaults (ArbConfig{}) under settingsGroup()
    /// and removes the others, so a later change of a default reaches users who never touched it.
    static void writeSettings(const ArbConfig& config, QSettings& settings);
};

} // namespace polaris
