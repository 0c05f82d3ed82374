#include "core/market/Market.h"
#include "core/strategies/CountBinConfidence.h"
#include "core/strategies/ExternalFeedConfidence.h"
#include "core/strategies/PoissonCountBinModel.h"
#include "core/strategies/PriceHistoryConfidence.h"

#include <QTest>

#include <cmath>

using namespace polaris;

Q_DECLARE_METATYPE(std::optional<polaris::CountBin>)

namespace {

constexpr std::int64_t kNowMs = 1'750'000'000'000;
constexpr std::int64_t kMinuteMs = 60'000;
constexpr std::int64_t kDayMs = 86'400'000;

bool near(double actual, double expected, double tolerance = 1e-12)
{
    return std::abs(actual - expected) <= tolerance;
}

Market binMarket(const std::string& title)
{
    Market market;
    market.conditionId = "0xbin-" + title;
    market.eventId = "tweets";
    market.groupItemTitle = title;
    market.tokens = {Token{"yes-" + title, "Yes", std::nullopt, false},
                     Token{"no-" + title, "No", std::nullopt, false}};
    market.endDateMs = kNowMs + kDayMs;
    return market;
}

std::string historyJson(std::int64_t fromMs, std::int64_t toMs, std::int64_t stepMs, double p)
{
    std::string json = R"({"history":[)";
    for (std::int64_t t = fromMs; t <= toMs; t += stepMs) {
        json += (t == fromMs ? "" : ",");
        json += R"({"t":)" + std::to_string(t / 1000) + R"(,"p":)" + std::to_string(p) + "}";
    }
    return json + "]}";
}

} // namespace

