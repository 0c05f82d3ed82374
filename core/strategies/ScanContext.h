#pragma once

#include "core/config/ArbConfig.h"
#include "core/strategies/Opportunity.h"

#include <bitset>
#include <cstdint>
#include <string_view>
#include <vector>

namespace polaris {

class OrderBook;
struct Event;

/// Where checkers find the book of a token. The market-data thread's BookStore implements it;
/// tests can hand in plain books. Returning nullptr means "no book" (a Layer 1 refusal).
class BookSource
{
public:
    virtual ~BookSource() = default;
    virtual const OrderBook* find(std::string_view tokenId) const = 0;
};

/// Everything a checker needs for one scan besides the event itself. Read-only during a scan.
struct ScanContext
{
    const ArbConfig& config;
    const BookSource& books;
    std::int64_t nowMs = 0;
    std::bitset<8> enabled = std::bitset<8>().set(); ///< indexed by Strategy

    bool isEnabled(Strategy strategy) const { return enabled.test(static_cast<std::size_t>(strategy)); }
};

/// What checkers append to. Reused between scans (clear() keeps capacity).
struct ScanResult
{
    std::vector<Opportunity> opportunities;
    std::vector<Refusal> refusals;

    void clear()
    {
        opportunities.clear();
        refusals.clear();
    }
};

/// One strategy family's detector. Checkers are stateless and const: the same checker can be
/// run on the full universe or on the events touched by one book change, with identical results.
/// Plain C++; runs on the market-data thread.
class StrategyChecker
{
public:
    virtual ~StrategyChecker() = default;
    /// Evaluates one event (all its markets) and appends opportunities and near-miss refusals
    /// for the strategies of this checker that `context` enables.
    virtual void checkEvent(const Event& event, const ScanContext& context, ScanResult& out) const = 0;
};

} // namespace polaris
