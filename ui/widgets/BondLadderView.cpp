#include "ui/widgets/BondLadderView.h"

#include "core/storage/StorageQueries.h"
#include "ui/models/BondLadderModel.h"
#include "ui/models/DatabaseReadPool.h"
#include "ui/models/DisplayFormat.h"
#include "ui/models/ModelRoles.h"
#include "ui/widgets/PeriodicRefresh.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace polaris::ui {

struct BondLadderView::PositionsRead
{
    bool ok = false;
    std::vector<BondPositionRecord> positions;
    QString error;
};

namespace {

QString exact(Decimal value)
{
    return QString::fromStdString(value.toString());
}

} // namespace

BondLadderView::BondLadderView(const QString& databaseUrl, QWidget* parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("bondLadderView")); // MainWindow remembers the current tab by it
    Result<DatabaseUrl> url = databaseUrl.isEmpty() ? DatabaseUrl::resolve(QString())
                                                    : DatabaseUrl::parse(databaseUrl);
    if (url) {
        m_url = url.value();
    } else {
        m_urlError = QString::fromStdString(url.error().detail);
    }

    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Group by:"), this));
    m_grouping = new QButtonGroup(this);
    const std::pair<BondGrouping, QString> groupings[] = {{BondGrouping::Days, tr("Days")},
                                                          {BondGrouping::Weeks, tr("Weeks")}};
    for (const auto& [grouping, text] : groupings) {
        auto* button = new QToolButton(this);
        button->setText(text);
        button->setCheckable(true);
        button->setChecked(grouping == BondGrouping::Days);
        button->setObjectName(grouping == BondGrouping::Days ? QStringLiteral("bondGroupDays")
                                                             : QStringLiteral("bondGroupWeeks"));
        m_grouping->addButton(button, int(grouping));
        bar->addWidget(button);
    }
    m_grouping->setExclusive(true);
    connect(m_grouping, &QButtonGroup::idClicked, this,
            [this](int id) { setGrouping(BondGrouping(id)); });
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("bondRefresh"));
    refreshButton->setToolTip(tr("Read the open positions from the database again"));
    connect(refreshButton, &QPushButton::clicked, this, &BondLadderView::refresh);
    bar->addWidget(refreshButton);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("bondLadderStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("bondLadderTotals"));
    m_totals->setTextFormat(Qt::PlainText);
    layout->addWidget(m_totals);

    m_model = new BondLadderModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("bondLadderTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BondLadderModel::DateColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(BondLadderModel::DateColumn, 240);
    m_items = new QTableWidget(0, 7, splitter);
    m_items->setObjectName(QStringLiteral("bondRungItems"));
    m_items->setHorizontalHeaderLabels({tr("Kind"), tr("Bond"), tr("Resolves"), tr("Shares"),
                                        tr("Price"), tr("Capital"), tr("Pays")});
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->verticalHeader()->setVisible(false);
    m_items->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_items->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    splitter->addWidget(m_table);
    splitter->addWidget(m_items);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty()) {
            const BondRung* rung = m_model->rungAt(m_proxy->mapToSource(rows.front()).row());
            m_selectedKey = rung ? rung->key : std::string();
        }
        showSelectedRung();
    });
    // A rung's figures change in place with every scan: keep its bonds list current.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BondLadderView::showSelectedRung);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BondLadderView::showSelectedRung);

    m_watcher = new QFutureWatcher<PositionsRead>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &BondLadderView::applyRead);
    m_periodic = new PeriodicRefresh(
            this, kDefaultRefreshMs, [this] { return m_watcher->isRunning(); },
            [this] { refresh(); });
    updateStatus();
}

BondLadderView::~BondLadderView()
{
    // A read still running finishes on the pool and its result is dropped with the watcher.
    m_watcher->disconnect(this);
}

void BondLadderView::setRefreshIntervalMs(int ms)
{
    m_periodic->setIntervalMs(ms);
}

void BondLadderView::setClock(std::function<std::int64_t()> clock)
{
    m_clock = std::move(clock);
}

void BondLadderView::setScanSummary(const ScanSummary& summary)
{
    m_model->setCandidates(summary, m_clock());
    updateStatus();
}

void BondLadderView::setGrouping(BondGrouping grouping)
{
    m_grouping->button(int(grouping))->setChecked(true);
    if (grouping != m_model->grouping()) {
        m_selectedKey.clear();
        m_model->setGrouping(grouping, m_clock());
        updateStatus();
    }
}

