#include "core/venues/polymarket/JsonArraySplitter.h"

#include <QTest>

using polaris::ErrorCode;
using polaris::polymarket::splitJsonArray;

// Rows live outside the test class: moc mis-counts braces inside raw strings in class bodies.
namespace {

void addSplitRows()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("elements");
    QTest::newRow("empty") << QByteArray("[]") << QStringList{};
    QTest::newRow("empty with spaces") << QByteArray(" \n[ \t]\r\n") << QStringList{};
    QTest::newRow("scalars") << QByteArray("[1,-2.5e3,true,null,\"x\"]")
                             << QStringList{QStringLiteral("1"), QStringLiteral("-2.5e3"),
                                            QStringLiteral("true"), QStringLiteral("null"),
                                            QStringLiteral("\"x\"")};
    QTest::newRow("objects with whitespace")
            << QByteArray("[\n  {\"id\": \"1\"} ,\n  {\"id\": \"2\"}\n]\n")
            << QStringList{QStringLiteral("{\"id\": \"1\"}"), QStringLiteral("{\"id\": \"2\"}")};
    QTest::newRow("brackets inside strings")
            << QByteArray(R"([{"t":"a]b}c,[{"},"x]"])")
            << QStringList{QStringLiteral(R"({"t":"a]b}c,[{"})"), QStringLiteral(R"("x]")")};
    // Plain literals here: moc mis-reads raw strings that contain backslashes.
    QTest::newRow("escaped quotes")
            << QByteArray(
                       "[{\"o\":\"[\\\"Yes\\\", \\\"No\\\"]\"},\"\\\\\",{\"q\":\"say \\\"]\\\"\"}]")
            << QStringList{QStringLiteral("{\"o\":\"[\\\"Yes\\\", \\\"No\\\"]\"}"),
                           QStringLiteral("\"\\\\\""), QStringLiteral("{\"q\":\"say \\\"]\\\"\"}")};
    QTest::newRow("nested arrays")
            << QByteArray("[[1,[2,[3]]],{\"a\":[{\"b\":[]}]}]")
            << QStringList{QStringLiteral("[1,[2,[3]]]"), QStringLiteral("{\"a\":[{\"b\":[]}]}")};
    QTest::newRow("utf8") << QByteArray("[\"\xe2\x80\x9cYes\xe2\x80\x9d\"]")
                          << QStringList{QString::fromUtf8("\"\xe2\x80\x9cYes\xe2\x80\x9d\"")};
}

void addMalformedRows()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("needle");
    QTest::newRow("empty input") << QByteArray("") << QStringLiteral("expected '['");
    QTest::newRow("object") << QByteArray("{\"a\":1}") << QStringLiteral("expected '['");
    QTest::newRow("unclosed") << QByteArray("[1,2") << QStringLiteral("missing ']'");
    QTest::newRow("unclosed nested")
            << QByteArray("[{\"a\":[1]") << QStringLiteral("unterminated element");
    QTest::newRow("unterminated string")
            << QByteArray("[\"abc]") << QStringLiteral("unterminated string");
    QTest::newRow("escape at end")
            << QByteArray("[\"abc\\") << QStringLiteral("unterminated string");
    QTest::newRow("mismatched") << QByteArray("[{\"a\":[1}]")
                                << QStringLiteral("mismatched bracket");
    QTest::newRow("trailing comma") << QByteArray("[1,]") << QStringLiteral("empty element");
    QTest::newRow("leading comma") << QByteArray("[,1]") << QStringLiteral("empty element");
    QTest::newRow("double comma") << QByteArray("[1,,2]") << QStringLiteral("empty element");
    QTest::newRow("missing comma") << QByteArray("[1 2]") << QStringLiteral("expected ',' or ']'");
    QTest::newRow("trailing garbage")
            << QByteArray("[1] x") << QStringLiteral("trailing characters");
    QTest::newRow("second array") << QByteArray("[1][2]") << QStringLiteral("trailing characters");
    QTest::newRow("stray brace") << QByteArray("[1}") << QStringLiteral("expected ',' or ']'");
}

} // namespace

/// splitJsonArray: exact byte ranges of top-level elements, or a specific error.
class TestJsonArraySplitter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splits_data() { addSplitRows(); }
    void splits()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, elements);
        const std::string_view text(json.constData(), static_cast<std::size_t>(json.size()));
        const auto split = splitJsonArray(text);
        QVERIFY2(split.ok(), split.ok() ? "" : split.error().detail.c_str());
        QCOMPARE(split->size(), static_cast<std::size_t>(elements.size()));
        for (std::size_t i = 0; i < split->size(); ++i) {
            const std::string_view element = (*split)[i];
            QCOMPARE(QString::fromUtf8(element.data(), static_cast<qsizetype>(element.size())),
                     elements[static_cast<qsizetype>(i)]);
            // Views point into the input, not into copies.
            QVERIFY(element.data() >= text.data()
                    && element.data() + element.size() <= text.data() + text.size());
        }
    }

    void rejects_data() { addMalformedRows(); }
    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, needle);
        const auto split = splitJsonArray(
                std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
        QVERIFY(!split.ok());
        QCOMPARE(split.error().code, ErrorCode::InvalidFormat);
        QVERIFY2(QString::fromStdString(split.error().detail).contains(needle),
                 split.error().detail.c_str());
    }
};

QTEST_APPLESS_MAIN(TestJsonArraySplitter)
#include "tst_jsonarraysplitter.moc"
