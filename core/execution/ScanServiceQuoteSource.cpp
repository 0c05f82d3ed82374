#include "core/execution/ScanServiceQuoteSource.h"

#include "core/execution/UniverseQuoteSource.h"
#include "core/scanner/ScanService.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>

namespace polaris {

namespace {
Q_LOGGING_CATEGORY(lcQuotes, "polaris.execution.quotes")
}

struct ScanServiceQuoteSource::ScanSide
{
    std::uint64_t universeVersion = 0;
    const BookStore* store = nullptr;
    std::unique_ptr<BookStoreSource> books;
    std::unique_ptr<UniverseQuoteSource> quotes;
};

ScanServiceQuoteSource::ScanServiceQuoteSource(ScanService& service, const Clock& clock)
    : m_service(&service)
    , m_clock(clock)
    , m_scanSide(std::make_unique<ScanSide>())
{}

// The scan-side objects only hold references into the market; destroying them here reads
// nothing of it, so any thread may do it.
ScanServiceQuoteSource::~ScanServiceQuoteSource() = default;

Status ScanServiceQuoteSource::onScanThread(const std::function<void(UniverseQuoteSource&)>& work)
{
    ScanService* service = m_service.data();
    if (service == nullptr) {
        return Error{ErrorCode::NotFound, "the market-data service is gone"};
    }
    bool visited = false;
    const auto visit = [&] {
        visited = service->visitMarket([&](const ScanMarketView& view) {
            ScanSide& side = *m_scanSide;
            if (!side.quotes || side.universeVersion != view.universeVersion
                || side.store != &view.books) {
                side.quotes.reset(); // holds a reference to the old source
                side.books = std::make_unique<BookStoreSource>(view.books);
                side.store = &view.books;
                side.quotes = std::make_unique<UniverseQuoteSource>(
                        view.universe, *side.books, view.config, m_clock, &view.confidence);
                side.universeVersion = view.universeVersion;
            }
            work(*side.quotes);
        });
    };
    QThread* scanThread = service->thread();
    if (QThread::currentThread() == scanThread) {
        visit();
    } else {
        const QCoreApplication* app = QCoreApplication::instance();
        if (app != nullptr && QThread::currentThread() == app->thread()) {
            qCWarning(lcQuotes) << "quote source called from the GUI thread; refused";
            return Error{ErrorCode::Io, "the quote source must not be used from the GUI thread: "
                                        "it waits for the market-data thread"};
        }
        if (scanThread == nullptr || !scanThread->isRunning()) {
            return Error{ErrorCode::Io, "the market-data thread is not running"};
        }
        if (!QMetaObject::invokeMethod(service, visit, Qt::BlockingQueuedConnection)) {
            return Error{ErrorCode::Io, "could not reach the market-data thread"};
        }
    }
    if (!visited) {
        return Error{ErrorCode::NotFound, "market data has not started yet"};
    }
    return okStatus();
}

Result<std::optional<Opportunity>> ScanServiceQuoteSource::requote(const Opportunity& quoted)
{
    std::optional<Result<std::optional<Opportunity>>> answer;
    const Status reached =
            onScanThread([&](UniverseQuoteSource& quotes) { answer = quotes.requote(quoted); });
    if (!reached) {
        return reached.error();
    }
    return std::move(*answer);
}

std::optional<OrderBook> ScanServiceQuoteSource::book(std::string_view tokenId)
{
    std::optional<OrderBook> copy;
    const Status reached =
            onScanThread([&](UniverseQuoteSource& quotes) { copy = quotes.book(tokenId); });
    if (!reached) {
        qCWarning(lcQuotes) << "no book for"
                            << QByteArray::fromRawData(tokenId.data(), qsizetype(tokenId.size()))
                            << ":" << QString::fromStdString(reached.error().detail);
    }
    return copy;
}

const Market* ScanServiceQuoteSource::marketOf(std::string_view tokenId)
{
    const std::string key(tokenId);
    auto known = m_markets.find(key);
    std::optional<Market> copy;
    std::uint64_t version = 0;
    const Status reached = onScanThread([&](UniverseQuoteSource& quotes) {
        version = m_scanSide->universeVersion;
        if (known != m_markets.end() && known->second.universeVersion == version) {
            return; // the copy is of this universe already
        }
        if (const Market* market = quotes.marketOf(tokenId)) {
            copy = *market;
        }
    });
    if (reached && copy) {
        if (known == m_markets.end()) {
            known = m_markets.emplace(key, MarketCopy{}).first;
        } else {
            m_retiredMarkets.push_back(std::move(known->second.market));
        }
        known->second.universeVersion = version;
        known->second.market = std::make_unique<const Market>(std::move(*copy));
    }
    // A market seen before stays usable when the thread cannot answer for a moment.
    return known != m_markets.end() ? known->second.market.get() : nullptr;
}

std::optional<LegFee> ScanServiceQuoteSource::feeOf(std::string_view tokenId)
{
    const Market* market = marketOf(tokenId);
    return market != nullptr ? legFeeFor(*market) : std::nullopt;
}

} // namespace polaris
