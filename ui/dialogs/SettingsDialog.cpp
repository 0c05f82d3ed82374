#include "ui/dialogs/SettingsDialog.h"

#include "core/config/ArbConfigLoader.h"
#include "core/storage/DatabaseUrl.h"
#include "core/venues/polymarket/VenueEndpoints.h"
#include "ui/dialogs/FieldRow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

#include <optional>

namespace polaris::ui {

namespace {

constexpr const char* kGammaKey = "venues/polymarket/gamma_url";
constexpr const char* kClobKey = "venues/polymarket/clob_url";
constexpr const char* kWsKey = "venues/polymarket/ws_url";
constexpr const char* kDatabaseKey = "storage/url";

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color:palette(mid);"));
    return label;
}

QString urlCheck(const QString& text, bool webSocket)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!polymarket::VenueEndpoints::validate(url, webSocket, QString()).ok()) {
        return webSocket ? SettingsDialog::tr("An absolute ws:// or wss:// URL with a host.")
                         : SettingsDialog::tr("An absolute http:// or https:// URL with a host.");
    }
    return {};
}

} // namespace

SettingsDialog::SettingsDialog(QSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    const Status stored = ArbConfigLoader::applySettings(m_initialConfig, m_settings);
    if (!stored.ok()) {
        m_loadProblems = QString::fromStdString(stored.error().detail);
    }
    m_initialConsole = ConsoleSettings::load(m_settings);
    m_fields = ThresholdFields::all();

    auto* layout = new QVBoxLayout(this);
    if (!m_loadProblems.isEmpty()) {
        auto* problems = new QLabel(tr("Some stored values could not be used and are shown at "
                                       "their defaults; OK saves the values below. (%1)")
                                            .arg(m_loadProblems),
                                    this);
        problems->setObjectName(QStringLiteral("loadProblems"));
        problems->setWordWrap(true);
        layout->addWidget(problems);
    }
    m_pages = new QTabWidget(this);
    m_pages->addTab(makeThresholdPage(), tr("Thresholds"));
    m_pages->addTab(makeConnectionPage(), tr("Connections"));
    m_pages->addTab(makeInterfacePage(), tr("Interface"));
    layout->addWidget(m_pages, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("validationSummary"));
    m_summary->setStyleSheet(QStringLiteral("color:#c0392b;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                             | QDialogButtonBox::RestoreDefaults,
                                     this);
    m_buttons->button(QDialogButtonBox::RestoreDefaults)
            ->setToolTip(tr("Put every threshold back to its default (saved only with OK)."));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);

    loadThresholds(m_initialConfig);
    resize(760, 680);
}

QWidget* SettingsDialog::makeThresholdPage()
{
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("Money and ratios are exact decimals: 0.03 means 3 %. Changes apply "
                              "to the running scanner when you press OK. The names in the "
                              "tooltips are the keys of polaris-arb --set and the config file."),
                           page));
    QFormLayout* form = nullptr;
    std::optional<ThresholdField::Group> current;
    for (const ThresholdField& field : m_fields) {
        if (!current || *current != field.group) {
            current = field.group;
            auto* box = new QGroupBox(ThresholdFields::groupTitle(field.group), page);
            form = new QFormLayout(box);
            layout->addWidget(box);
        }
        auto* row = new FieldRow(QStringLiteral("arb_") + field.key, field.unit, page);
        row->setCheck([field](const QString& text) { return ThresholdFields::check(field, text); });
        row->setHint([field](const QString& text) { return ThresholdFields::hint(field, text); });
        row->lineEdit()->setToolTip(field.key);
        connect(row, &FieldRow::edited, this, &SettingsDialog::revalidate);
        form->addRow(field.label, row);
        m_thresholdRows.insert(field.key, row);
    }
    layout->addStretch(1);
    scroll->setWidget(page);
    return scroll;
}

FieldRow* SettingsDialog::addUrlRow(QWidget* page, const QString& name, bool webSocket)
{
    auto* row = new FieldRow(name, QString(), page);
    row->setWide();
    row->setCheck([webSocket](const QString& text) { return urlCheck(text, webSocket); });
    connect(row, &FieldRow::edited, this, &SettingsDialog::revalidate);
    return row;
}

