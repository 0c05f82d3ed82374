#include "core/venues/polymarket/GammaFieldReader.h"

#include <QTest>

#include <random>
#include <string>
#include <vector>

using polaris::Decimal;
using polaris::Rounding;
using polaris::polymarket::GammaFieldReader;

namespace {

/// What the nested simdjson parser makes of an encoded list: its strings, or nullopt when it is
/// not a JSON array of strings (the reader must then fail the field).
std::optional<std::vector<std::string>> referenceList(const std::string& encoded)
{
    simdjson::dom::parser parser;
    simdjson::dom::element element;
    simdjson::dom::array array;
    if (parser.parse(encoded).get(element) || element.get_array().get(array)) {
        return std::nullopt;
    }
    std::vector<std::string> out;
    for (const simdjson::dom::element item : array) {
        std::string_view text;
        if (item.get_string().get(text)) {
            return std::nullopt;
        }
        out.emplace_back(text);
    }
    return out;
}

/// {"k": "<encoded>"} as a JSON document.
std::string wrap(const std::string& encoded)
{
    std::string json = "{\"k\":\"";
    for (const char c : encoded) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            json += '\\';
            json += c;
        } else if (byte < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", byte);
            json += escaped;
        } else {
            json += c;
        }
    }
    return json + "\"}";
}

} // namespace

/// GammaFieldReader: member lookups and Gamma's JSON-encoded lists (outcomes, clobTokenIds,
/// outcomePrices), which plain lists read without the nested parser - with the same result.
class TestGammaFieldReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodedListsReadAsTheNestedParserReadsThem()
    {
        const char alphabet[] = "[]\"\", a1\\\t\x01\xC3\xA9u0";
        std::mt19937 rng(7);
        std::vector<std::string> samples = {"[\"Yes\", \"No\"]",
                                            "[]",
                                            " [ ] ",
                                            "[\"\"]",
                                            "[\"a\",\"b\" ]",
                                            "[\"a\",]",
                                            "[,\"a\"]",
                                            "[\"a\" \"b\"]",
                                            "[\"a\"",
                                            "[\"caf\xC3\xA9\"]",
                                            "[\"a\\\"b\"]",
                                            "[\"a\\u0041\"]",
                                            "[1, 2]",
                                            "[\"a\", 2]",
                                            "[[\"a\"]]",
                                            "{}",
                                            "\"x\"",
                                            "[\"a\"] x",
                                            "[\"tab\there\"]",
                                            "[\"a\"]\n"};
        for (int i = 0; i < 20000; ++i) {
            std::string text = "[";
            const int length = int(rng() % 12);
            for (int k = 0; k < length; ++k) {
                text += alphabet[rng() % (sizeof alphabet - 1)];
            }
            if (rng() % 2) {
                text += ']';
            }
            samples.push_back(text);
        }
        simdjson::dom::parser outer;
        simdjson::dom::parser nested;
        for (const std::string& encoded : samples) {
            const std::string json = wrap(encoded);
            simdjson::dom::element root;
            simdjson::dom::object object;
            if (outer.parse(json).get(root)) {
                continue; // a lone byte of the two-byte character: invalid UTF-8, never reaches it
            }
            QVERIFY(!root.get_object().get(object));
            GammaFieldReader reader(object, "market 1", &nested);
            const auto list = reader.stringList("k");
            const auto expected = referenceList(encoded);
            if (encoded.find_first_not_of(" \t\n\r") == std::string::npos) {
                continue; // an empty string means "no list"
            }
            QVERIFY2(list.has_value() == expected.has_value(), json.c_str());
            QCOMPARE(reader.failed(), !expected.has_value());
            if (expected) {
                QVERIFY2(*list == *expected, json.c_str());
            }
        }
    }

    void plainPriceListsMatchTheParsedOnes()
    {
        simdjson::dom::parser outer;
        simdjson::dom::parser nested;
        const auto prices = [&](const std::string& json, std::size_t* warnings) {
            simdjson::dom::element root;
            simdjson::dom::object object;
            if (outer.parse(json).get(root) || root.get_object().get(object)) {
                return std::optional<std::vector<std::optional<Decimal>>>();
            }
            GammaFieldReader reader(object, "market 1", &nested);
            auto list = reader.priceList("outcomePrices");
            *warnings = reader.warnings().size();
            return list;
        };
        // Ordinary literals: moc mis-reads raw strings with a backslash before a quote.
        std::size_t warnings = 0;
        auto plain =
                prices("{\"outcomePrices\":\"[\\\"0.015\\\", \\\"0.9849999\\\"]\"}", &warnings);
        QVERIFY(plain && plain->size() == 2);
        QCOMPARE(*(*plain)[0], Decimal::parseRounded("0.015", Rounding::Nearest).value());
        QCOMPARE(*(*plain)[1], Decimal::parseRounded("0.9849999", Rounding::Nearest).value());
        QCOMPARE(warnings, std::size_t(0));
        // One bad price: the list goes through the parser, which keeps the others and warns.
        auto bad =
                prices("{\"outcomePrices\":\"[\\\"0.4\\\", \\\"1.5\\\", \\\"x\\\"]\"}", &warnings);
        QVERIFY(bad && bad->size() == 3);
        QCOMPARE(*(*bad)[0], Decimal::fromMicros(400'000));
        QVERIFY(!(*bad)[1] && !(*bad)[2]);
        QCOMPARE(warnings, std::size_t(2));
        // Numbers instead of strings are read by the parser too.
        auto numbers = prices("{\"outcomePrices\":\"[0.25, 0.75]\"}", &warnings);
        QVERIFY(numbers && numbers->size() == 2);
        QCOMPARE(*(*numbers)[1], Decimal::fromMicros(750'000));
    }

    void lookupsFindTheFirstMemberWithTheKey()
    {
        simdjson::dom::parser parser;
        simdjson::dom::element root;
        simdjson::dom::object object;
        const std::string json =
                R"({"id":"1","question":"q","id":"2","a":true,"b":null,"negRisk":false})";
        QVERIFY(!parser.parse(json).get(root) && !root.get_object().get(object));
        GammaFieldReader reader(object, "market 1", nullptr);
        QCOMPARE(reader.text("id"), std::string("1")); // as simdjson's at_key: the first
        QVERIFY(reader.flag("a"));
        QVERIFY(!reader.has("b")); // null counts as absent
        QVERIFY(!reader.has("missing"));
        QVERIFY(!reader.flag("negRisk"));
        QCOMPARE(reader.text("question"), std::string("q"));

        // More members than the index holds: simdjson's lookup answers instead.
        std::string big = "{";
        for (int i = 0; i < 200; ++i) {
            big += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":" + std::to_string(i);
        }
        big += "}";
        QVERIFY(!parser.parse(big).get(root) && !root.get_object().get(object));
        GammaFieldReader wide(object, "wide", nullptr);
        QCOMPARE(wide.integer("k0"), std::optional<std::int64_t>(0));
        QCOMPARE(wide.integer("k199"), std::optional<std::int64_t>(199));
        QVERIFY(!wide.has("k200"));
    }
};

QTEST_GUILESS_MAIN(TestGammaFieldReader)
#include "tst_gammafieldreader.moc"
