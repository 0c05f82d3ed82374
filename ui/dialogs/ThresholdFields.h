#pragma once

#include "core/config/ArbConfig.h"

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <vector>

namespace polaris::ui {

/// How the settings dialog presents one ArbConfig key: its group, label, unit and what range
/// makes sense for it. The key names, the parsing and the basic checks (exact decimal, not
/// negative, whole numbers) are ArbConfigLoader's; this adds only what a person needs (labels)
/// and the domain ranges the loader does not know (a price lies in (0, 1)).
struct ThresholdField
{
    enum class Group { Baskets, DataQuality, Bonds, TailEnd, Risk, Execution, Other };
    enum class Kind {
        Price,       ///< 0 < x < 1
        Fraction,    ///< 0 <= x <= 1, shown as a percentage too
        Rate,        ///< x >= 0, a fraction that may exceed 1 (annualised yields)
        Positive,    ///< x > 0 (sizes, durations)
        NonNegative, ///< x >= 0 (USD amounts, lags)
        Count,       ///< whole number >= 1
    };

    QString key; ///< ArbConfigLoader's name, e.g. "neg_risk_min_discount"
    Group group = Group::Other;
    Kind kind = Kind::NonNegative;
    QString label;
    QString unit;
};

/// The catalogue of threshold fields and their checks. Plain functions; any thread, but the
/// texts are translated, so call them where the translators are installed (the GUI thread).
class ThresholdFields
{
    Q_DECLARE_TR_FUNCTIONS(ThresholdFields)
public:
    /// Every key ArbConfigLoader knows, in display order: the ones with a label here first, then
    /// any key added to the loader later (under its group's name prefix, else "Other", labelled
    /// with the key itself) so that a new key is editable before anyone writes its label.
    static std::vector<ThresholdField> all();
    static QString groupTitle(ThresholdField::Group group);

    /// What is wrong with `text` for this field (translated), or an empty string.
    static QString check(const ThresholdField& field, const QString& text);
    /// "= 3 %" for fractions and rates; empty otherwise or when the text is not a number.
    static QString hint(const ThresholdField& field, const QString& text);
    /// Problems between fields (a minimum above its maximum): (key to mark, message).
    static std::vector<std::pair<QString, QString>> checkRelations(const ArbConfig& config);
};

} // namespace polaris::ui