QWidget* SettingsDialog::makeConnectionPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* venues = new QGroupBox(tr("Polymarket"), page);
    auto* venueForm = new QFormLayout(venues);
    const polymarket::VenueEndpoints defaults;
    m_gammaUrl = addUrlRow(venues, QStringLiteral("gammaUrl"), false);
    m_clobUrl = addUrlRow(venues, QStringLiteral("clobUrl"), false);
    m_wsUrl = addUrlRow(venues, QStringLiteral("wsUrl"), true);
    const struct
    {
        FieldRow* row;
        QString label;
        const char* key;
        const char* env;
        QUrl fallback;
    } urls[] = {{m_gammaUrl, tr("Gamma API"), kGammaKey, "POLARIS_GAMMA_URL", defaults.gammaUrl},
                {m_clobUrl, tr("CLOB REST"), kClobKey, "POLARIS_CLOB_URL", defaults.clobUrl},
                {m_wsUrl, tr("Market WebSocket"), kWsKey, "POLARIS_WS_URL", defaults.wsUrl}};
    for (const auto& url : urls) {
        url.row->setText(storedUrl(url.key, url.fallback));
        url.row->setPlaceholder(url.fallback.toString());
        if (qEnvironmentVariableIsSet(url.env)) {
            const QString env = QLatin1String(url.env);
            url.row->setHint([env](const QString&) {
                return tr("%1 is set and takes precedence").arg(env);
            });
            url.row->revalidate();
        }
        venueForm->addRow(url.label, url.row);
    }
    layout->addWidget(venues);

    auto* storage = new QGroupBox(tr("Database"), page);
    auto* storageForm = new QFormLayout(storage);
    m_databaseUrl = new FieldRow(QStringLiteral("databaseUrl"), QString(), storage);
    m_databaseUrl->setWide();
    m_databaseUrl->setPlaceholder(DatabaseUrl::defaultSqlite().redacted());
    m_databaseUrl->setCheck([](const QString& text) -> QString {
        if (text.isEmpty()) {
            return {};
        }
        const auto url = DatabaseUrl::parse(text);
        if (!url.ok()) {
            return QString::fromStdString(url.error().detail);
        }
        if (!url->password.isEmpty()) {
            return tr("Leave the password out: settings are not a safe place for it. PostgreSQL "
                      "reads it from ~/.pgpass or PGPASSWORD.");
        }
        return {};
    });
    m_databaseUrl->setHint([](const QString& text) {
        const auto url = text.isEmpty() ? Result<DatabaseUrl>(DatabaseUrl::defaultSqlite())
                                        : DatabaseUrl::parse(text);
        return url.ok() ? (url->isPostgres() ? tr("PostgreSQL") : tr("SQLite file")) : QString();
    });
    m_databaseUrl->setText(m_settings.value(QLatin1String(kDatabaseKey)).toString());
    connect(m_databaseUrl, &FieldRow::edited, this, &SettingsDialog::revalidate);
    storageForm->addRow(tr("Database URL"), m_databaseUrl);
    storageForm->addRow(note(tr("Empty: the SQLite file shown. Or sqlite:PATH, or "
                                "postgresql://user@host:port/database."),
                             storage));
    layout->addWidget(storage);
    layout->addWidget(note(tr("Addresses apply after restart. Command-line flags and POLARIS_* "
                              "environment variables take precedence over these settings."),
                           page));
    layout->addStretch(1);
    return page;
}

QWidget* SettingsDialog::makeInterfacePage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* language = new QGroupBox(tr("Language"), page);
    auto* languageForm = new QFormLayout(language);
    m_language = new QComboBox(language);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    // Each language in its own name, so that anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QString::fromUtf8("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_initialConsole.language)));
    languageForm->addRow(tr("Interface language"), m_language);
    languageForm->addRow(note(tr("Applies after restart."), language));
    layout->addWidget(language);

    auto* notifications = new QGroupBox(tr("Notifications"), page);
    auto* notifyForm = new QFormLayout(notifications);
    m_notificationsEnabled = new QCheckBox(tr("Notify me of new opportunities"), notifications);
    m_notificationsEnabled->setObjectName(QStringLiteral("notificationsEnabled"));
    m_notificationsEnabled->setChecked(m_initialConsole.notificationsEnabled);
    notifyForm->addRow(m_notificationsEnabled);
    m_notifyMinNetProfit =
            new FieldRow(QStringLiteral("notifyMinNetProfit"), QStringLiteral("USDC"), page);
    m_notifyMinNetProfit->setCheck([](const QString& text) -> QString {
        const auto value = Decimal::parse(text.toStdString());
        if (!value.ok()) {
            return tr("Not a decimal number: use digits and one '.', e.g. 5 or 2.5.");
        }
        return value->isNegative() ? tr("Must not be negative.") : QString();
    });
    m_notifyMinNetProfit->setText(
            QString::fromStdString(m_initialConsole.notifyMinNetProfit.toString()));
    connect(m_notifyMinNetProfit, &FieldRow::edited, this, &SettingsDialog::revalidate);
    connect(m_notificationsEnabled, &QCheckBox::toggled, m_notifyMinNetProfit,
            &QWidget::setEnabled);
    m_notifyMinNetProfit->setEnabled(m_initialConsole.notificationsEnabled);
    connect(m_notificationsEnabled, &QCheckBox::toggled, this, &SettingsDialog::revalidate);
    notifyForm->addRow(tr("Minimum net profit"), m_notifyMinNetProfit);
    notifyForm->addRow(note(tr("A system notification (or a status-bar message when the desktop "
                               "has no tray) for each new opportunity at or above this net "
                               "profit, at most one every few seconds. Applies immediately."),
                            notifications));
    layout->addWidget(notifications);
    layout->addStretch(1);
    return page;
}

