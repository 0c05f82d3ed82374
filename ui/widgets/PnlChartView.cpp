#include "ui/widgets/PnlChartView.h"

#include "core/storage/StorageQueries.h"
#include "ui/models/DatabaseReadPool.h"
#include "ui/models/DisplayFormat.h"
#include "ui/widgets/PeriodicRefresh.h"
#include "ui/widgets/PnlChart.h"

#include <QComboBox>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace polaris::ui {

struct PnlChartView::SeriesRead
{
    bool ok = false;
    std::string mode;
    PnlChartView::Range range = PnlChartView::Range::All;
    std::vector<PnlPointRecord> records;
    QString error;
    std::int64_t readAtMs = 0;
};

namespace {

constexpr std::int64_t kDayMs = 86'400'000;

const char* modeName(ExecutionMode mode)
{
    // The stored names (executionModeName); PnL exists only for Paper and Live.
    return mode == ExecutionMode::Live ? "LIVE" : "PAPER";
}

} // namespace

PnlChartView::PnlChartView(const QString& databaseUrl, QWidget* parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("pnlView")); // MainWindow remembers the current tab by it
    Result<DatabaseUrl> url = databaseUrl.isEmpty() ? DatabaseUrl::resolve(QString())
                                                    : DatabaseUrl::parse(databaseUrl);
    if (url) {
        m_url = url.value();
    } else {
        m_urlError = QString::fromStdString(url.error().detail);
    }

    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("pnlMode"));
    m_mode->addItem(tr("Paper"), int(ExecutionMode::Paper));
    m_mode->addItem(tr("Live"), int(ExecutionMode::Live));
    m_mode->setToolTip(tr("Paper and live PnL are never mixed"));
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("pnlRange"));
    m_range->addItem(tr("Last day"), int(Range::Day));
    m_range->addItem(tr("Last week"), int(Range::Week));
    m_range->addItem(tr("All"), int(Range::All));
    m_range->setCurrentIndex(2);
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("pnlRefresh"));
    bar->addWidget(new QLabel(tr("Phase:"), this));
    bar->addWidget(m_mode);
    bar->addWidget(new QLabel(tr("Range:"), this));
    bar->addWidget(m_range);
    bar->addWidget(refreshButton);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pnlStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_latest = new QLabel(this);
    m_latest->setObjectName(QStringLiteral("pnlLatest"));
    m_latest->setTextFormat(Qt::PlainText);
    m_latest->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_latest);

    m_stack = new QStackedWidget(this);
    auto* charts = new QSplitter(Qt::Vertical, m_stack);
    m_realized = new PnlChart(PnlChart::Measure::Realized, charts);
    m_realized->setObjectName(QStringLiteral("realizedChart"));
    m_unrealized = new PnlChart(PnlChart::Measure::Unrealized, charts);
    m_unrealized->setObjectName(QStringLiteral("unrealizedChart"));
    charts->addWidget(m_realized);
    charts->addWidget(m_unrealized);
    m_message = new QLabel(m_stack);
    m_message->setObjectName(QStringLiteral("pnlMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("font-size:14pt;color:#555;"));
    m_stack->addWidget(charts);
    m_stack->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    for (PnlChart* chart : {m_realized, m_unrealized}) {
        connect(chart, &PnlChart::legendClicked, this, &PnlChartView::toggle);
    }
    connect(m_mode, &QComboBox::currentIndexChanged, this, &PnlChartView::refresh);
    connect(m_range, &QComboBox::currentIndexChanged, this, &PnlChartView::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &PnlChartView::refresh);
    m_watcher = new QFutureWatcher<SeriesRead>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &PnlChartView::applyRead);
    m_periodic = new PeriodicRefresh(
            this, kDefaultRefreshMs, [this] { return m_watcher->isRunning(); },
            [this] { refresh(); });
    showMessage(tr("Reading PnL from the database…"));
}

PnlChartView::~PnlChartView()
{
    // A read still running finishes on the pool and its result is dropped with the watcher.
    m_watcher->disconnect(this);
}

void PnlChartView::setRefreshIntervalMs(int ms)
{
    m_periodic->setIntervalMs(ms);
}

void PnlChartView::setClock(std::function<std::int64_t()> clock)
{
    m_clock = std::move(clock);
}

void PnlChartView::setMode(ExecutionMode mode)
{
    m_mode->setCurrentIndex(
            m_mode->findData(int(mode == ExecutionMode::Live ? mode : ExecutionMode::Paper)));
}

void PnlChartView::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