/// Confidence providers of strategy G and the Poisson count-bin model.
class TestConfidence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // --- Poisson ------------------------------------------------------------------------------

    void poissonMatchesHandComputedValues_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<double>("mean");
        QTest::addColumn<bool>("cumulative");
        QTest::addColumn<double>("expected");
        const double e3 = std::exp(-3.0);
        QTest::newRow("P(X=0), mean 3 = e^-3") << 0 << 3.0 << false << e3;
        QTest::newRow("P(X<=0), mean 3") << 0 << 3.0 << true << e3;
        QTest::newRow("P(X=2), mean 3 = 4.5 e^-3") << 2 << 3.0 << false << 4.5 * e3;
        QTest::newRow("P(X<=2), mean 3 = e^-3(1+3+4.5)") << 2 << 3.0 << true << e3 * (1 + 3 + 4.5);
        QTest::newRow("P(X<=4), mean 3") << 4 << 3.0 << true << e3 * (1 + 3 + 4.5 + 4.5 + 3.375);
        QTest::newRow("P(X=5), mean 2.5")
                << 5 << 2.5 << false << std::exp(-2.5) * std::pow(2.5, 5) / 120.0;
        QTest::newRow("P(X<=10), mean 10") << 10 << 10.0 << true << 0.5830397501929856;
        QTest::newRow("P(X<=-1)") << -1 << 3.0 << true << 0.0;
        QTest::newRow("mean 0: P(X=0)") << 0 << 0.0 << false << 1.0;
        QTest::newRow("mean 0: P(X=1)") << 1 << 0.0 << false << 0.0;
        QTest::newRow("mean 0: P(X<=0)") << 0 << 0.0 << true << 1.0;
    }
    void poissonMatchesHandComputedValues()
    {
        QFETCH(int, k);
        QFETCH(double, mean);
        QFETCH(bool, cumulative);
        QFETCH(double, expected);
        const double actual = cumulative ? PoissonCountBinModel::cdf(k, mean)
                                         : PoissonCountBinModel::pmf(k, mean);
        QVERIFY2(near(actual, expected, 1e-13), QByteArray::number(actual, 'g', 17).constData());
    }

    void largeMeansDoNotUnderflow()
    {
        // Normal approximation at the mode: 1/sqrt(2 pi 1000) = 0.0126157; Poisson is 0.0126146.
        QVERIFY(near(PoissonCountBinModel::pmf(1000, 1000.0), 0.012614611348721, 1e-12));
        QVERIFY(near(PoissonCountBinModel::cdf(2000, 1000.0), 1.0, 1e-15));
        QVERIFY(PoissonCountBinModel::cdf(900, 1000.0) > 0.0);
        QVERIFY(PoissonCountBinModel::cdf(900, 1000.0) < 0.001);
    }

    void binsAreShiftedByTheCurrentCount_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<double>("expected");
        const double e3 = std::exp(-3.0); // current count 10, mean 3
        QTest::newRow("10-12: X in [0,2]") << "10-12" << e3 * 8.5;
        QTest::newRow("13-14: X in [3,4]") << "13-14" << e3 * (4.5 + 3.375);
        QTest::newRow("15+: X >= 5") << "15+" << 1.0 - e3 * 16.375;
        QTest::newRow("<12: X <= 1") << "<12" << e3 * 4.0;
        QTest::newRow("5-9: already passed") << "5-9" << 0.0;
        QTest::newRow("<10: already passed") << "<10" << 0.0;
        QTest::newRow("8+: certain") << "8+" << 1.0;
        QTest::newRow("10: X = 0") << "10" << e3;
    }
    void binsAreShiftedByTheCurrentCount()
    {
        QFETCH(QString, title);
        QFETCH(double, expected);
        const auto bin = PoissonCountBinModel::parseBinTitle(title.toStdString());
        QVERIFY(bin.has_value());
        const double actual = PoissonCountBinModel::binProbability(*bin, 10, 3.0);
        QVERIFY2(near(actual, expected, 1e-13), QByteArray::number(actual, 'g', 17).constData());
    }

    void completePartitionSumsToOne_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("mean");
        QTest::addColumn<int>("width");
        QTest::newRow("small") << 3 << 7.3 << 5;
        QTest::newRow("mean below count") << 40 << 0.4 << 3;
        QTest::newRow("large") << 100 << 250.0 << 25;
        QTest::newRow("zero mean") << 12 << 0.0 << 4;
    }
    void completePartitionSumsToOne()
    {
        QFETCH(int, count);
        QFETCH(double, mean);
        QFETCH(int, width);
        // [0, w-1], [w, 2w-1], ..., [20w, open): a complete partition of the non-negative counts.
        double sum = 0;
        for (int i = 0; i < 20; ++i) {
            sum += PoissonCountBinModel::binProbability(CountBin{i * width, i * width + width - 1},
                                                        count, mean);
        }
        sum += PoissonCountBinModel::binProbability(CountBin{20 * width, std::nullopt}, count,
                                                    mean);
        QVERIFY2(near(sum, 1.0, 1e-12), QByteArray::number(sum, 'g', 17).constData());
    }

    void rateComesFromCountOverElapsed()
    {
        // 20 events in 4 days = 5/day; 1 day left: mean 5. Bin 25-29 -> X in [5, 9].
        const auto probability =
                PoissonCountBinModel::probability(CountBin{25, 29}, 20, 4 * kDayMs, kDayMs);
        QVERIFY(probability.has_value());
        QVERIFY(near(*probability, 0.5276786576285828, 1e-13));
        QVERIFY(near(*PoissonCountBinModel::expectedRemaining(20, 4 * kDayMs, kDayMs), 5.0));
        QVERIFY(!PoissonCountBinModel::probability(CountBin{0, 1}, 3, 0, kDayMs).has_value());
        QVERIFY(!PoissonCountBinModel::probability(CountBin{0, 1}, 3, kDayMs, -1).has_value());
    }

    void parsesBinTitles_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<std::optional<CountBin>>("expected");
        using Bin = std::optional<CountBin>;
        QTest::newRow("range") << "10-14" << Bin(CountBin{10, 14});
        QTest::newRow("spaced en dash") << "10 \u2013 14" << Bin(CountBin{10, 14});
        QTest::newRow("to") << "10 to 14" << Bin(CountBin{10, 14});
        QTest::newRow("thousands") << "1,000-1,249" << Bin(CountBin{1000, 1249});
        QTest::newRow("plus") << "15+" << Bin(CountBin{15, std::nullopt});
        QTest::newRow("or more") << "15 or more" << Bin(CountBin{15, std::nullopt});
        QTest::newRow("at least") << "At least 15" << Bin(CountBin{15, std::nullopt});
        QTest::newRow(">=") << ">=15" << Bin(CountBin{15, std::nullopt});
        QTest::newRow("unicode >=") << "\u2265 15" << Bin(CountBin{15, std::nullopt});
        QTest::newRow(">") << ">14" << Bin(CountBin{15, std::nullopt});
        QTest::newRow("more than") << "More than 14" << Bin(CountBin{15, std::nullopt});
        QTest::newRow("over") << "over 14" << Bin(CountBin{15, std::nullopt});
        QTest::newRow("<") << "<5" << Bin(CountBin{0, 4});
        QTest::newRow("less than") << "Less than 5" << Bin(CountBin{0, 4});
        QTest::newRow("fewer than") << "fewer than 5" << Bin(CountBin{0, 4});
        QTest::newRow("under") << "Under 5" << Bin(CountBin{0, 4});
        QTest::newRow("<=") << "<=4" << Bin(CountBin{0, 4});
        QTest::newRow("unicode <=") << "\u22644" << Bin(CountBin{0, 4});
        QTest::newRow("or fewer") << "4 or fewer" << Bin(CountBin{0, 4});
        QTest::newRow("or less") << "4 or less" << Bin(CountBin{0, 4});
        QTest::newRow("at most") << "at most 4" << Bin(CountBin{0, 4});
        QTest::newRow("single") << "7" << Bin(CountBin{7, 7});
        QTest::newRow("zero") << "0" << Bin(CountBin{0, 0});
        QTest::newRow("<0 is empty") << "<0" << Bin();
        QTest::newRow("reversed") << "14-10" << Bin();
        QTest::newRow("decimal") << "1.5-2" << Bin();
        QTest::newRow("word") << "Other" << Bin();
        QTest::newRow("empty") << "" << Bin();
        QTest::newRow("negative") << "-5" << Bin();
        QTest::newRow("trailing words") << "10-14 tweets" << Bin();
        QTest::newRow("absurd") << "99999999999999-99999999999999" << Bin();
    }
    void parsesBinTitles()
    {
        QFETCH(QString, title);
        QFETCH(std::optional<CountBin>, expected);
        const auto actual = PoissonCountBinModel::parseBinTitle(title.toStdString());
        QCOMPARE(actual.has_value(), expected.has_value());
        if (expected) {
            QCOMPARE(actual->lo, expected->lo);
            QCOMPARE(actual->hi, expected->hi);
        }
    }

    // --- CountBinConfidence -------------------------------------------------------------------

    void countBinProviderServesYesAndNo()
    {
        CountBinConfidence provider;
        const Market market = binMarket("10-12");
        QVERIFY(!provider.confidence(market, "yes-10-12", kNowMs).has_value());
        QVERIFY(provider.unavailableReason(market, "yes-10-12", kNowMs).find("no current count")
                != std::string::npos);

        // 10 so far over 4 days (2.5/day), 1.2 days left: mean 3.
        provider.setObservation("tweets",
                                {10, kNowMs - 4 * kDayMs, kNowMs, kNowMs + 6 * kDayMs / 5});
        const double yes = 8.5 * std::exp(-3.0);
        QVERIFY(near(*provider.confidence(market, "yes-10-12", kNowMs), yes, 1e-12));
        QVERIFY(near(*provider.confidence(market, "no-10-12", kNowMs), 1.0 - yes, 1e-12));
        QVERIFY(!provider.confidence(market, "someone-else", kNowMs).has_value());

        const Market other = binMarket("Other");
        QVERIFY(!provider.confidence(other, "yes-Other", kNowMs).has_value());
        QVERIFY(provider.unavailableReason(other, "yes-Other", kNowMs).find("not a count bin")
                != std::string::npos);

        provider.setObservation("tweets", {0, kNowMs - 4 * kDayMs, kNowMs, std::nullopt});
        QVERIFY(!provider.confidence(market, "yes-10-12", kNowMs).has_value());
        QVERIFY(provider.unavailableReason(market, "yes-10-12", kNowMs).find("no observed rate")
                != std::string::npos);

        provider.clear("tweets");
        QVERIFY(!provider.confidence(market, "yes-10-12", kNowMs).has_value());
    }

    void countBinUsesTheMarketEndDateByDefault()
    {
        CountBinConfidence provider;
        Market market = binMarket("20+");
        market.endDateMs = kNowMs + 4 * kDayMs; // 10 over 4 days, 4 days left: mean 10, X >= 10
        provider.setObservation("tweets", {10, kNowMs - 4 * kDayMs, kNowMs, std::nullopt});
        QVERIFY(near(*provider.confidence(market, "yes-20+", kNowMs),
                     1.0 - PoissonCountBinModel::cdf(9, 10.0)));
    }

    // --- PriceHistoryConfidence ---------------------------------------------------------------

    void historyRingIsBounded()
    {
        PriceHistoryConfidence history(PriceHistoryConfidence::Options{3'600'000, 10'000, 8});
        for (int i = 0; i < 1000; ++i) {
            history.record("t", kNowMs - 1'000'000 + i * 10'000, 0.95);
        }
        QCOMPARE(history.bucketCount("t"), std::size_t(8));
        // 8 buckets x 10 s never cover an hour.
        QVERIFY(!history.confidence(Market{}, "t", kNowMs).has_value());

        PriceHistoryConfidence dense;
        for (int i = 0; i < 100'000; ++i) { // 100 updates a second for 1000 s
            dense.record("t", kNowMs - 1'000'000 + i * 10, 0.9 + (i % 7) * 0.01);
        }
        QCOMPARE(dense.bucketCount("t"), std::size_t(100));
        for (int i = 0; i < 1'000; ++i) { // many more buckets than the capacity
            dense.record("t", kNowMs + i * 10'000, 0.95);
        }
        QCOMPARE(dense.bucketCount("t"), dense.options().capacity);
    }

    void historyNeedsTheWholeWindow()
    {
        PriceHistoryConfidence history;
        const Market market;
        for (std::int64_t t = kNowMs - 59 * kMinuteMs; t <= kNowMs; t += kMinuteMs) {
            history.record("t", t, 0.97);
        }
        QVERIFY(!history.confidence(market, "t", kNowMs).has_value());
        QVERIFY(history.unavailableReason(market, "t", kNowMs)
                        .find("covers 59.0 min of the required 60 min")
                != std::string::npos);
        // A minute later the first sample sits exactly at the window start: covered.
        QVERIFY(history.confidence(market, "t", kNowMs + kMinuteMs).has_value());
        QCOMPARE(*history.confidence(market, "t", kNowMs + kMinuteMs), 0.97);
        QVERIFY(!history.confidence(market, "unknown", kNowMs).has_value());
    }

    void historyKeepsTheBucketMinimumAndDropsLateSamples()
    {
        PriceHistoryConfidence history;
        const Market market;
        history.record("t", kNowMs - 2 * 3'600'000, 0.96);
        history.record("t", kNowMs - 1000, 0.95);
        history.record("t", kNowMs - 500, 0.91); // same 10 s bucket: the minimum is kept
        history.record("t", kNowMs - 200, 0.99);
        history.record("t", kNowMs - 30 * kMinuteMs, 0.10); // older than the newest bucket: dropped
        history.record("t", kNowMs, 1.5);                   // not a probability: ignored
        QCOMPARE(*history.confidence(market, "t", kNowMs), 0.91);
        QCOMPARE(history.bucketCount("t"), std::size_t(2));
    }

    void loadsPricesHistory()
    {
        PriceHistoryConfidence history;
        const Market market;
        const auto loaded = history.loadPricesHistory(
                "t", historyJson(kNowMs - 2 * 3'600'000, kNowMs, kMinuteMs, 0.93));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->accepted, std::size_t(121));
        QCOMPARE(loaded->rejected, std::size_t(0));
        QVERIFY(near(*history.confidence(market, "t", kNowMs), 0.93));

        // Live samples recorded first are merged with a later back-fill.
        PriceHistoryConfidence merged;
        merged.record("t", kNowMs, 0.96);
        QVERIFY(merged.loadPricesHistory("t", historyJson(kNowMs - 3'600'000 - kMinuteMs,
                                                          kNowMs - kMinuteMs, kMinuteMs, 0.92))
                        .ok());
        QVERIFY(near(*merged.confidence(market, "t", kNowMs), 0.92));
        merged.record("t", kNowMs + 1000, 0.90); // live updates continue after the merge
        QVERIFY(near(*merged.confidence(market, "t", kNowMs + 1000), 0.90));
    }

    void pricesHistoryKeepsGoodPointsAndCountsBadOnes()
    {
        PriceHistoryConfidence history;
        const std::string t = std::to_string(kNowMs / 1000);
        const auto loaded = history.loadPricesHistory(
                "t", R"({"history":[{"t":)" + t + R"(,"p":1.5},{"t":)" + t
                             + R"(,"p":"x"},{"p":0.5},)" + R"({"t":-5,"p":0.5},7,{"t":)" + t
                             + R"(,"p":0.9}]})");
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->accepted, std::size_t(1));
        QCOMPARE(loaded->rejected, std::size_t(5));
        QCOMPARE(loaded->firstProblem, std::string("history[0]: 'p' 1.500000 outside [0, 1]"));
        QCOMPARE(history.bucketCount("t"), std::size_t(1));
    }

    void malformedPricesHistoryIsAnError_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<int>("code");
        QTest::newRow("empty") << "" << int(ErrorCode::InvalidFormat);
        QTest::newRow("truncated")
                << R"({"history":[{"t":1,"p":0.5})" << int(ErrorCode::InvalidFormat);
        QTest::newRow("not json") << "history" << int(ErrorCode::InvalidFormat);
        QTest::newRow("array") << "[]" << int(ErrorCode::InvalidFormat);
        QTest::newRow("no history") << R"({"data":[]})" << int(ErrorCode::MissingField);
        QTest::newRow("history not array") << R"({"history":5})" << int(ErrorCode::InvalidFormat);
        QTest::newRow("trailing junk") << R"({"history":[]} x)" << int(ErrorCode::InvalidFormat);
    }
    void malformedPricesHistoryIsAnError()
    {
        QFETCH(QString, json);
        QFETCH(int, code);
        PriceHistoryConfidence history;
        history.record("t", kNowMs - 2 * 3'600'000, 0.97);
        const auto loaded = history.loadPricesHistory("t", json.toStdString());
        QVERIFY(!loaded.ok());
        QCOMPARE(int(loaded.error().code), code);
        QVERIFY(loaded.error().detail.starts_with("prices-history: "));
        QCOMPARE(*history.confidence(Market{}, "t", kNowMs), 0.97); // unchanged
        QVERIFY(history.loadPricesHistory("t", R"({"history":[]})").ok());
    }

    void oversizedPricesHistoryIsRefused()
    {
        PriceHistoryConfidence history;
        const std::string huge(33u << 20, ' ');
        const auto loaded = history.loadPricesHistory("t", huge);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, ErrorCode::TooLarge);
    }

    // --- ExternalFeedConfidence ---------------------------------------------------------------

    void externalFeedServesProbabilities()
    {
        ExternalFeedConfidence feed;
        const auto loaded = feed.load(
                R"({"111": 0.97, "222": 1, "333": 1.2, "444": "0.5", "": 0.5, "555": 0})");
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->accepted, std::size_t(3));
        QCOMPARE(loaded->rejected, std::size_t(3));
        QCOMPARE(loaded->firstProblem, std::string("'333': 1.200000 outside [0, 1]"));
        QCOMPARE(*feed.confidence(Market{}, "111", kNowMs), 0.97);
        QCOMPARE(*feed.confidence(Market{}, "222", kNowMs), 1.0);
        QCOMPARE(*feed.confidence(Market{}, "555", kNowMs), 0.0);
        QVERIFY(!feed.confidence(Market{}, "333", kNowMs).has_value());
        QVERIFY(feed.unavailableReason(Market{}, "333", kNowMs).find("no probability for token 333")
                != std::string::npos);

        // A malformed document keeps the previous table; a good one replaces it.
        QVERIFY(!feed.load(R"({"111": 0.5)").ok());
        QVERIFY(!feed.load("[0.5]").ok());
        QCOMPARE(*feed.confidence(Market{}, "111", kNowMs), 0.97);
        QVERIFY(feed.load(R"({"999": 0.9})").ok());
        QCOMPARE(feed.size(), std::size_t(1));
        QVERIFY(!feed.confidence(Market{}, "111", kNowMs).has_value());
    }
};

QTEST_GUILESS_MAIN(TestConfidence)
#include "tst_confidence.moc"
