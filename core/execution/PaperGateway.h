#pragma once

#include "core/execution/OrderGateway.h"
#include "core/execution/QuoteSource.h"
#include "core/strategies/BasketSizer.h"
#include "core/util/Clock.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace polaris {

/// The Paper phase's venue: matches our orders against the books as they are when the order
/// "arrives" (after a simulated round trip) and keeps a paper account (collateral and shares).
/// Model (docs/execution.md, "Paper model"):
/// - place() sleeps `latencyMs` once per batch, then reads each book through QuoteSource::book();
/// - a taker order walks the opposite side level by level at or better than its limit, each
///   level a separate fill paying the market's taker fee (core/market/TakerFee, exact);
///   FOK fills all or nothing, FAK what is there, GTC rests the remainder;
/// - liquidity we took is gone until the book changes (its venue timestamp or hash), so two legs
///   on one book, or a patch right after a leg, never take the same shares twice;
/// - a resting GTC fills at its own price, as a maker (no fee), when a later read of the book
///   (waitForUpdates(), status()) shows the other side crossing it;
/// - a buy needs collateral for its limit × size plus the fees of what it takes now; a sell needs
///   the shares; otherwise NotEnoughBalance. Price off the tick, outside [tick, 1 − tick], size
///   not on the 0.01 grid, a marketable buy under $1 and a resting order under the market's
///   minimum size are refused as the venue does.
/// Ids are deterministic ("paper-1", "paper-fill-1", ... with the default prefix). Plain C++, not
/// thread-safe: lives on the execution thread.
class PaperGateway final : public OrderGateway
{
public:
    using FeeLookup = std::function<std::optional<LegFee>(std::string_view tokenId)>;
    using Sleeper = std::function<void(std::int64_t ms)>;

    struct Options
    {
        std::int64_t latencyMs = 250;
        Decimal startingBalance = Decimal::fromInt(1000);
        /// Prefix of order ids ("<prefix>1") and fill ids ("<prefix>fill-1"). Fill ids are the
        /// arb_fill primary key: a process that records to a database shared across runs must
        /// make it unique per run (e.g. "paper-<8 hex of a UUID>-").
        std::string idPrefix = "paper-";
    };

    /// `sleep` waits that many ms (default: the thread sleeps); tests pass one that moves a
    /// ManualClock or changes the books "during" the round trip.
    PaperGateway(QuoteSource& books,
                 const Clock& clock,
                 FeeLookup fees,
                 Options options,
                 Sleeper sleep = {});

    ExecutionMode mode() const override { return ExecutionMode::Paper; }
    Result<std::vector<OrderStatusReport>> place(std::span<const OrderIntent> intents) override;
    Result<std::vector<std::string>> cancel(std::span<const std::string> venueOrderIds) override;
    Result<OrderStatusReport> status(const std::string& venueOrderId) override;
    std::vector<OrderStatusReport> waitForUpdates(int timeoutMs) override;
    Result<std::vector<OrderStatusReport>> openOrders() override;
    Result<std::vector<FillReport>> fillsSince(std::int64_t sinceMs) override;
    Result<Decimal> collateralBalance() override;
    std::int64_t lastLatencyMs() const override { return m_lastLatencyMs; }

    /// Shares of a token the paper account holds.
    Decimal shares(std::string_view tokenId) const;
    /// Adds shares (e.g. a position carried over) so that they can be sold.
    void creditShares(std::string_view tokenId, Decimal shares);

private:
    struct PaperOrder
    {
        OrderIntent intent;
        OrderStatusReport report;
        Decimal reservedCash; ///< resting buy: limit × remaining
    };
    /// What we took from one book version: price -> shares, per side.
    struct Taken
    {
        std::int64_t venueTimestampMs = 0;
        std::string hash;
        std::map<std::int64_t, Decimal> asks; // keyed by price micros
        std::map<std::int64_t, Decimal> bids;
    };
    struct Match
    {
        Decimal price;
        Decimal shares;
    };

    OrderStatusReport placeOne(const OrderIntent& intent, std::int64_t nowMs);
    std::optional<std::string>
    refusal(const OrderIntent& intent, const OrderBook& book, TradingError& error) const;
    Taken& takenFor(const OrderBook& book);
    /// Levels at or better than `limit` still available, best first, up to `shares`.
    std::vector<Match> walk(const OrderBook& book, TradeSide side, Decimal limit, Decimal shares);
    void fill(PaperOrder& order,
              const OrderBook& book,
              const Match& match,
              bool maker,
              std::int64_t nowMs);
    Decimal feeOf(const std::string& tokenId, Decimal shares, Decimal price) const;
    /// A resting order meets a crossing book: fills at its own price. True when it changed.
    bool matchResting(PaperOrder& order, std::int64_t nowMs);
    PaperOrder* find(const std::string& venueOrderId);
    Decimal availableCash() const;

    QuoteSource& m_books;
    const Clock& m_clock;
    FeeLookup m_fees;
    Options m_options;
    Sleeper m_sleep;
    Decimal m_cash;
    std::unordered_map<std::string, Decimal> m_holdings;
    std::unordered_map<std::string, Taken> m_taken;
    std::vector<PaperOrder> m_orders; // "paper-N" is m_orders[N - 1]
    std::vector<FillReport> m_fills;
    std::uint64_t m_nextFill = 1;
    std::int64_t m_lastLatencyMs = 0;
};

} // namespace polaris
