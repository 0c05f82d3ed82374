// The scanner on a ~51,000-book universe (docs/benchmarks.md, "Scanner"): the simulator's
// generator (2,000 negRisk events x 10 outcomes + 5,000 binaries) with injected mispricings,
// serialised to Gamma events JSON and POST /books JSON and loaded through MarketDataIngest like
// the product; then a full scan of all six checkers, and re-evaluation after one price_change
// frame (ScanDriver incremental), timed per frame. Targets: full scan <= 50 ms, one change
// <= 50 us p99.

#include "core/marketdata/MarketDataIngest.h"
#include "core/scanner/ScanDriver.h"
#include "core/sim/MarketWalker.h"
#include "core/sim/UniverseGenerator.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <map>

#include <benchmark/benchmark.h>

namespace {

using namespace polaris;

constexpr std::int64_t kNowMs = 1'767'225'600'000; // 2026-01-01, pinned for reproducibility
constexpr int kMispricedNegRisk = 6;
constexpr int kMispricedBinary = 6;
constexpr std::size_t kFrames = 20'000;

std::string sv(std::string_view text)
{
    return std::string(text);
}

/// A size override from the environment (to try other universes without rebuilding).
int envInt(const char* name, int fallback)
{
    const char* value = std::getenv(name);
    return value ? std::atoi(value) : fallback;
}

/// Appends one element to a JSON array under construction ("[" so far, or "[x,...").
void appendElement(std::string& array, const QByteArray& element)
{
    if (array.size() > 1) {
        array.push_back(',');
    }
    array.append(element.constData(), std::size_t(element.size()));
}

/// One price_change frame of a walker change set, as SimWsHub sends it.
std::string frameOf(const sim::SimUniverse& u, const sim::MarketChangeSet& set, std::int64_t nowMs)
{
    const auto& first = u.tokens[std::size_t(set.changes.front().token)];
    std::string text = "{\"event_type\":\"price_change\",\"market\":\"" + first.book.market()
                       + "\",\"price_changes\":[";
    for (std::size_t i = 0; i < set.changes.size(); ++i) {
        const sim::AssetChange& c = set.changes[i];
        const sim::SimToken& t = u.tokens[std::size_t(c.token)];
        const auto bid = t.book.bestBid();
        const auto ask = t.book.bestAsk();
        text += (i ? ",{\"asset_id\":\"" : "{\"asset_id\":\"") + t.id + "\",\"price\":\""
                + c.price.toString() + "\",\"size\":\"" + c.size.toString() + "\",\"side\":\""
                + (c.side == BookSide::Bid ? "BUY" : "SELL") + "\",\"hash\":\""
                + t.hash.toStdString() + "\",\"best_bid\":\""
                + (bid ? bid->price.toString() : sv("0")) + "\",\"best_ask\":\""
                + (ask ? ask->price.toString() : sv("1")) + "\"}";
    }
    return text + "],\"timestamp\":\"" + std::to_string(nowMs) + "\"}";
}

/// The generated universe in wire format, plus frames of a random walk that starts from it and
/// frames that touch a mispriced negRisk event (the expensive case: sizing runs).
struct ScanData
{
    std::string eventsJson;
    std::string booksJson;
    std::vector<std::string> walkFrames;
    std::vector<std::string> arbFrames;
    int mispricedEvents = 0;

