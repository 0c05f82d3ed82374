#include "core/execution/Reconciler.h"
#include "tests/support/TestPrinters.h"

#include <QTest>

using namespace polaris;

namespace {

constexpr std::int64_t kT0 = 1764547200000;
constexpr std::int64_t kNow = kT0 + 600'000;

Decimal dec(const char* text)
{
    return Decimal::parse(text).value();
}

OrderRecord order(const std::string& id,
                  OrderState state,
                  const std::string& venueId,
                  const std::string& token,
                  const char* price,
                  const char* shares,
                  std::int64_t createdAtMs,
                  TradeSide side = TradeSide::Buy)
{
    OrderRecord o;
    o.orderId = id;
    o.execId = "00000000-0000-0000-0000-000000000001";
    o.venueOrderId = venueId;
    o.tokenId = token;
    o.side = side;
    o.orderType = "FOK";
    o.limitPrice = dec(price);
    o.shares = dec(shares);
    o.status = orderStateName(state);
    o.createdAtMs = createdAtMs;
    o.updatedAtMs = createdAtMs;
    o.mode = "LIVE";
    return o;
}

OrderStatusReport venueOrder(const std::string& venueId,
                             const std::string& token,
                             const char* price,
                             const char* shares,
                             std::int64_t createdAtMs,
                             OrderState state = OrderState::Live,
                             const char* filled = "0",
                             TradeSide side = TradeSide::Buy)
{
    OrderStatusReport r;
    r.venueOrderId = venueId;
    r.tokenId = token;
    r.side = side;
    r.limitPrice = dec(price);
    r.originalShares = dec(shares);
    r.filledShares = dec(filled);
    r.state = state;
    r.createdAtMs = createdAtMs;
    return r;
}

FillReport trade(const std::string& fillId,
                 const std::string& venueId,
                 const std::string& token,
                 const char* price,
                 const char* shares,
                 std::int64_t timeMs)
{
    FillReport f;
    f.fillId = fillId;
    f.venueOrderId = venueId;
    f.tokenId = token;
    f.price = dec(price);
    f.shares = dec(shares);
    f.fee = dec("0.01");
    f.timeMs = timeMs;
    return f;
}

const OrderRecord* updated(const ReconcileResult& result, const std::string& id)
{
    for (const OrderRecord& o : result.updatedOrders) {
        if (o.orderId == id) {
            return &o;
        }
    }
    return nullptr;
}

std::vector<std::string> issues(const ReconcileResult& result, ReconcileIssue::Kind kind)
{
    std::vector<std::string> ids;
    for (const ReconcileIssue& issue : result.issues) {
        if (issue.kind == kind) {
            ids.push_back(issue.orderId.empty() ? issue.venueOrderId : issue.orderId);
        }
    }
    return ids;
}

using Ids = std::vector<std::string>;

} // namespace