void BondLadderView::refresh()
{
    if (!m_url) {
        m_readError = tr("invalid database URL: %1").arg(m_urlError);
        updateStatus();
        Q_EMIT positionsRead();
        return;
    }
    if (m_watcher->isRunning()) {
        m_readAgain = true; // one read at a time; the latest request runs when this one ends
        return;
    }
    const DatabaseUrl url = *m_url;
    m_watcher->setFuture(QtConcurrent::run(databaseReadPool(), [url] {
        PositionsRead read;
        Result<StorageQueries> queries = StorageQueries::open(url);
        if (!queries) {
            read.error = QString::fromStdString(queries.error().detail);
            return read;
        }
        Result<std::vector<BondPositionRecord>> open =
                queries.value().bondPositions(BondStatus::Open);
        if (!open) {
            read.error = QString::fromStdString(open.error().detail);
            return read;
        }
        read.ok = true;
        read.positions = std::move(open).value();
        return read;
    }));
}

void BondLadderView::applyRead()
{
    PositionsRead read = m_watcher->result();
    const std::int64_t now = m_clock();
    if (read.ok) {
        m_everRead = true;
        m_readAtMs = now;
        m_readError.clear();
        m_model->setPositions(std::move(read.positions), now);
    } else {
        // Keep the last positions read: the status says how old they are.
        m_readError = read.error.isEmpty() ? tr("unknown error") : read.error;
    }
    updateStatus();
    Q_EMIT positionsRead();
    if (m_readAgain) {
        m_readAgain = false;
        refresh();
    }
}

void BondLadderView::updateStatus()
{
    const int seconds = m_periodic->intervalMs() / 1000;
    QString text;
    if (m_readError.isEmpty()) {
        text = m_everRead
                       ? tr("%n open position(s) read %1", nullptr, int(m_model->positionCount()))
                                 .arg(display::utcTime(m_readAtMs))
                       : tr("Reading open positions from the database…");
    } else if (m_everRead) {
        text = tr("Database unavailable: %1. Open positions shown are as of %2; retrying every "
                  "%3 s.")
                       .arg(m_readError, display::utcTime(m_readAtMs))
                       .arg(seconds);
    } else {
        text = tr("Database unavailable: %1. Open positions cannot be shown until it is back "
                  "(retrying every %2 s); the scanner's candidates are still listed.")
                       .arg(m_readError)
                       .arg(seconds);
    }
    text += QStringLiteral(" · ")
            + tr("%n candidate(s) from the scanner", nullptr, int(m_model->candidateCount()));
    m_status->setText(text);
    m_status->setStyleSheet(m_readError.isEmpty() ? QString() : QStringLiteral("color:#b00020;"));

    Decimal capital;
    Decimal payout;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        capital += m_model->rungAt(row)->capital;
        payout += m_model->rungAt(row)->payout;
    }
    m_totals->setText(
            m_model->rowCount() == 0
                    ? tr("No open bond positions and no bond candidates.")
                    : tr("Total: capital %1 · pays %2 · %n rung(s)", nullptr, m_model->rowCount())
                              .arg(display::exactUsdc(capital), display::exactUsdc(payout)));
    showSelectedRung();
}

void BondLadderView::showSelectedRung()
{
    const int row = m_selectedKey.empty() ? -1 : m_model->rowOf(m_selectedKey);
    const BondRung* rung = m_model->rungAt(row);
    const int count = rung ? int(rung->items.size()) : 0;
    m_items->setRowCount(count);
    for (int i = 0; i < count; ++i) {
        const BondRungItem& item = rung->items[std::size_t(i)];
        const QString texts[] = {item.kind == BondRungItem::Kind::Position ? tr("position")
                                                                           : tr("candidate"),
                                 QString::fromStdString(item.label),
                                 item.resolveMs ? display::utcTime(*item.resolveMs) : tr("unknown"),
                                 exact(item.shares),
                                 exact(item.price),
                                 display::money(item.capital),
                                 display::money(item.payout)};
        for (int column = 0; column < int(std::size(texts)); ++column) {
            auto* cell = new QTableWidgetItem(texts[column]);
            cell->setTextAlignment(column >= 3 ? Qt::AlignRight | Qt::AlignVCenter
                                               : Qt::AlignLeft | Qt::AlignVCenter);
            cell->setToolTip(column == 5   ? display::exactUsdc(item.capital)
                             : column == 6 ? display::exactUsdc(item.payout)
                             : column == 1 ? QString::fromStdString(item.id)
                                           : texts[column]);
            m_items->setItem(i, column, cell);
        }
    }
}

} // namespace polaris::ui
