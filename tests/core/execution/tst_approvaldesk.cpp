#include "core/execution/ApprovalDesk.h"
#include "tests/support/TestPrinters.h"

#include <QTest>

using namespace polaris;

namespace {

constexpr std::int64_t kT0 = 1764547200000;
constexpr std::int64_t kTtl = 30'000;

Decimal dec(const char* text)
{
    return Decimal::parse(text).value();
}

Opportunity quote(const char* cost,
                  const char* netProfit,
                  const char* shares = "100",
                  const std::string& id = "A:evt-1")
{
    Opportunity o;
    o.id = id;
    o.eventId = "evt-1";
    o.cost = dec(cost);
    o.netProfit = dec(netProfit);
    o.shares = dec(shares);
    o.netProfitPct = o.netProfit.toDouble() / o.cost.toDouble();
    return o;
}

struct Desk
{
    int next = 0;
    ApprovalDesk desk{kTtl, dec("0.005"), [this] { return "ap-" + std::to_string(++next); }};
};

} // namespace

/// ApprovalDesk: frozen quotes, TTL, the re-quote tolerance (exact), re-confirmation, expiry.
class TstApprovalDesk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toleranceIsExact_data()
    {
        QTest::addColumn<QString>("cost");
        QTest::addColumn<QString>("net");
        QTest::addColumn<QString>("shares");
        QTest::addColumn<int>("verdict");
        // Quoted: 5 / 100 = 5 %. Tolerance 0.5 percentage points.
        QTest::newRow("unchanged") << "100"
                                   << "5"
                                   << "100" << int(ApprovalVerdict::Execute);
        QTest::newRow("better") << "100"
                                << "7"
                                << "100" << int(ApprovalVerdict::Execute);
        QTest::newRow("fell exactly 0.5 pp") << "100"
                                             << "4.5"
                                             << "100" << int(ApprovalVerdict::Execute);
        QTest::newRow("fell 0.5 pp minus a micro") << "100"
                                                   << "4.500001"
                                                   << "100" << int(ApprovalVerdict::Execute);
        QTest::newRow("fell 0.5 pp plus a micro") << "100"
                                                  << "4.499999"
                                                  << "100" << int(ApprovalVerdict::Reconfirm);
        // 4.5 / 100.000001 = 4.49999995... %: over the tolerance by far less than a micro-unit
        // of a fraction, which rounding to 6 places would miss.
        QTest::newRow("fell by a hair over") << "100.000001"
                                             << "4.5"
                                             << "100" << int(ApprovalVerdict::Reconfirm);
        // 13.5 / 300 = 4.5 % exactly with another cost.
        QTest::newRow("other cost, exactly at") << "300"
                                                << "13.5"
                                                << "100" << int(ApprovalVerdict::Execute);
        QTest::newRow("now a loss") << "100"
                                    << "-1"
                                    << "100" << int(ApprovalVerdict::Reconfirm);
        QTest::newRow("size shrank") << "100"
                                     << "5"
                                     << "99.99" << int(ApprovalVerdict::Reconfirm);
        QTest::newRow("size grew") << "100"
                                   << "5"
                                   << "120" << int(ApprovalVerdict::Execute);
    }
    void toleranceIsExact()
    {
        QFETCH(QString, cost);
        QFETCH(QString, net);
        QFETCH(QString, shares);
        QFETCH(int, verdict);
        Desk d;
        const std::string id = d.desk.submit(quote("100", "5"), kT0);
        const Opportunity requote = quote(qPrintable(cost), qPrintable(net), qPrintable(shares));
        QCOMPARE(int(d.desk.approve(id, requote, kT0 + 1000)), verdict);
        const PendingApproval* entry = d.desk.find(id);
        QVERIFY(entry);
        if (verdict == int(ApprovalVerdict::Execute)) {
            QCOMPARE(entry->stage, ApprovalStage::Executing);
            QCOMPARE(entry->quote.cost, dec("100")); // what the operator approved
        } else {
            QCOMPARE(entry->stage, ApprovalStage::NeedsReconfirm);
            QCOMPARE(entry->quote.cost, requote.cost); // the re-quote is now the quote shown
            QVERIFY(entry->requote.has_value());
            QCOMPARE(entry->requote->netProfit, requote.netProfit);
            QCOMPARE(entry->quotedAtMs, kT0 + 1000);
            QCOMPARE(entry->expiresAtMs, kT0 + 1000 + kTtl); // the TTL starts afresh
            QVERIFY(entry->message.find("confirm again") != std::string::npos);
        }
    }

    void reconfirmThenExecute()
    {
        Desk d;
        const std::string id = d.desk.submit(quote("100", "5"), kT0);
        QCOMPARE(d.desk.approve(id, quote("100", "4"), kT0 + 1000), ApprovalVerdict::Reconfirm);
        QCOMPARE(d.desk.find(id)->message,
                 std::string("net profit fell from 5.00 % to 4.00 %, more than the tolerance of "
                             "0.5 percentage points: confirm again to execute at the new quote"));
        // Against the new quote (4 %): 3.6 % is within 0.5 pp.
        QCOMPARE(d.desk.approve(id, quote("100", "3.6"), kT0 + 2000), ApprovalVerdict::Execute);
        QCOMPARE(d.desk.find(id)->stage, ApprovalStage::Executing);
        QCOMPARE(d.desk.find(id)->quote.netProfit, dec("4"));
        d.desk.markExecuting(id, "exec-1");
        QCOMPARE(d.desk.find(id)->executionId, std::string("exec-1"));
        // Approving again while it executes does nothing.
        QCOMPARE(d.desk.approve(id, quote("100", "5"), kT0 + 2500), ApprovalVerdict::Unknown);
        d.desk.markDone(id, "FILLED");
        QCOMPARE(d.desk.find(id)->stage, ApprovalStage::Done);
        QCOMPARE(d.desk.find(id)->message, std::string("FILLED"));
    }

    void reconfirmCanMoveAgain()
    {
        Desk d;
        const std::string id = d.desk.submit(quote("100", "5"), kT0);
        QCOMPARE(d.desk.approve(id, quote("100", "4"), kT0 + 1000), ApprovalVerdict::Reconfirm);
        QCOMPARE(d.desk.approve(id, quote("100", "3.4"), kT0 + 2000), ApprovalVerdict::Reconfirm);
        QCOMPARE(d.desk.find(id)->quote.netProfit, dec("3.4"));
    }

    void expiredAndStale()
    {
        Desk d;
        const std::string id = d.desk.submit(quote("100", "5"), kT0);
        // One millisecond before the TTL is still approvable; at the TTL it is not.
        QCOMPARE(d.desk.approve(id, quote("100", "5"), kT0 + kTtl - 1), ApprovalVerdict::Execute);
        const std::string late = d.desk.submit(quote("100", "5", "100", "B:x"), kT0);
        QCOMPARE(d.desk.approve(late, quote("100", "5"), kT0 + kTtl), ApprovalVerdict::Expired);
        QCOMPARE(d.desk.find(late)->stage, ApprovalStage::Expired);
        QVERIFY(d.desk.find(late)->message.find("time-to-live 30 s") != std::string::npos);
        QCOMPARE(d.desk.approve(late, quote("100", "5"), kT0 + kTtl), ApprovalVerdict::Expired);

        const std::string gone = d.desk.submit(quote("100", "5", "100", "C:y"), kT0);
        QCOMPARE(d.desk.approve(gone, std::nullopt, kT0 + 10), ApprovalVerdict::Stale);
        QCOMPARE(d.desk.find(gone)->stage, ApprovalStage::Stale);
        QCOMPARE(d.desk.approve(gone, quote("100", "5"), kT0 + 20), ApprovalVerdict::Stale);
        QCOMPARE(d.desk.approve("no-such-id", quote("100", "5"), kT0), ApprovalVerdict::Unknown);
    }

    void resubmitRefreshesInsteadOfDuplicating()
    {
        Desk d;
        const std::string id = d.desk.submit(quote("100", "5"), kT0);
        QCOMPARE(d.desk.approve(id, quote("100", "4"), kT0 + 100), ApprovalVerdict::Reconfirm);
        const std::string again = d.desk.submit(quote("100", "6"), kT0 + 5000);
        QCOMPARE(again, id);
        QCOMPARE(d.desk.entries().size(), std::size_t(1));
        const PendingApproval& entry = d.desk.entries().front();
        QCOMPARE(entry.stage, ApprovalStage::Waiting);
        QCOMPARE(entry.quote.netProfit, dec("6"));
        QCOMPARE(entry.expiresAtMs, kT0 + 5000 + kTtl);
        QVERIFY(!entry.requote.has_value());
        // Another opportunity is another entry.
        QVERIFY(d.desk.submit(quote("100", "5", "100", "B:x"), kT0) != id);
        QCOMPARE(d.desk.entries().size(), std::size_t(2));
        // While it executes, a new quote of the same opportunity is not queued.
        QCOMPARE(d.desk.approve(id, quote("100", "6"), kT0 + 6000), ApprovalVerdict::Execute);
        QCOMPARE(d.desk.submit(quote("100", "9"), kT0 + 7000), id);
        QCOMPARE(d.desk.entries().size(), std::size_t(2));
        QCOMPARE(d.desk.find(id)->quote.netProfit, dec("6"));
        // Once finished, the opportunity can be queued again under a new approval id.
        d.desk.markDone(id, "FILLED");
        const std::string fresh = d.desk.submit(quote("100", "9"), kT0 + 8000);
        QVERIFY(fresh != id);
        QCOMPARE(d.desk.entries().size(), std::size_t(2));
        QVERIFY(d.desk.find(id) == nullptr);
    }

    void rejectAndExpireSweep()
    {
        Desk d;
        const std::string a = d.desk.submit(quote("100", "5", "100", "A:1"), kT0);
        const std::string b = d.desk.submit(quote("100", "5", "100", "A:2"), kT0 + 10'000);
        const std::string c = d.desk.submit(quote("100", "5", "100", "A:3"), kT0);
        QVERIFY(d.desk.reject(c, kT0 + 1000));
        QVERIFY(!d.desk.reject(c, kT0 + 1000)); // already decided
        QCOMPARE(d.desk.find(c)->stage, ApprovalStage::Rejected);
        QVERIFY(!d.desk.expire(kT0 + kTtl - 1)); // nothing due yet, c kept for a minute
        QVERIFY(d.desk.expire(kT0 + kTtl));      // a is due
        QCOMPARE(d.desk.find(a)->stage, ApprovalStage::Expired);
        QCOMPARE(d.desk.find(b)->stage, ApprovalStage::Waiting);
        QCOMPARE(d.desk.approve(a, quote("100", "5"), kT0 + kTtl), ApprovalVerdict::Expired);
        // Finished entries leave after keepFinishedMs.
        QVERIFY(d.desk.expire(kT0 + 1000 + 60'000)); // c (rejected at +1 s) goes
        QVERIFY(d.desk.find(c) == nullptr);
        QVERIFY(d.desk.find(a) != nullptr);
        QVERIFY(d.desk.expire(kT0 + kTtl + 60'000)); // a goes; b (expired at +61 s) stays
        QVERIFY(d.desk.find(a) == nullptr);
        QCOMPARE(d.desk.find(b)->stage, ApprovalStage::Expired);
        // Done entries are stamped by the first sweep after markDone.
        const std::string e = d.desk.submit(quote("100", "5", "100", "A:4"), kT0 + 100'000);
        QCOMPARE(d.desk.approve(e, quote("100", "5"), kT0 + 100'001), ApprovalVerdict::Execute);
        d.desk.markDone(e, "FILLED");
        d.desk.expire(kT0 + 200'000, 1000);
        QVERIFY(d.desk.find(e) != nullptr);
        QVERIFY(d.desk.expire(kT0 + 201'000, 1000));
        QVERIFY(d.desk.find(e) == nullptr);
    }

    void stageNames()
    {
        QCOMPARE(std::string(approvalStageName(ApprovalStage::NeedsReconfirm)),
                 std::string("NEEDS_RECONFIRM"));
        QCOMPARE(std::string(approvalStageName(ApprovalStage::Stale)), std::string("STALE"));
        QCOMPARE(std::string(approvalStageName(ApprovalStage::Waiting)), std::string("WAITING"));
    }
};

QTEST_GUILESS_MAIN(TstApprovalDesk)
#include "tst_approvaldesk.moc"
