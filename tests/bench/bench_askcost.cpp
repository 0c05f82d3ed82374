// OrderBook::askCost(q) on a 20-level book: the depth walk every arbitrage check runs.

#include "core/book/OrderBook.h"

#include <vector>

#include <benchmark/benchmark.h>

namespace {

polaris::OrderBook twentyLevelBook()
{
    std::vector<polaris::BookLevel> bids;
    std::vector<polaris::BookLevel> asks;
    for (int i = 0; i < 20; ++i) {
        // asks 0.51..0.70 with 100..290 shares each (total 3,900), bids 0.30..0.49
        asks.push_back({polaris::Decimal::fromMicros((51 + i) * 10'000),
                        polaris::Decimal::fromInt(100 + 10 * i)});
        bids.push_back(
                {polaris::Decimal::fromMicros((30 + i) * 10'000), polaris::Decimal::fromInt(100)});
    }
    polaris::OrderBook book("bench");
    (void)book.applySnapshot(bids, asks, 1, 1);
    return book;
}

void BM_AskCost(benchmark::State& state)
{
    const polaris::OrderBook book = twentyLevelBook();
    const polaris::Decimal shares = polaris::Decimal::fromInt(state.range(0));
    for (auto _ : state) {
        const polaris::DepthWalk walk = book.askCost(shares);
        benchmark::DoNotOptimize(walk);
    }
    state.counters["levels"] = book.askCost(shares).levelsTouched;
}

} // namespace

// 10 shares (top level only), 500 (~4 levels), 3,000 (~17 levels), 10,000 (whole book, incomplete).
BENCHMARK(BM_AskCost)->Arg(10)->Arg(500)->Arg(3000)->Arg(10000);

BENCHMARK_MAIN();
