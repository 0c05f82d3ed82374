#include "core/market/Market.h"

#include <QTest>

using polaris::Market;
using polaris::OutcomeKind;
using polaris::Token;

Q_DECLARE_METATYPE(polaris::OutcomeKind)

namespace {

Market tradableMarket()
{
    Market m;
    m.conditionId = "0x1";
    m.active = true;
    m.acceptingOrders = true;
    m.enableOrderBook = true;
    return m;
}

} // namespace

/// Market's derived views: tradability, outcome kind, UMA dispute, Yes/No token lookup.
class TestMarket : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tradabilityNeedsEveryFlag_data()
    {
        QTest::addColumn<bool>("active");
        QTest::addColumn<bool>("closed");
        QTest::addColumn<bool>("archived");
        QTest::addColumn<bool>("acceptingOrders");
        QTest::addColumn<bool>("enableOrderBook");
        QTest::addColumn<bool>("tradable");
        QTest::newRow("open") << true << false << false << true << true << true;
        // Real closed markets keep active=true and even acceptingOrders=true (spec §1.3).
        QTest::newRow("closed but active+accepting")
                << true << true << false << true << true << false;
        QTest::newRow("archived") << true << false << true << true << true << false;
        QTest::newRow("not accepting") << true << false << false << false << true << false;
        QTest::newRow("no order book") << true << false << false << true << false << false;
        QTest::newRow("inactive") << false << false << false << true << true << false;
    }
    void tradabilityNeedsEveryFlag()
    {
        QFETCH(bool, active);
        QFETCH(bool, closed);
        QFETCH(bool, archived);
        QFETCH(bool, acceptingOrders);
        QFETCH(bool, enableOrderBook);
        QFETCH(bool, tradable);
        Market m;
        m.active = active;
        m.closed = closed;
        m.archived = archived;
        m.acceptingOrders = acceptingOrders;
        m.enableOrderBook = enableOrderBook;
        QCOMPARE(m.isTradable(), tradable);
    }

    void outcomeKind_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("negRisk");
        QTest::addColumn<bool>("active");
        QTest::addColumn<bool>("negRiskOther");
        QTest::addColumn<OutcomeKind>("kind");
        QTest::newRow("named") << "Gretchen Whitmer" << true << true << false << OutcomeKind::Named;
        QTest::newRow("other flag") << "Someone" << true << true << true << OutcomeKind::Other;
        QTest::newRow("other title") << "Other" << true << true << false << OutcomeKind::Other;
        QTest::newRow("other title lower")
                << " other " << true << false << false << OutcomeKind::Other;
        QTest::newRow("candidate A inactive")
                << "Candidate A" << true << false << false << OutcomeKind::Placeholder;
        QTest::newRow("person B inactive")
                << "Person B" << true << false << false << OutcomeKind::Placeholder;
        QTest::newRow("player AA inactive")
                << "Player AA" << true << false << false << OutcomeKind::Placeholder;
        QTest::newRow("team 3 inactive")
                << "Team 3" << true << false << false << OutcomeKind::Placeholder;
        // Active legs are named even if the label looks like a slot: they were clarified.
        QTest::newRow("candidate A active")
                << "Candidate A" << true << true << false << OutcomeKind::Named;
        QTest::newRow("not neg risk")
                << "Candidate A" << false << false << false << OutcomeKind::Named;
        QTest::newRow("real name, one letter")
                << "Malcolm X" << true << false << false << OutcomeKind::Named;
        QTest::newRow("middle initial")
                << "Stephen A. Smith" << true << false << false << OutcomeKind::Named;
        QTest::newRow("lowercase slot")
                << "Candidate a" << true << false << false << OutcomeKind::Named;
    }
    void outcomeKind()
    {
        QFETCH(QString, title);
        QFETCH(bool, negRisk);
        QFETCH(bool, active);
        QFETCH(bool, negRiskOther);
        QFETCH(OutcomeKind, kind);
        Market m;
        m.groupItemTitle = title.toStdString();
        m.negRisk = negRisk;
        m.active = active;
        m.negRiskOther = negRiskOther;
        QCOMPARE(m.kind(), kind);
    }

    void umaDispute_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("history");
        QTest::addColumn<bool>("disputed");
        QTest::newRow("none") << "" << QStringList{} << false;
        QTest::newRow("proposed") << "" << QStringList{QStringLiteral("proposed")} << false;
        QTest::newRow("disputed last")
                << "" << QStringList{QStringLiteral("proposed"), QStringLiteral("disputed")}
                << true;
        QTest::newRow("re-proposed after dispute")
                << ""
                << QStringList{QStringLiteral("proposed"), QStringLiteral("disputed"),
                               QStringLiteral("proposed")}
                << false;
        QTest::newRow("summary disputed") << "disputed" << QStringList{} << true;
        QTest::newRow("summary challenged") << "Challenged" << QStringList{} << true;
        QTest::newRow("resolved wins")
                << "resolved" << QStringList{QStringLiteral("disputed")} << false;
    }
    void umaDispute()
    {
        QFETCH(QString, status);
        QFETCH(QStringList, history);
        QFETCH(bool, disputed);
        Market m;
        m.umaResolutionStatus = status.toStdString();
        for (const QString& entry : history) {
            m.umaResolutionStatuses.push_back(entry.toStdString());
        }
        QCOMPARE(m.inUmaDispute(), disputed);
    }

    void yesNoTokens()
    {
        Market m = tradableMarket();
        QVERIFY(!m.yesTokenId());
        m.tokens = {Token{"111", "NO", std::nullopt, false},
                    Token{"222", "yes", std::nullopt, false}};
        QCOMPARE(QString::fromStdString(*m.yesTokenId()), QStringLiteral("222"));
        QCOMPARE(QString::fromStdString(*m.noTokenId()), QStringLiteral("111"));
        QVERIFY(m.yesToken() == &m.tokens[1]); // pointers into tokens, no copy
        QVERIFY(m.noToken() == &m.tokens[0]);
        m.tokens = {Token{"1", "Long", std::nullopt, false},
                    Token{"2", "Short", std::nullopt, false}};
        QCOMPARE(QString::fromStdString(*m.yesTokenId()), QStringLiteral("1"));
        QCOMPARE(QString::fromStdString(*m.noTokenId()), QStringLiteral("2"));
        QVERIFY(m.findToken("2") == &m.tokens[1]);
        QVERIFY(m.findToken("3") == nullptr);
        m.tokens.push_back(Token{"3", "Maybe", std::nullopt, false});
        QVERIFY(!m.yesTokenId());
        QVERIFY(!m.noTokenId());
        QVERIFY(m.yesToken() == nullptr && m.noToken() == nullptr);
    }

    void defaults()
    {
        const Market m;
        QCOMPARE(m.tickSize.toString(), std::string("0.01"));
        QCOMPARE(m.minOrderSize.toString(), std::string("5"));
        QVERIFY(!m.feeSchedule.present);
        QVERIFY(!m.isTradable());
    }
};

QTEST_APPLESS_MAIN(TestMarket)
#include "tst_market.moc"