    ScanData()
    {
        sim::GenerateSpec spec;
        spec.events = envInt("SCAN_BENCH_EVENTS", 2000);
        spec.outcomes = envInt("SCAN_BENCH_OUTCOMES", 10);
        spec.binaries = envInt("SCAN_BENCH_BINARIES", 5000);
        spec.seed = 1;
        spec.nowMs = kNowMs;
        auto u = sim::UniverseGenerator::generate(spec);
        sim::MarketWalker walker(*u, 1);
        walker.setMispricingTicks(1 << 30, 1 << 30); // stay mispriced while the walk runs
        walker.setMispricingRate(0);
        walker.setTradeRate(0);
        walker.setChangesPerTick(1);
        const auto ignore = [](const sim::MarketChangeSet&) {};
        std::vector<int> negRiskEvents;
        for (int i = 0; i < kMispricedNegRisk; ++i) {
            const int e = walker.injectMispricing(sim::MarketWalker::MispricingKind::NegRisk,
                                                  kNowMs, ignore);
            if (e >= 0) {
                negRiskEvents.push_back(e);
            }
        }
        for (int i = 0; i < kMispricedBinary; ++i) {
            mispricedEvents += walker.injectMispricing(sim::MarketWalker::MispricingKind::Binary,
                                                       kNowMs, ignore)
                               >= 0;
        }
        mispricedEvents += int(negRiskEvents.size());
        eventsJson.push_back('[');
        for (const sim::SimEvent& event : u->events) {
            appendElement(eventsJson, event.json);
        }
        eventsJson.push_back(']');
        booksJson.push_back('[');
        for (std::size_t t = 0; t < u->tokens.size(); ++t) {
            if (u->tokens[t].hasBook) {
                appendElement(booksJson, u->bookJson(int(t)));
            }
        }
        booksJson.push_back(']');
        // As Snapshot::load leaves them: readable padding after each text (parsed in place).
        eventsJson.reserve(eventsJson.size() + BookParser::kPadding);
        booksJson.reserve(booksJson.size() + BookParser::kPadding);
        // Walk frames: one random walkable book per frame (plus its mirror), in order.
        while (walkFrames.size() < kFrames) {
            walker.step(
                    kNowMs,
                    [&](const sim::MarketChangeSet& set) {
                        if (!set.changes.empty()) {
                            walkFrames.push_back(frameOf(*u, set, kNowMs));
                        }
                    },
                    [](const sim::TradePrint&) {});
        }
        // Arb frames: toggle the size of the deepest ask of one YES leg of a mispriced event.
        for (std::size_t i = 0; i < kFrames && !negRiskEvents.empty(); ++i) {
            const sim::SimEvent& event =
                    u->events[std::size_t(negRiskEvents[i % negRiskEvents.size()])];
            const int market = event.markets[(i / 2) % event.markets.size()];
            const int token = u->markets[std::size_t(market)].tokens[0];
            const sim::SimToken& t = u->tokens[std::size_t(token)];
            if (!t.hasBook || t.book.asks().empty()) {
                continue;
            }
            const BookLevel deepest = t.book.asks().back();
            sim::MarketChangeSet set;
            set.market = market;
            set.changes.push_back({token, BookSide::Ask, deepest.price,
                                   deepest.size + Decimal::fromInt(i % 2 ? 0 : 1)});
            arbFrames.push_back(frameOf(*u, set, kNowMs));
        }
    }
};

const ScanData& data()
{
    static const ScanData instance;
    return instance;
}

/// An ingest with the universe and books loaded, wired to a driver (incremental off).
/// `parallel`: as `polaris-arb scan --snapshot` loads (MarketDataIngest::loadAll: the books
/// parsed on a second thread while the events parse, both texts parsed in place); otherwise the
/// three calls in sequence, as the live feed makes them.
struct Loaded
{
    MarketDataIngest ingest;
    ScanDriver driver{ArbConfig{}};

    explicit Loaded(bool parallel = true)
    {
        ingest.setListener(&driver);
        if (parallel) {
            (void)ingest.loadAll(data().eventsJson, data().booksJson, kNowMs, true);
            return;
        }
        (void)ingest.addEventsPage(data().eventsJson);
        ingest.commitUniverse();
        ingest.applyBooks(data().booksJson, kNowMs);
    }
};

void scanCounters(benchmark::State& state, const Loaded& loaded)
{
    const ArbScanner& scanner = loaded.driver.scanner();
    state.counters["books"] = double(loaded.ingest.books().size());
    state.counters["events"] = double(loaded.ingest.universe().events().size());
    state.counters["opportunities"] = double(scanner.opportunityCount());
    state.counters["refusals"] = double(scanner.refusals().size());
    state.counters["mispriced_events"] = data().mispricedEvents;
    std::array<int, 6> perStrategy{};
    for (const Opportunity& o : scanner.opportunities()) {
        ++perStrategy[std::size_t(o.strategy)];
    }
    const char* names[] = {"opp_A", "opp_A'", "opp_B", "opp_C", "opp_F", "opp_G"};
    for (std::size_t s = 0; s < perStrategy.size(); ++s) {
        state.counters[names[s]] = perStrategy[s];
    }
    std::array<int, 6> refusedPerStrategy{};
    std::map<std::string, int> perReason;
    for (const Refusal& r : scanner.refusals()) {
        ++refusedPerStrategy[std::size_t(r.strategy)];
        ++perReason[std::string(strategyCode(r.strategy)) + "_" + refusalReasonName(r.reason)];
    }
    for (const auto& [reason, count] : perReason) {
        state.counters["why_" + reason] = count;
    }
    const char* refusalNames[] = {"ref_A", "ref_A'", "ref_B", "ref_C", "ref_F", "ref_G"};
    for (std::size_t s = 0; s < refusedPerStrategy.size(); ++s) {
        state.counters[refusalNames[s]] = refusedPerStrategy[s];
    }
}

/// Loading only (the destruction of each loaded universe is excluded). range(0): 1 = loadAll on
/// two threads (wall time is the figure; CPU time counts this thread only), 0 = sequential.
void BM_LoadUniverse(benchmark::State& state)
{
    data();
    for (auto _ : state) {
        auto loaded = std::make_unique<Loaded>(state.range(0) == 1);
        benchmark::DoNotOptimize(loaded->ingest.books().size());
        state.PauseTiming();
        loaded.reset();
        state.ResumeTiming();
    }
    state.counters["events_MB"] = double(data().eventsJson.size()) / 1e6;
    state.counters["books_MB"] = double(data().booksJson.size()) / 1e6;
}
BENCHMARK(BM_LoadUniverse)
        ->ArgName("parallel")
        ->Arg(0)
        ->Arg(1)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(3)
        ->UseRealTime();

/// range(0): threads (ArbScanner::setScanThreads); 1 is the "one core" figure. Wall time.
void BM_FullScan(benchmark::State& state)
{
    Loaded loaded;
    loaded.driver.setScanThreads(unsigned(state.range(0)));
    for (auto _ : state) {
        loaded.driver.fullScan(loaded.ingest.books(), kNowMs);
    }
    scanCounters(state, loaded);
}
BENCHMARK(BM_FullScan)
        ->ArgName("threads")
        ->Arg(1)
        ->Arg(2)
        ->Unit(benchmark::kMillisecond)
        ->MinTime(3.0)
        ->UseRealTime();

/// The first scan after loading, as `polaris-arb scan --once` runs it: result vectors and the
/// opportunity maps start empty. Loading is excluded from the time.
void BM_FirstFullScan(benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        auto loaded = std::make_unique<Loaded>();
        state.ResumeTiming();
        loaded->driver.fullScan(loaded->ingest.books(), kNowMs);
        state.PauseTiming();
        scanCounters(state, *loaded);
        loaded.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_FirstFullScan)->Unit(benchmark::kMillisecond)->Iterations(3);

double threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e9 + double(ts.tv_nsec);
}

