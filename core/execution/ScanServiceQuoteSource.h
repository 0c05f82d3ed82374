#pragma once

#include "core/execution/QuoteSource.h"
#include "core/market/Market.h"
#include "core/strategies/BasketSizer.h"
#include "core/util/Clock.h"

#include <QPointer>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace polaris {

class BookStoreSource;
class ScanService;
class UniverseQuoteSource;

/// The console's QuoteSource: re-quotes and reads books on the market-data thread, from the very
/// Universe and BookStore the scanner reads, by running a UniverseQuoteSource there
/// (ScanService::visitMarket through a blocking queued call). The caller's thread waits for the
/// answer, so it must be a worker (the execution thread), never the GUI thread: such a call is
/// refused with an Error. The UniverseQuoteSource is rebuilt whenever the universe is replaced.
/// Markets handed out by marketOf() are copies kept here, valid for this object's life (a newer
/// universe gives a new copy; the old one is kept, never changed under a reader).
/// Lives on the execution thread; the ScanService must outlive it or be deleted (then every call
/// fails cleanly).
class ScanServiceQuoteSource final : public QuoteSource
{
public:
    /// `clock` gives the re-quote's "now" (the scanner's clock).
    ScanServiceQuoteSource(ScanService& service, const Clock& clock);
    ~ScanServiceQuoteSource() override;

    Result<std::optional<Opportunity>> requote(const Opportunity& quoted) override;
    std::optional<OrderBook> book(std::string_view tokenId) override;

    /// A copy of the market trading `tokenId` as of the current universe; nullptr when unknown
    /// (or never seen and the market-data thread cannot be reached). The pointer stays valid
    /// for this object's life. For ExecutionEngine::Options::markets.
    const Market* marketOf(std::string_view tokenId);
    /// The taker fee a fill of `tokenId` pays; nullopt = none. For PaperGateway's fee lookup.
    std::optional<LegFee> feeOf(std::string_view tokenId);

private:
    /// State built over the scan thread's universe; only touched on that thread.
    struct ScanSide;

    /// Runs `work` on the market-data thread with a quote source over its current market.
    Status onScanThread(const std::function<void(UniverseQuoteSource&)>& work);

    QPointer<ScanService> m_service;
    const Clock& m_clock;
    std::unique_ptr<ScanSide> m_scanSide;
    struct MarketCopy
    {
        std::uint64_t universeVersion = 0;
        std::unique_ptr<const Market> market;
    };
    std::unordered_map<std::string, MarketCopy> m_markets;       // token id -> current copy
    std::vector<std::unique_ptr<const Market>> m_retiredMarkets; // older copies, still pointed at
};

} // namespace polaris