QString SettingsDialog::storedUrl(const char* key, const QUrl& fallback) const
{
    const QString stored = m_settings.value(QLatin1String(key)).toString();
    return stored.isEmpty() ? fallback.toString() : stored;
}

void SettingsDialog::loadThresholds(const ArbConfig& config)
{
    for (const ThresholdField& field : m_fields) {
        m_thresholdRows.value(field.key)->setText(ArbConfigLoader::valueText(config, field.key));
    }
    revalidate();
}

void SettingsDialog::restoreDefaults()
{
    loadThresholds(ArbConfig{});
}

ArbConfig SettingsDialog::arbConfig() const
{
    ArbConfig config;
    for (const ThresholdField& field : m_fields) {
        FieldRow* row = m_thresholdRows.value(field.key);
        if (row->isValid()) {
            (void)ArbConfigLoader::apply(config, field.key, row->text());
        }
    }
    return config;
}

ConsoleSettings SettingsDialog::consoleSettings() const
{
    ConsoleSettings console;
    console.language = m_language->currentData().toString();
    console.notificationsEnabled = m_notificationsEnabled->isChecked();
    const auto threshold = Decimal::parse(m_notifyMinNetProfit->text().toStdString());
    console.notifyMinNetProfit = threshold.ok() ? *threshold : m_initialConsole.notifyMinNetProfit;
    return console;
}

void SettingsDialog::revalidate()
{
    // Relations only between fields that are valid on their own.
    for (FieldRow* row : std::as_const(m_thresholdRows)) {
        row->setRelationError(QString());
    }
    for (const auto& [key, message] : ThresholdFields::checkRelations(arbConfig())) {
        if (FieldRow* row = m_thresholdRows.value(key)) {
            row->setRelationError(message);
        }
    }
    int invalid = 0;
    int firstPage = -1;
    const auto count = [&](FieldRow* row, int page) {
        if (!row->isValid() && row->isEnabled()) {
            ++invalid;
            if (firstPage < 0) {
                firstPage = page;
            }
        }
    };
    for (FieldRow* row : std::as_const(m_thresholdRows)) {
        count(row, 0);
    }
    for (FieldRow* row : {m_gammaUrl, m_clobUrl, m_wsUrl, m_databaseUrl}) {
        count(row, 1);
    }
    count(m_notifyMinNetProfit, 2);
    m_summary->setText(invalid == 0 ? QString()
                                    : tr("%n value(s) need attention, see %1.", nullptr, invalid)
                                              .arg(m_pages->tabText(firstPage)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(invalid == 0);
}

bool SettingsDialog::isValid() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void SettingsDialog::accept()
{
    revalidate();
    if (!isValid()) {
        return;
    }
    const ArbConfig config = arbConfig();
    ArbConfigLoader::writeSettings(config, m_settings);

    bool restart = false;
    const polymarket::VenueEndpoints defaults;
    const std::pair<FieldRow*, std::pair<const char*, QUrl>> urls[] = {
            {m_gammaUrl, {kGammaKey, defaults.gammaUrl}},
            {m_clobUrl, {kClobKey, defaults.clobUrl}},
            {m_wsUrl, {kWsKey, defaults.wsUrl}}};
    for (const auto& [row, where] : urls) {
        const QString key = QLatin1String(where.first);
        restart |= row->text() != storedUrl(where.first, where.second);
        // The default is not pinned, so that a new default reaches users who never changed it.
        if (row->text() == where.second.toString()) {
            m_settings.remove(key);
        } else {
            m_settings.setValue(key, row->text());
        }
    }
    const QString database = m_databaseUrl->text();
    restart |= database != m_settings.value(QLatin1String(kDatabaseKey)).toString();
    if (database.isEmpty()) {
        m_settings.remove(QLatin1String(kDatabaseKey));
    } else {
        m_settings.setValue(QLatin1String(kDatabaseKey), database);
    }

    const ConsoleSettings console = consoleSettings();
    restart |= console.language != m_initialConsole.language;
    console.save(m_settings);
    m_settings.sync();

    if (ArbConfigLoader::describe(config) != ArbConfigLoader::describe(m_initialConfig)) {
        Q_EMIT arbConfigChanged(config);
    }
    if (console.language != m_initialConsole.language
        || console.notificationsEnabled != m_initialConsole.notificationsEnabled
        || console.notifyMinNetProfit != m_initialConsole.notifyMinNetProfit) {
        Q_EMIT consoleSettingsChanged(console);
    }
    if (restart) {
        Q_EMIT restartNeeded();
    }
    QDialog::accept();
}

} // namespace polaris::ui
