#pragma once

#include "ui/models/PnlSeries.h"

#include <QChartView>

#include <set>
#include <string>
#include <utility>
#include <vector>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace polaris::ui {

/// One PnL chart (realised or unrealised) of PnlChartView: a line per series (the total drawn
/// thicker), a time axis and a USDC axis. Doubles are only the chart's coordinates; the tooltip
/// of a hovered point shows its exact figures. Clicking a legend entry asks the owner to toggle
/// that strategy (both charts hide it together). GUI thread.
class PnlChart : public QChartView
{
    Q_OBJECT
public:
    enum class Measure { Realized, Unrealized };

    PnlChart(Measure measure, QWidget* parent = nullptr);

    /// Replaces the lines; `hidden` strategies are drawn hidden with a dimmed legend entry.
    void setSeries(const std::vector<PnlSeries>& series, const std::set<std::string>& hidden);
    void setHidden(const std::set<std::string>& hidden);
    /// The line of a strategy ("ALL" for the total), or nullptr.
    QLineSeries* lineOf(const std::string& strategy) const;
    /// Tooltip text of the point of `strategy` nearest to `timeMs` (empty when there is none).
    QString pointText(const std::string& strategy, std::int64_t timeMs) const;

    /// "Total" for "ALL", the strategy code otherwise.
    static QString seriesName(const std::string& strategy);

Q_SIGNALS:
    void legendClicked(const QString& strategy);

private:
    Decimal valueOf(const PnlPointRecord& point) const;
    void fitAxes();

    Measure m_measure;
    QDateTimeAxis* m_time = nullptr;
    QValueAxis* m_value = nullptr;
    std::vector<PnlSeries> m_data;
    std::vector<std::pair<std::string, QLineSeries*>> m_lines;
};

} // namespace polaris::ui
