// The hot path: market-channel price_change frames (current schema) parsed by
// MarketMessageParser and applied to a BookStore of 50,000 books. Target: >= 1,000,000 level
// updates/s on one core.

#include "core/book/BookStore.h"
#include "core/venues/polymarket/MarketMessageParser.h"
#include "tests/bench/BenchData.h"

#include <benchmark/benchmark.h>

namespace {

constexpr std::size_t kBooks = 50'000;
constexpr std::size_t kFrames = 20'000;

struct WsFixture
{
    std::vector<std::string> ids = polaris::bench::assetIds(kBooks);
    std::vector<std::string> frames;
    std::size_t levelUpdates = 0; // in all frames
    std::size_t frameBytes = 0;

    WsFixture()
    {
        // Frames like the live feed: one market, 1-4 changes of one of its two tokens, with
        // per-change hash and best bid/ask. Bids stay on 0.30..0.49 and asks on 0.51..0.70 so books
        // never cross; ~25 % of the changes remove a level.
        std::mt19937_64 rng(99);
        const std::string market = "0x" + polaris::bench::randomHex(rng, 64);
        for (std::size_t f = 0; f < kFrames; ++f) {
            const std::string& asset = ids[rng() % kBooks];
            const std::size_t changes = 1 + rng() % 4;
            std::string text = "{\"event_type\":\"price_change\",\"market\":\"" + market
                               + "\",\"price_changes\":[";
            for (std::size_t c = 0; c < changes; ++c) {
                const bool bid = rng() % 2 == 0;
                const int cents =
                        bid ? 30 + static_cast<int>(rng() % 20) : 51 + static_cast<int>(rng() % 20);
                const std::string size =
                        rng() % 4 == 0 ? std::string("0") : polaris::bench::sizeText(rng);
                text += (c ? ",{\"asset_id\":\"" : "{\"asset_id\":\"") + asset + "\",\"price\":\""
                        + polaris::bench::centsText(cents) + "\",\"size\":\"" + size
                        + "\",\"side\":\"" + (bid ? "BUY" : "SELL") + "\",\"hash\":\""
                        + polaris::bench::randomHex(rng, 40)
                        + "\",\"best_bid\":\"0.49\",\"best_ask\":\"0.51\"}";
            }
            text += "],\"timestamp\":\"" + std::to_string(1757908892351 + f) + "\"}";
            levelUpdates += changes;
            frameBytes += text.size();
            frames.push_back(std::move(text));
        }
    }

    /// A store with every book registered and given a 20-level-a-side snapshot.
    void fill(polaris::BookStore& store) const
    {
        polaris::MarketMessageParser parser;
        polaris::MarketFrame frame;
        std::mt19937_64 rng(5);
        for (const std::string& id : ids) {
            store.ensure(id);
            std::string text;
            polaris::bench::appendBook(text, rng, id, 20);
            text.insert(1, "\"event_type\":\"book\",");
            parser.parse(text, frame);
            store.apply(frame, 1);
        }
        store.clearDirty();
    }
};

const WsFixture& fixture()
{
    static const WsFixture instance;
    return instance;
}

void setCounters(benchmark::State& state,
                 std::size_t framesDone,
                 std::size_t updatesDone,
                 std::size_t bytesDone)
{
    state.counters["level_updates"] =
            benchmark::Counter(static_cast<double>(updatesDone), benchmark::Counter::kIsRate);
    state.counters["frames"] =
            benchmark::Counter(static_cast<double>(framesDone), benchmark::Counter::kIsRate);
    state.SetBytesProcessed(static_cast<std::int64_t>(bytesDone));
}

void BM_WsParseAndApply(benchmark::State& state)
{
    const WsFixture& data = fixture();
    polaris::BookStore store;
    data.fill(store);
    if (store.counts().live != kBooks) {
        state.SkipWithError("books not live");
        return;
    }
    polaris::MarketMessageParser parser;
    polaris::MarketFrame frame;
    std::int64_t now = 10;
    for (auto _ : state) {
        for (const std::string& text : data.frames) {
            parser.parse(text, frame);
            store.apply(frame, ++now);
            store.clearDirty();
        }
    }
    if (!store.errors().empty() || store.counts().live != kBooks) {
        state.SkipWithError("updates failed");
    }
    const auto n = static_cast<std::size_t>(state.iterations());
    setCounters(state, n * kFrames, n * data.levelUpdates, n * data.frameBytes);
}

void BM_WsParseOnly(benchmark::State& state)
{
    const WsFixture& data = fixture();
    polaris::MarketMessageParser parser;
    polaris::MarketFrame frame;
    for (auto _ : state) {
        for (const std::string& text : data.frames) {
            parser.parse(text, frame);
            benchmark::DoNotOptimize(frame.priceChanges().data());
        }
    }
    const auto n = static_cast<std::size_t>(state.iterations());
    setCounters(state, n * kFrames, n * data.levelUpdates, n * data.frameBytes);
}

} // namespace

BENCHMARK(BM_WsParseAndApply)->Unit(benchmark::kMillisecond)->MinTime(3.0);
BENCHMARK(BM_WsParseOnly)->Unit(benchmark::kMillisecond)->MinTime(3.0);

BENCHMARK_MAIN();
