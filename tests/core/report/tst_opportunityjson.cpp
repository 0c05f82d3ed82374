#include "core/report/OpportunityJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <limits>
#include <string>

using namespace polaris;

namespace {

/// What QJsonDocument prints for `value` as a member of an object nested `depth` levels deep
/// (the reference the streaming writer must match byte for byte).
std::string qtNested(const QJsonObject& value, int depth)
{
    // Wrap in arrays so that the object sits at `depth`, then cut its own lines out.
    QJsonValue wrapped = value;
    for (int i = 0; i < depth; ++i) {
        wrapped = QJsonArray{wrapped};
    }
    const QByteArray text = wrapped.isArray() ? QJsonDocument(wrapped.toArray()).toJson()
                                              : QJsonDocument(wrapped.toObject()).toJson();
    const std::string all = text.toStdString();
    const std::size_t open = all.find('{');
    const std::size_t close = all.rfind('}');
    return all.substr(open, close - open + 1);
}

std::string qtString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2).toStdString();
}

std::string qtNumber(double value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2).toStdString();
}

Opportunity sampleOpportunity()
{
    Opportunity o;
    o.id = "A:30829:tokens";
    o.strategy = Strategy::NegRiskShort;
    o.eventId = "30829";
    o.eventTitle = "Who wins? \"Quoted\" \\ back\tslash \u00e9t\u00e9 \xF0\x9F\x98\x80";
    o.marketIds = {"0xabc", "0xdef"};
    o.shares = Decimal::fromMicros(318'090'000);
    o.cost = Decimal::fromMicros(294'228'900);
    o.payout = Decimal::fromInt(318);
    o.fees = Decimal::fromMicros(1'234);
    o.gas = Decimal::fromMicros(10'000);
    o.netProfit = Decimal::fromMicros(23'861'100);
    o.netProfitPct = 0.0811;
    o.lockedUntilMs = 1'767'225'600'000;
    o.annualizedPct = 12.3456;
    o.firstSeenMs = 1'764'000'000'123;
    o.lastSeenMs = 1'764'000'000'999;
    for (int i = 0; i < 2; ++i) {
        OpportunityLeg leg;
        leg.tokenId = "7123456789012345678901234567890" + std::to_string(i);
        leg.conditionId = "0xabc";
        leg.outcome = i == 0 ? "Yes" : "No / Other";
        leg.side = i == 0 ? TradeSide::Buy : TradeSide::Sell;
        leg.limitPrice = Decimal::fromMicros(450'000);
        leg.shares = Decimal::fromMicros(318'090'000);
        leg.vwap = Decimal::fromMicros(449'123);
        leg.notional = Decimal::fromMicros(142'000'000);
        leg.fee = Decimal();
        leg.bookHash = "2fc4a3d6";
        leg.bookTimestampMs = i == 0 ? 1'764'000'000'200 : 0;
        o.legs.push_back(leg);
    }
    return o;
}

} // namespace

/// The streaming writer that `polaris-arb scan --json` uses for whole scans prints exactly what
/// QJsonDocument prints for opportunityToJson()/refusalToJson() (the documented shapes).
class TestOpportunityJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opportunityMatchesQJsonDocument()
    {
        Opportunity o = sampleOpportunity();
        for (int depth : {0, 1, 2, 3}) {
            std::string streamed;
            appendOpportunityJson(streamed, o, depth);
            QCOMPARE(streamed, qtNested(opportunityToJson(o), depth));
        }
        o.lockedUntilMs.reset();
        o.annualizedPct.reset();
        o.legs.clear();
        o.marketIds.clear();
        o.netProfitPct = -0.0;
        std::string streamed;
        appendOpportunityJson(streamed, o, 2);
        QCOMPARE(streamed, qtNested(opportunityToJson(o), 2));
    }

    void refusalMatchesQJsonDocument()
    {
        Refusal r;
        r.id = "F:1:2";
        r.strategy = Strategy::Bond;
        r.eventId = "1";
        r.eventTitle = "Title";
        r.marketIds = {"0x1"};
        r.reason = RefusalReason::BelowMinAnnualized;
        r.detail = "annualised 3.1 % < 5 %\nsecond line\x01";
        r.edge = Decimal::fromMicros(-12'345);
        for (int pass = 0; pass < 2; ++pass) {
            std::string streamed;
            appendRefusalJson(streamed, r, 2);
            QCOMPARE(streamed, qtNested(refusalToJson(r), 2));
            r.edge.reset();
            r.marketIds.clear();
            r.reason = RefusalReason::MissingAsk;
        }
    }

    void stringsAreEscapedLikeQt()
    {
        std::string all;
        for (int c = 0; c < 128; ++c) {
            all.push_back(char(c));
        }
        const std::string samples[] = {
                all,
                "plain",
                "",
                "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80",
                "bad \xFF\xFE utf-8 \xC3",    // invalid sequences become U+FFFD, as in QString
                "surrogate \xED\xA0\x80 end", // an encoded surrogate is invalid UTF-8 too
                std::string("nul\0inside", 10),
        };
        for (const std::string& text : samples) {
            std::string streamed;
            appendJsonString(streamed, text);
            QCOMPARE(streamed, qtString(QString::fromStdString(text)));
        }
    }

    void numbersAreFormattedLikeQt()
    {
        const double samples[] = {0.0,
                                  -0.0,
                                  1.0,
                                  4.25,
                                  -3.5,
                                  0.1,
                                  1e-7,
                                  5e-5,
                                  100000.0, // whole numbers print as integers, not 1e+05
                                  1e6,
                                  1234567.25,
                                  123456.78,
                                  1e15,
                                  9007199254740992.0, // 2^53
                                  -9007199254740994.0,
                                  1e16,
                                  1e21,
                                  1.5e300,
                                  2.0 / 3,
                                  -42.0,
                                  std::numeric_limits<double>::infinity(),
                                  std::nan("")};
        for (const double value : samples) {
            std::string streamed;
            appendJsonNumber(streamed, value);
            QCOMPARE(streamed, qtNumber(value));
        }
    }

    void timesAreFormattedLikeQt()
    {
        const std::int64_t samples[] = {0,
                                        1,
                                        951'782'400'000, // 2000-02-29
                                        1'764'000'000'123,
                                        4'102'444'799'999, // 2099-12-31T23:59:59.999
                                        253'402'300'799'999,
                                        253'402'300'800'000,
                                        -1,
                                        -62'135'596'800'001};
        for (const std::int64_t ms : samples) {
            std::string streamed;
            appendIsoUtc(streamed, ms);
            QCOMPARE(streamed, qtString(isoUtc(ms)));
        }
    }
};

QTEST_GUILESS_MAIN(TestOpportunityJson)
#include "tst_opportunityjson.moc"