ExecutionMode PnlChartView::mode() const
{
    return ExecutionMode(m_mode->currentData().toInt());
}

PnlChartView::Range PnlChartView::range() const
{
    return Range(m_range->currentData().toInt());
}

void PnlChartView::refresh()
{
    if (!m_url) {
        m_status->setText(tr("Invalid database URL: %1").arg(m_urlError));
        showMessage(
                tr("PnL cannot be shown: the database URL is invalid. Fix it in the settings."));
        Q_EMIT seriesRead();
        return;
    }
    if (m_watcher->isRunning()) {
        m_readAgain = true; // one read at a time; the latest selection is read when it ends
        return;
    }
    const DatabaseUrl url = *m_url;
    const std::string mode = modeName(this->mode());
    const Range range = this->range();
    const std::int64_t now = m_clock();
    const std::int64_t since = range == Range::Day    ? now - kDayMs
                               : range == Range::Week ? now - 7 * kDayMs
                                                      : 0;
    m_watcher->setFuture(QtConcurrent::run(databaseReadPool(), [url, mode, range, since, now] {
        SeriesRead read;
        read.mode = mode;
        read.range = range;
        read.readAtMs = now;
        Result<StorageQueries> queries = StorageQueries::open(url);
        if (!queries) {
            read.error = QString::fromStdString(queries.error().detail);
            return read;
        }
        Result<std::vector<PnlPointRecord>> points =
                queries.value().pnlSeries(mode, std::string(), since);
        if (!points) {
            read.error = QString::fromStdString(points.error().detail);
            return read;
        }
        read.ok = true;
        read.records = std::move(points).value();
        return read;
    }));
}

void PnlChartView::applyRead()
{
    SeriesRead read = m_watcher->result();
    // The selection may have moved while reading: then what came back is not what is asked for.
    const bool current = read.mode == modeName(mode()) && read.range == range();
    if (current) {
        presentRead(std::move(read));
    }
    if (m_readAgain || !current) {
        m_readAgain = false;
        refresh();
    }
}

void PnlChartView::presentRead(SeriesRead read)
{
    if (!read.ok) {
        m_status->setText(tr("Database unavailable: %1").arg(read.error));
        m_status->setStyleSheet(QStringLiteral("color:#b00020;"));
        showMessage(tr("PnL cannot be shown: the database cannot be read (%1). Retrying every "
                       "%2 s.")
                            .arg(read.error)
                            .arg(m_periodic->intervalMs() / 1000));
        Q_EMIT seriesRead();
        return;
    }
    m_status->setStyleSheet(QString());
    m_status->setText(tr("%n point(s), read %1", nullptr, int(read.records.size()))
                              .arg(display::utcTime(read.readAtMs)));
    const std::vector<PnlSeries> series = PnlSeries::group(std::move(read.records));
    if (series.empty()) {
        showMessage(emptyText());
        Q_EMIT seriesRead();
        return;
    }
    m_realized->setSeries(series, m_hidden);
    m_unrealized->setSeries(series, m_hidden);
    const PnlSeries& headline = series.front(); // the total when there is one
    const PnlPointRecord& last = headline.points.back();
    m_latest->setText(tr("%1 at %2: realised %3 · unrealised %4 · open exposure %5")
                              .arg(PnlChart::seriesName(headline.strategy),
                                   display::utcTime(last.takenAtMs),
                                   display::exactUsdc(last.realizedPnl),
                                   display::exactUsdc(last.unrealizedPnl),
                                   display::exactUsdc(last.openExposure)));
    m_latest->setVisible(true);
    m_stack->setCurrentIndex(0);
    Q_EMIT seriesRead();
}

void PnlChartView::toggle(const QString& strategy)
{
    const std::string key = strategy.toStdString();
    if (!m_hidden.erase(key)) {
        m_hidden.insert(key);
    }
    m_realized->setHidden(m_hidden);
    m_unrealized->setHidden(m_hidden);
}

void PnlChartView::showMessage(const QString& text)
{
    m_message->setText(text);
    m_latest->setVisible(false);
    m_stack->setCurrentIndex(1);
}

QString PnlChartView::emptyText() const
{
    const bool live = mode() == ExecutionMode::Live;
    switch (range()) {
    case Range::Day:
        return live ? tr("No live trades in the last day") : tr("No paper trades in the last day");
    case Range::Week:
        return live ? tr("No live trades in the last week")
                    : tr("No paper trades in the last week");
    case Range::All:
        return live ? tr("No live trades yet") : tr("No paper trades yet");
    }
    return {};
}

} // namespace polaris::ui
