#pragma once

#include <QMetaType>
#include <QString>

namespace polaris {

/// A value snapshot of the market-data pipeline's health, published about once a second for the
/// status bar and `polaris-arb`. Crosses threads by value.
struct MarketDataStatus
{
    enum class Phase { Starting, LoadingEvents, LoadingBooks, Live, Replay, Failed };
    Phase phase = Phase::Starting;
    int events = 0;
    int markets = 0;
    int books = 0;
    int booksLive = 0;
    int booksStale = 0;
    int booksInvalid = 0;
    int booksEmpty = 0;
    int shardsUp = 0;
    int shardsTotal = 0;
    double messagesPerSecond = 0;
    qint64 roundTripMs = -1; ///< the slowest live feed's last PING -> PONG; -1 not measured yet
    quint64 frames = 0;
    quint64 errors = 0;
    QString lastError;
};

const char* marketDataPhaseName(MarketDataStatus::Phase phase);

} // namespace polaris

Q_DECLARE_METATYPE(polaris::MarketDataStatus)
