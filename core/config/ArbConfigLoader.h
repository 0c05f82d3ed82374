#pragma once

#include "core/config/ArbConfig.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

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
};

} // namespace polaris
