#include "core/sim/JsonText.h"

#include <QTest>

using namespace polaris::sim;

class TestJsonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsArraysKeepingElementText()
    {
        const QByteArray text = " [ {\"a\": \"x],}\\\"\" , \"b\":[1,2]} ,\n 3, \"s\" ,[] ] ";
        std::vector<json::Slice> parts;
        QVERIFY(json::splitArray(text, parts));
        QCOMPARE(parts.size(), std::size_t(4));
        QCOMPARE(text.mid(parts[0].first, parts[0].second),
                 QByteArray("{\"a\": \"x],}\\\"\" , \"b\":[1,2]}"));
        QCOMPARE(text.mid(parts[1].first, parts[1].second), QByteArray("3"));
        QCOMPARE(text.mid(parts[3].first, parts[3].second), QByteArray("[]"));
        QVERIFY(json::splitArray("[]", parts) && parts.empty());
        QVERIFY(!json::splitArray("[1,", parts));
        QVERIFY(!json::splitArray("{}", parts));
        QVERIFY(!json::splitArray("[\"open]", parts));
        QVERIFY(!json::splitArray("[1] x", parts));
    }

    void findsTopLevelMembers()
    {
        const QByteArray text =
                "{\"x\":{\"markets\":1}, \"markets\" : [ {\"id\":\"1\"} ], \"y\":null}";
        json::Slice value;
        QVERIFY(json::findMember(text, {0, text.size()}, "markets", value));
        QCOMPARE(text.mid(value.first, value.second), QByteArray("[ {\"id\":\"1\"} ]"));
        QVERIFY(json::findMember(text, {0, text.size()}, "y", value));
        QCOMPARE(text.mid(value.first, value.second), QByteArray("null"));
        QVERIFY(!json::findMember(text, {0, text.size()}, "z", value));
    }

    void writesEscapedStrings()
    {
        QByteArray out;
        json::appendString(out, "a\"b\\c\nd\x01");
        QCOMPARE(out, QByteArray("\"a\\\"b\\\\c\\nd\\u0001\""));
        QByteArray obj = "{";
        json::appendMember(obj, "k", "v");
        json::appendBoolMember(obj, "b", true);
        json::close(obj, '}');
        QCOMPARE(obj, QByteArray("{\"k\":\"v\",\"b\":true}"));
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
