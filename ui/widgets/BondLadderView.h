#pragma once

#include "core/scanner/ScanSummary.h"
#include "core/storage/DatabaseUrl.h"
#include "ui/models/BondRung.h"

#include <QWidget>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

class QButtonGroup;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
template <typename T> class QFutureWatcher;

namespace polaris::ui {

class PeriodicRefresh;

class BondLadderModel;

/// The bond ladder tab: open bond positions (read from the database) and the scanner's bond
/// candidates grouped into rungs by resolution day or week, with shares, capital, payout, yield
/// and annualised yield per rung, and the bonds of the selected rung below. The database is read
/// on databaseReadPool() (never on the GUI thread), on construction, every refresh interval and
/// on refresh(); a database that cannot be read is reported in the view, and the candidates are
/// still shown. Lives on the GUI thread.
class BondLadderView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDefaultRefreshMs = 30'000;

    /// `databaseUrl` as DatabaseUrl::parse takes it; empty = DatabaseUrl::resolve(""): the
    /// environment, the settings or the default SQLite file.
    explicit BondLadderView(const QString& databaseUrl, QWidget* parent = nullptr);
    ~BondLadderView() override;

    void setRefreshIntervalMs(int ms);
    /// Milliseconds since the epoch (UTC); the wall clock unless a test sets another.
    void setClock(std::function<std::int64_t()> clock);
    BondLadderModel* model() const { return m_model; }

public Q_SLOTS:
    /// The scanner's latest snapshot: its strategy-F opportunities become candidates.
    void setScanSummary(const polaris::ScanSummary& summary);
    /// Reads the open positions again (off the GUI thread).
    void refresh();
    void setGrouping(polaris::ui::BondGrouping grouping);

Q_SIGNALS:
    /// A database read finished and its result (positions or error) is on screen.
    void positionsRead();

private:
    struct PositionsRead;

    void applyRead();
    void updateStatus();
    void showSelectedRung();

    std::function<std::int64_t()> m_clock;
    std::optional<DatabaseUrl> m_url;
    QString m_urlError;
    BondLadderModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QButtonGroup* m_grouping = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_totals = nullptr;
    QTableView* m_table = nullptr;
    QTableWidget* m_items = nullptr;
    PeriodicRefresh* m_periodic = nullptr; // the timer, the first read and showing
    QFutureWatcher<PositionsRead>* m_watcher = nullptr;
    bool m_readAgain = false;
    bool m_everRead = false;
    std::int64_t m_readAtMs = 0;
    QString m_readError; ///< empty when the last read succeeded
    std::string m_selectedKey;
};

} // namespace polaris::ui