/// Reconciler: every way our stored orders and the venue can disagree, with concrete rows.
class TstReconciler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyCase()
    {
        ReconcileInput in;
        in.nowMs = kNow;
        in.orders = {
                // Recorded, never sent: nothing like it at the venue.
                order("o-never", OrderState::Intent, "", "tA", "0.45", "100", kT0),
                // Sent without an answer, unknown to the venue.
                order("o-lost", OrderState::Sent, "", "tB", "0.45", "100", kT0),
                // Known venue id the venue no longer knows at all: stays UNKNOWN (unchanged).
                order("o-unknown", OrderState::Unknown, "v-gone", "tB", "0.45", "100", kT0),
                // Resting, partly filled meanwhile; one fill already on record.
                order("o-open", OrderState::Live, "v-open", "tC", "0.40", "100", kT0),
                // Sent, answer lost: matched to its open order by token, side, price, size, time.
                order("o-match", OrderState::Sent, "", "tD", "0.30", "50", kT0 + 1000),
                // Crashed after sending a FOK: only its trades tell.
                order("o-fok", OrderState::Intent, "", "tE", "0.50", "10", kT0 + 2000),
                // Not open any more: the status query answers.
                order("o-cxl", OrderState::Live, "v-cxl", "tF", "0.20", "30", kT0),
                order("o-rej", OrderState::Sent, "v-rej", "tF", "0.20", "30", kT0),
                // FAK: 4 of 10 traded, no status answer, not open: the rest was killed.
                order("o-fak", OrderState::Live, "v-fak", "tG", "0.60", "10", kT0),
                // Too old for the open order that looks like it (outside the 120 s window).
                order("o-old", OrderState::Sent, "", "tH", "0.20", "20", kT0),
        };
        in.recordedFills = {FillRecord{"f1", "o-open", "tC", dec("0.40"), dec("20"), dec("0.01"),
                                       kT0 + 50, TradeSide::Buy}};
        in.openOrders = {
                venueOrder("v-open", "tC", "0.40", "100", kT0, OrderState::Live, "30"),
                venueOrder("v-match", "tD", "0.30", "50", kT0 + 1500),
                venueOrder("v-stranger", "tZ", "0.9", "5", kT0, OrderState::Live, "0",
                           TradeSide::Sell),
                venueOrder("v-late", "tH", "0.20", "20", kT0 + 200'000),
        };
        in.fills = {
                trade("f1", "v-open", "tC", "0.40", "20", kT0 + 50), // already recorded
                trade("f2", "v-open", "tC", "0.40", "10", kT0 + 60),
                trade("f3", "v-fok", "tE", "0.49", "6", kT0 + 2100),
                trade("f4", "v-fok", "tE", "0.50", "4", kT0 + 2100),
                trade("f5", "v-fak", "tG", "0.58", "4", kT0 + 10),
                trade("f6", "v-someone-else", "tQ", "0.5", "1", kT0), // not ours: ignored
        };
        OrderStatusReport rejected =
                venueOrder("v-rej", "tF", "0.20", "30", kT0, OrderState::Rejected);
        rejected.error = TradingError::NotEnoughBalance;
        rejected.message = "not enough balance / allowance";
        in.statuses = {venueOrder("v-cxl", "tF", "0.20", "30", kT0, OrderState::Cancelled),
                       rejected};

        const ReconcileResult r = Reconciler().reconcile(in);

        const OrderRecord* never = updated(r, "o-never");
        QVERIFY(never);
        QCOMPARE(never->status, std::string("REJECTED"));
        QVERIFY(never->errorMessage.starts_with("never sent"));
        QCOMPARE(never->updatedAtMs, kNow);

        QCOMPARE(updated(r, "o-lost")->status, std::string("UNKNOWN"));
        QVERIFY(updated(r, "o-unknown") == nullptr); // nothing changed

        const OrderRecord* open = updated(r, "o-open");
        QCOMPARE(open->status, std::string("LIVE"));
        QCOMPARE(open->filledShares, dec("30"));

        const OrderRecord* match = updated(r, "o-match");
        QCOMPARE(match->status, std::string("LIVE"));
        QCOMPARE(match->venueOrderId, std::string("v-match"));
        QCOMPARE(match->filledShares, Decimal());

        const OrderRecord* fok = updated(r, "o-fok");
        QCOMPARE(fok->status, std::string("FILLED"));
        QCOMPARE(fok->venueOrderId, std::string("v-fok"));
        QCOMPARE(fok->filledShares, dec("10"));

        QCOMPARE(updated(r, "o-cxl")->status, std::string("CANCELLED"));
        const OrderRecord* rej = updated(r, "o-rej");
        QCOMPARE(rej->status, std::string("REJECTED"));
        QCOMPARE(rej->errorMessage,
                 std::string("INVALID_ORDER_NOT_ENOUGH_BALANCE: not enough balance / allowance"));

        const OrderRecord* fak = updated(r, "o-fak");
        QCOMPARE(fak->status, std::string("CANCELLED"));
        QCOMPARE(fak->filledShares, dec("4"));

        QCOMPARE(updated(r, "o-old")->status, std::string("UNKNOWN"));
        QCOMPARE(updated(r, "o-old")->venueOrderId, std::string());
        QCOMPARE(r.updatedOrders.size(), std::size_t(9));

        // New fills: f2, f5, f3, f4 (orders oldest first), each attached to our order; f1 was
        // on record, f6 is not ours.
        QCOMPARE(r.newFills.size(), std::size_t(4));
        QCOMPARE(r.newFills[0].fillId, std::string("f2"));
        QCOMPARE(r.newFills[0].orderId, std::string("o-open"));
        QCOMPARE(r.newFills[0].shares, dec("10"));
        QCOMPARE(r.newFills[0].fee, dec("0.01"));
        QCOMPARE(r.newFills[0].filledAtMs, kT0 + 60);
        QCOMPARE(r.newFills[1].fillId, std::string("f5"));
        QCOMPARE(r.newFills[1].orderId, std::string("o-fak"));
        QCOMPARE(r.newFills[1].price, dec("0.58"));
        QCOMPARE(r.newFills[2].fillId, std::string("f3"));
        QCOMPARE(r.newFills[2].orderId, std::string("o-fok"));
        QCOMPARE(r.newFills[2].price, dec("0.49"));
        QCOMPARE(r.newFills[3].orderId, std::string("o-fok"));

        QCOMPARE(issues(r, ReconcileIssue::Kind::NeverSent), Ids{"o-never"});
        QCOMPARE(issues(r, ReconcileIssue::Kind::NotFound), (Ids{"o-lost", "o-unknown", "o-old"}));
        QCOMPARE(issues(r, ReconcileIssue::Kind::UnrecordedFills),
                 (Ids{"o-open", "o-fak", "o-fok"}));
        QCOMPARE(issues(r, ReconcileIssue::Kind::UnexpectedOrder), (Ids{"v-stranger", "v-late"}));
        QVERIFY(issues(r, ReconcileIssue::Kind::Ambiguous).empty());
        for (const ReconcileIssue& issue : r.issues) {
            if (issue.venueOrderId == "v-stranger") {
                QCOMPARE(issue.message,
                         std::string("unexpected order v-stranger open at the venue: SELL 5 @ "
                                     "0.9 of token tZ (0 filled); no unsettled order of ours is "
                                     "it (placed by hand, or its record was lost)"));
            }
            if (issue.orderId == "o-open") {
                QCOMPARE(issue.message, std::string("order o-open (LIVE) had 1 fill(s) for 10 "
                                                    "shares not on record; now 30 of 100 "
                                                    "filled, LIVE"));
            }
        }
    }

    void idlessOrdersTakeOneVenueOrderEach()
    {
        ReconcileInput in;
        in.nowMs = kNow;
        in.orders = {
                order("o-2", OrderState::Sent, "", "tG", "0.10", "10", kT0 + 10),
                order("o-1", OrderState::Sent, "", "tG", "0.10", "10", kT0),
                order("o-price", OrderState::Sent, "", "tH", "0.10", "10", kT0),
                order("o-side", OrderState::Sent, "", "tH", "0.11", "10", kT0, TradeSide::Sell),
        };
        in.openOrders = {
                venueOrder("v-b", "tG", "0.10", "10", kT0 + 20),
                venueOrder("v-a", "tG", "0.10", "10", kT0 + 5),
                venueOrder("v-h", "tH", "0.11", "10", kT0), // a BUY at 0.11: neither of ours
        };
        const ReconcileResult r = Reconciler().reconcile(in);
        // Oldest order first, closest in time: o-1 takes v-a (flagged), o-2 the remaining v-b.
        QCOMPARE(updated(r, "o-1")->venueOrderId, std::string("v-a"));
        QCOMPARE(updated(r, "o-2")->venueOrderId, std::string("v-b"));
        QCOMPARE(issues(r, ReconcileIssue::Kind::Ambiguous), Ids{"o-1"});
        QCOMPARE(updated(r, "o-price")->status, std::string("UNKNOWN"));
        QCOMPARE(updated(r, "o-side")->status, std::string("UNKNOWN"));
        QCOMPARE(issues(r, ReconcileIssue::Kind::UnexpectedOrder), Ids{"v-h"});
    }

    void tradesOverTheLimitOrSizeDoNotMatch()
    {
        ReconcileInput in;
        in.nowMs = kNow;
        in.orders = {order("o-buy", OrderState::Intent, "", "tE", "0.50", "10", kT0)};
        in.fills = {trade("x1", "v-dear", "tE", "0.51", "5", kT0 + 10),       // above our limit
                    trade("x2", "v-big", "tE", "0.50", "11", kT0 + 10),       // more than our size
                    trade("x3", "v-late", "tE", "0.50", "5", kT0 + 200'000)}; // outside window
        const ReconcileResult r = Reconciler().reconcile(in);
        QCOMPARE(updated(r, "o-buy")->status, std::string("REJECTED"));
        QVERIFY(r.newFills.empty());
    }

    void matchByClientIdAndVenueReportsWin()
    {
        ReconcileInput in;
        in.nowMs = kNow;
        // The paper gateway knows our client ids; the price differs from ours on purpose.
        in.orders = {order("o-client", OrderState::Sent, "", "tP", "0.33", "10", kT0),
                     order("o-done", OrderState::Live, "v-done", "tP", "0.33", "10", kT0)};
        OrderStatusReport byClient = venueOrder("pv-1", "tP", "0.34", "10", kT0);
        byClient.clientOrderId = "o-client";
        in.openOrders = {byClient};
        // The venue says filled, with its trades; one of them is also in the trade list.
        OrderStatusReport done =
                venueOrder("v-done", "tP", "0.33", "10", kT0, OrderState::Filled, "10");
        done.fills = {trade("g1", "", "tP", "0.32", "6", kT0 + 5),
                      trade("g2", "", "tP", "0.33", "4", kT0 + 6)};
        in.statuses = {done};
        in.fills = {trade("g1", "v-done", "tP", "0.32", "6", kT0 + 5)};
        const ReconcileResult r = Reconciler().reconcile(in);
        QCOMPARE(updated(r, "o-client")->venueOrderId, std::string("pv-1"));
        QCOMPARE(updated(r, "o-client")->status, std::string("LIVE"));
        QCOMPARE(updated(r, "o-done")->status, std::string("FILLED"));
        QCOMPARE(updated(r, "o-done")->filledShares, dec("10"));
        QCOMPARE(r.newFills.size(), std::size_t(2));
        QCOMPARE(r.newFills[0].fillId, std::string("g1"));
        QCOMPARE(r.newFills[1].fillId, std::string("g2"));
        QCOMPARE(r.newFills[1].orderId, std::string("o-done"));
        QCOMPARE(issues(r, ReconcileIssue::Kind::UnrecordedFills), Ids{"o-done"});
        QCOMPARE(r.issues.size(), std::size_t(1));
        QCOMPARE(std::string(reconcileIssueKindName(ReconcileIssue::Kind::NeverSent)),
                 std::string("NEVER_SENT"));
    }

    void nothingToDo()
    {
        const ReconcileResult r = Reconciler().reconcile(ReconcileInput{});
        QVERIFY(r.updatedOrders.empty());
        QVERIFY(r.newFills.empty());
        QVERIFY(r.issues.empty());
    }
};

QTEST_GUILESS_MAIN(TstReconciler)
#include "tst_reconciler.moc"