/// One frame per iteration through MarketDataIngest::applyFrame -> ScanDriver (incremental when
/// range(1) is 1), timed per frame. range(0): 0 = random-walk frames, 1 = frames on arb events.
void BM_OneBookChange(benchmark::State& state)
{
    const auto& frames = state.range(0) == 0 ? data().walkFrames : data().arbFrames;
    Loaded loaded;
    loaded.driver.fullScan(loaded.ingest.books(), kNowMs);
    loaded.driver.setIncremental(state.range(1) == 1);
    const std::size_t evaluatedBefore = loaded.driver.scanner().eventsEvaluated();
    std::vector<double> wallUs, cpuUs;
    wallUs.reserve(frames.size());
    cpuUs.reserve(frames.size());
    std::size_t i = 0;
    for (auto _ : state) {
        const std::string& frame = frames[i++ % frames.size()];
        const double cpu0 = threadCpuNs();
        const auto t0 = std::chrono::steady_clock::now();
        loaded.ingest.applyFrame(frame, kNowMs);
        const auto t1 = std::chrono::steady_clock::now();
        const double cpu1 = threadCpuNs();
        const double seconds = std::chrono::duration<double>(t1 - t0).count();
        state.SetIterationTime(seconds);
        wallUs.push_back(seconds * 1e6);
        cpuUs.push_back((cpu1 - cpu0) / 1e3);
    }
    const auto pct = [](std::vector<double>& v, double p) {
        std::sort(v.begin(), v.end());
        return v.empty() ? 0.0 : v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
    };
    state.counters["wall_p50_us"] = pct(wallUs, 0.50);
    state.counters["wall_p99_us"] = pct(wallUs, 0.99);
    state.counters["wall_max_us"] = wallUs.empty() ? 0 : wallUs.back();
    state.counters["cpu_p50_us"] = pct(cpuUs, 0.50);
    state.counters["cpu_p99_us"] = pct(cpuUs, 0.99);
    state.counters["cpu_max_us"] = cpuUs.empty() ? 0 : cpuUs.back();
    state.counters["events_per_frame"] =
            double(loaded.driver.scanner().eventsEvaluated() - evaluatedBefore)
            / double(std::max<std::size_t>(i, 1));
    state.counters["ingest_errors"] = double(loaded.ingest.counters().errors);
    state.counters["opportunities"] = double(loaded.driver.scanner().opportunityCount());
}
BENCHMARK(BM_OneBookChange)
        ->ArgNames({"arb", "scan"})
        ->Args({0, 1})
        ->Args({0, 0})
        ->Args({1, 1})
        ->Iterations(kFrames)
        ->UseManualTime()
        ->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
