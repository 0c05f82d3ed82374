// Parsing a POST /books response of 50,000 books x 20 levels a side (~70 MB): BookParser
// (simdjson On-Demand) against QJsonDocument::fromJson on the same bytes.

#include "core/venues/polymarket/BookParser.h"
#include "tests/bench/BenchData.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>

#include <benchmark/benchmark.h>

namespace {

constexpr std::size_t kBooks = 50'000;
constexpr int kLevels = 20;

const std::string& booksText()
{
    static const std::string text =
            polaris::bench::booksJson(polaris::bench::assetIds(kBooks), kLevels);
    return text;
}

void setCounters(benchmark::State& state, std::size_t bytes)
{
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
    state.counters["books"] = benchmark::Counter(static_cast<double>(kBooks * state.iterations()),
                                                 benchmark::Counter::kIsRate);
    state.counters["input_MB"] = static_cast<double>(bytes) / 1e6;
}

void BM_BookParser_parseBooks(benchmark::State& state)
{
    const std::string& text = booksText();
    polaris::BookParser parser;
    for (auto _ : state) {
        std::vector<polaris::Error> warnings;
        auto books = parser.parseBooks(text, &warnings);
        if (!books.ok() || books->size() != kBooks || !warnings.empty()) {
            state.SkipWithError("parse failed");
            break;
        }
        benchmark::DoNotOptimize(books);
    }
    setCounters(state, text.size());
}

void BM_BookParser_parseBooksPadded(benchmark::State& state)
{
    std::string padded = booksText();
    const std::size_t length = padded.size();
    padded.append(polaris::BookParser::kPadding, ' ');
    polaris::BookParser parser;
    for (auto _ : state) {
        auto books = parser.parseBooksPadded(std::string_view(padded.data(), length), nullptr);
        if (!books.ok() || books->size() != kBooks) {
            state.SkipWithError("parse failed");
            break;
        }
        benchmark::DoNotOptimize(books);
    }
    setCounters(state, length);
}

void BM_QJsonDocument_fromJson(benchmark::State& state)
{
    const std::string& text = booksText();
    const QByteArray bytes =
            QByteArray::fromRawData(text.data(), static_cast<qsizetype>(text.size()));
    for (auto _ : state) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError
            || document.array().size() != static_cast<qsizetype>(kBooks)) {
            state.SkipWithError("QJsonDocument failed");
            break;
        }
        benchmark::DoNotOptimize(document);
    }
    setCounters(state, text.size());
}

} // namespace

BENCHMARK(BM_BookParser_parseBooks)->Unit(benchmark::kMillisecond)->MinTime(3.0);
BENCHMARK(BM_BookParser_parseBooksPadded)->Unit(benchmark::kMillisecond)->MinTime(3.0);
BENCHMARK(BM_QJsonDocument_fromJson)->Unit(benchmark::kMillisecond)->MinTime(3.0);

BENCHMARK_MAIN();
