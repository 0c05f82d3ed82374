#include "tests/core/sim/SnapshotTestData.h"

namespace polaris::sim::test {

// Pretty-printed on purpose: the simulator must serve each element byte for byte, keys in their
// original order.
const char* const kYes =
        "60590045489347122735554346200880179420435533609307820342798544098823516727807";
const char* const kNo =
        "76005700027045000587004110133818166617024719626220722682005164003117993034812";

const QByteArray kEvent1 = R"({
    "id": "30829",
    "title": "Democratic Presidential Nominee 2028",
    "negRisk": true,
    "active": true, "closed": false, "archived": false,
    "markets": [
        {
            "id": "559657",
            "conditionId": "0xc8f1cf5d4f26e0fd9c8fe89f2a7b3263b902cf14fde7bfccef525753bb492e47",
            "outcomes": "[\"Yes\", \"No\"]",
            "clobTokenIds": "[\"60590045489347122735554346200880179420435533609307820342798544098823516727807\", \"76005700027045000587004110133818166617024719626220722682005164003117993034812\"]",
            "orderPriceMinTickSize": 0.001,
            "orderMinSize": 5,
            "negRisk": true,
            "active": true, "closed": false, "acceptingOrders": true, "enableOrderBook": true
        }
    ],
    "zzz": 1
})";
const QByteArray kEvent2 =
        R"({"id":"40000","title":"Empty","markets":[],"active":true,"closed":true})";
const QByteArray kBook1 = R"({
  "market": "0xc8f1cf5d4f26e0fd9c8fe89f2a7b3263b902cf14fde7bfccef525753bb492e47",
  "asset_id": "60590045489347122735554346200880179420435533609307820342798544098823516727807",
  "timestamp": "1728799418260",
  "hash": "2fc4a3d6a98bc164e057589bcb74981852b87412",
  "bids": [{"price": "0.008", "size": "1000"}, {"price": "0.01", "size": "125.5"}],
  "asks": [{"price": "0.98", "size": "5000"}, {"price": "0.011", "size": "705"}],
  "min_order_size": "5", "tick_size": "0.001", "neg_risk": true, "last_trade_price": "0.010"
})";
const QByteArray kBook2 =
        R"({"market":"0xc8f1cf5d4f26e0fd9c8fe89f2a7b3263b902cf14fde7bfccef525753bb492e47","asset_id":"76005700027045000587004110133818166617024719626220722682005164003117993034812","timestamp":"1728799418260","hash":"ab","bids":[{"price":"0.989","size":"705"}],"asks":[{"price":"0.99","size":"125.5"}],"min_order_size":"5","tick_size":"0.001","neg_risk":true,"last_trade_price":"0.99"})";

} // namespace polaris::sim::test
