#include "core/execution/UniverseQuoteSource.h"
#include "tests/core/execution/ExecutionFixture.h"
#include "tests/support/TestPrinters.h"

#include <QTest>

using namespace polaris;
using namespace polaris::test;

/// UniverseQuoteSource: the pre-flight re-quote is the scanner's answer on the books of now.
class TstUniverseQuoteSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requotesTheSameOpportunity()
    {
        Venue venue({negRiskEvent(2)});
        venue.setBook("y1", {{"0.30", "100"}}, {{"0.40", "100"}});
        venue.setBook("y2", {{"0.40", "100"}}, {{"0.50", "100"}});
        const std::vector<Opportunity> found = venue.scan();
        QCOMPARE(found.size(), std::size_t(1));
        const Opportunity quoted = found.front();
        QCOMPARE(quoted.shares, dec("100"));

        auto same = venue.quotes->requote(quoted);
        QVERIFY(same.ok());
        QVERIFY(same->has_value());
        QCOMPARE((*same)->id, quoted.id);
        QCOMPARE((*same)->cost, dec("90"));
        QCOMPARE((*same)->netProfit, quoted.netProfit);

        // Less depth now: same id, smaller basket.
        venue.clock.advanceMs(1000);
        venue.setBook("y2", {{"0.40", "100"}}, {{"0.50", "60"}});
        auto smaller = venue.quotes->requote(quoted);
        QVERIFY(smaller.ok() && smaller->has_value());
        QCOMPARE((*smaller)->shares, dec("60"));

        // The books age past max_book_age_ms (5 s): no longer passes.
        venue.clock.advanceMs(6000);
        auto stale = venue.quotes->requote(quoted);
        QVERIFY(stale.ok());
        QVERIFY(!stale->has_value());
    }

    void refusesWhatItCannotPrice()
    {
        Venue venue({negRiskEvent(2)});
        Opportunity unknown;
        unknown.id = "A:e9:0";
        unknown.legs.resize(1);
        unknown.legs[0].tokenId = "nope";
        const auto result = venue.quotes->requote(unknown);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::NotFound);
        Opportunity tail = unknown;
        tail.strategy = Strategy::TailEnd;
        tail.legs[0].tokenId = "y1";
        QVERIFY(!venue.quotes->requote(tail).ok());          // no confidence provider given
        QVERIFY(!venue.quotes->requote(Opportunity{}).ok()); // no legs
    }

    void booksMarketsAndFees()
    {
        Venue venue({negRiskEvent(2, "0.04")});
        venue.setBook("y1", {{"0.30", "100"}}, {{"0.40", "100"}});
        const std::optional<OrderBook> book = venue.quotes->book("y1");
        QVERIFY(book.has_value());
        QCOMPARE(book->bestAsk()->price, dec("0.4"));
        QVERIFY(!venue.quotes->book("unknown").has_value());
        QCOMPARE(venue.quotes->marketOf("n2")->conditionId, std::string("0xc2"));
        QVERIFY(venue.quotes->marketOf("unknown") == nullptr);
        QCOMPARE(venue.quotes->feeOf("y1")->rate, dec("0.04"));
        Venue free({negRiskEvent(2, nullptr)});
        QVERIFY(!free.quotes->feeOf("y1").has_value());
    }
};

QTEST_APPLESS_MAIN(TstUniverseQuoteSource)
#include "tst_universequotesource.moc"
