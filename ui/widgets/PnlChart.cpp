#include "ui/widgets/PnlChart.h"

#include "ui/models/DisplayFormat.h"

#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <limits>

namespace polaris::ui {

namespace {

constexpr qint64 kHourMs = 3'600'000;

void dimMarker(QLegendMarker* marker, bool hidden)
{
    // A hidden series hides its legend entry too; keep it, dimmed, so it can be clicked back.
    marker->setVisible(true);
    QColor label = marker->labelBrush().color();
    label.setAlphaF(hidden ? 0.4 : 1.0);
    marker->setLabelBrush(label);
    QColor fill = marker->brush().color();
    fill.setAlphaF(hidden ? 0.3 : 1.0);
    marker->setBrush(fill);
}

} // namespace

PnlChart::PnlChart(Measure measure, QWidget* parent)
    : QChartView(parent)
    , m_measure(measure)
{
    auto* chart = new QChart;
    chart->setTitle(measure == Measure::Realized ? tr("Realised PnL (USDC)")
                                                 : tr("Unrealised PnL (USDC)"));
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setAnimationOptions(QChart::NoAnimation);
    m_time = new QDateTimeAxis(chart);
    m_time->setTitleText(tr("Time (local)"));
    m_time->setFormat(QStringLiteral("MM-dd HH:mm"));
    m_value = new QValueAxis(chart);
    m_value->setLabelFormat(QStringLiteral("%.2f"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_value, Qt::AlignLeft);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
}

QString PnlChart::seriesName(const std::string& strategy)
{
    return strategy == "ALL" ? tr("Total") : QString::fromStdString(strategy);
}

Decimal PnlChart::valueOf(const PnlPointRecord& point) const
{
    return m_measure == Measure::Realized ? point.realizedPnl : point.unrealizedPnl;
}

void PnlChart::setSeries(const std::vector<PnlSeries>& series, const std::set<std::string>& hidden)
{
    m_data = series;
    const bool sameLines = series.size() == m_lines.size()
                           && std::equal(series.begin(), series.end(), m_lines.begin(),
                                         [](const PnlSeries& s, const auto& line) {
                                             return s.strategy == line.first;
                                         });
    if (!sameLines) {
        // New set of strategies (another phase or range): rebuild so the legend keeps its order.
        chart()->removeAllSeries();
        // Qt 6.4 draws no labels on a date-time axis whose series came after it: re-add the
        // axes once the new lines are in.
        chart()->removeAxis(m_time);
        chart()->removeAxis(m_value);
        m_lines.clear();
        for (const PnlSeries& entry : series) {
            auto* line = new QLineSeries;
            line->setName(seriesName(entry.strategy));
            chart()->addSeries(line);
            if (entry.isTotal()) {
                QPen pen = line->pen();
                pen.setWidth(3);
                line->setPen(pen);
            }
            const std::string strategy = entry.strategy;
            connect(line, &QLineSeries::hovered, this,
                    [this, strategy](const QPointF& point, bool entered) {
                        if (!entered) {
                            QToolTip::hideText();
                            return;
                        }
                        QToolTip::showText(QCursor::pos(), pointText(strategy, qint64(point.x())),
                                           this);
                    });
            for (QLegendMarker* marker : chart()->legend()->markers(line)) {
                connect(marker, &QLegendMarker::clicked, this, [this, strategy] {
                    Q_EMIT legendClicked(QString::fromStdString(strategy));
                });
            }
            m_lines.emplace_back(entry.strategy, line);
        }
    }
    for (std::size_t i = 0; i < series.size(); ++i) {
        QList<QPointF> points;
        points.reserve(qsizetype(series[i].points.size()));
        for (const PnlPointRecord& point : series[i].points) {
            points.append(QPointF(double(point.takenAtMs), valueOf(point).toDouble()));
        }
        m_lines[i].second->replace(points);
        m_lines[i].second->setPointsVisible(points.size() <= 60);
    }
    fitAxes();
    if (!sameLines) {
        // Ranged before they are added, so the chart lays their labels out at the right width.
        chart()->addAxis(m_time, Qt::AlignBottom);
        chart()->addAxis(m_value, Qt::AlignLeft);
        for (const auto& [strategy, line] : m_lines) {
            line->attachAxis(m_time);
            line->attachAxis(m_value);
        }
        fitAxes(); // attaching may have widened the axes to the lines' bounds
    }
    setHidden(hidden);
}

void PnlChart::setHidden(const std::set<std::string>& hidden)
{
    for (const auto& [strategy, line] : m_lines) {
        const bool hide = hidden.count(strategy) > 0;
        line->setVisible(!hide);
        for (QLegendMarker* marker : chart()->legend()->markers(line)) {
            dimMarker(marker, hide);
        }
    }
}

QLineSeries* PnlChart::lineOf(const std::string& strategy) const
{
    for (const auto& [name, line] : m_lines) {
        if (name == strategy) {
            return line;
        }
    }
    return nullptr;
}

QString PnlChart::pointText(const std::string& strategy, std::int64_t timeMs) const
{
    for (const PnlSeries& entry : m_data) {
        if (entry.strategy != strategy) {
            continue;
        }
        const PnlPointRecord* point = entry.nearest(timeMs);
        if (point == nullptr) {
            return {};
        }
        return tr("%1 · %2\nrealised %3\nunrealised %4\nopen exposure %5")
                .arg(seriesName(strategy), display::utcTime(point->takenAtMs),
                     display::exactUsdc(point->realizedPnl),
                     display::exactUsdc(point->unrealizedPnl),
                     display::exactUsdc(point->openExposure));
    }
    return {};
}

void PnlChart::fitAxes()
{
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    Decimal low;
    Decimal high;
    for (const PnlSeries& entry : m_data) {
        for (const PnlPointRecord& point : entry.points) {
            first = std::min<qint64>(first, point.takenAtMs);
            last = std::max<qint64>(last, point.takenAtMs);
            low = std::min(low, valueOf(point)); // zero stays on the axis
            high = std::max(high, valueOf(point));
        }
    }
    if (first > last) {
        return;
    }
    if (last - first < kHourMs) { // one point, or a burst: show at least an hour around it
        first -= kHourMs / 2;
        last += kHourMs / 2;
    }
    m_time->setFormat(last - first > 2 * 86'400'000 ? QStringLiteral("yyyy-MM-dd")
                                                    : QStringLiteral("MM-dd HH:mm"));
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    const double span = std::max((high - low).toDouble(), 1.0);
    m_value->setRange(low.toDouble() - span * 0.05, high.toDouble() + span * 0.05);
    m_value->applyNiceNumbers();
}

} // namespace polaris::ui
