#pragma once

#include "core/execution/ExecutionMode.h"
#include "core/storage/DatabaseUrl.h"
#include "ui/models/PnlSeries.h"

#include <QWidget>

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QStackedWidget;
template <typename T> class QFutureWatcher;

namespace polaris::ui {

class PeriodicRefresh;

class PnlChart;

/// The PnL tab: realised and unrealised PnL over time of one phase (Paper or Live, never mixed),
/// the total and a line per strategy (legend entries toggle them in both charts), over the last
/// day, week or everything. Reads StorageQueries::pnlSeries on databaseReadPool(), never on the
/// GUI thread: on construction, when the phase or range changes, every refresh interval and on
/// refresh(). Says so plainly when the phase has no PnL yet or the database cannot be read.
/// Lives on the GUI thread.
class PnlChartView : public QWidget
{
    Q_OBJECT
public:
    enum class Range { Day, Week, All };
    static constexpr int kDefaultRefreshMs = 10'000;

    /// `databaseUrl` as DatabaseUrl::parse takes it; empty = DatabaseUrl::resolve("").
    explicit PnlChartView(const QString& databaseUrl, QWidget* parent = nullptr);
    ~PnlChartView() override;

    void setRefreshIntervalMs(int ms);
    /// Milliseconds since the epoch (UTC); the wall clock unless a test sets another.
    void setClock(std::function<std::int64_t()> clock);
    /// Paper or Live (Monitor has no PnL and shows Paper).
    void setMode(ExecutionMode mode);
    void setRange(Range range);
    ExecutionMode mode() const;
    Range range() const;

    PnlChart* realizedChart() const { return m_realized; }
    PnlChart* unrealizedChart() const { return m_unrealized; }

public Q_SLOTS:
    /// Reads the series again (off the GUI thread).
    void refresh();

Q_SIGNALS:
    /// A read finished and what it found (series, empty state or error) is on screen.
    void seriesRead();

private:
    struct SeriesRead;

    void applyRead();
    void presentRead(SeriesRead read);
    void toggle(const QString& strategy);
    void showMessage(const QString& text);
    QString emptyText() const;

    std::function<std::int64_t()> m_clock;
    std::optional<DatabaseUrl> m_url;
    QString m_urlError;
    QComboBox* m_mode = nullptr;
    QComboBox* m_range = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_latest = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_message = nullptr;
    PnlChart* m_realized = nullptr;
    PnlChart* m_unrealized = nullptr;
    PeriodicRefresh* m_periodic = nullptr; // the timer, the first read and showing
    QFutureWatcher<SeriesRead>* m_watcher = nullptr;
    bool m_readAgain = false;
    std::set<std::string> m_hidden;
};

} // namespace polaris::ui
