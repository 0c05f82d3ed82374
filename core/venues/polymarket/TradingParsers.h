#pragma once

#include "core/util/Result.h"
#include "core/venues/polymarket/TradingTypes.h"

#include <string_view>
#include <vector>

namespace polaris::polymarket {

/// Parsers for the answers of the CLOB's trading endpoints (spec §3.1, §4.4, §4.5). Pure C++ over
/// simdjson; free functions, any thread. Each fails with a specific Error naming the field and
/// value; list parsers skip a bad element (reported in `warnings`, which may be null) and keep
/// the others.

/// POST /order: one PlaceOrderResult object.
Result<PlaceOrderResult> parsePlaceOrderResponse(std::string_view json);
/// POST /orders: an array of PlaceOrderResult objects, one per posted order, in order. A bad
/// element becomes an Error in its slot so that the answer stays aligned with the request.
Result<std::vector<Result<PlaceOrderResult>>> parsePlaceOrdersResponse(std::string_view json);

/// DELETE /order, DELETE /orders: {"canceled":[…],"not_canceled":{id: reason}}.
Result<CancelResult> parseCancelResponse(std::string_view json);

/// GET /data/order/{id}: one OpenOrder (NotFound for a `null` body).
Result<OpenOrder> parseOpenOrder(std::string_view json);
/// GET /data/orders: {"data":[OpenOrder],"next_cursor":…}, or a bare array (older servers;
/// then the page is the last one).
Result<Page<OpenOrder>> parseOpenOrdersPage(std::string_view json, std::vector<Error>* warnings);
/// GET /data/trades: {"data":[Trade],"next_cursor":…} or a bare array.
Result<Page<ClobTrade>> parseTradesPage(std::string_view json, std::vector<Error>* warnings);

/// GET /balance-allowance: {"balance":"<base units>","allowances":{spender: amount}} (or the
/// older single "allowance"). Base units are 6-decimal integers (1000000 = 1 USDC).
Result<BalanceAllowance> parseBalanceAllowance(std::string_view json);

/// POST /auth/api-key, GET /auth/derive-api-key: {"apiKey","secret","passphrase"}. A body
/// without apiKey is MissingField (the SDKs then fall back to derive). Details never quote the
/// secret or passphrase.
Result<ApiKeyCredentials> parseApiKeyResponse(std::string_view json);

/// The message of an HTTP error body {"error":"…"} (also "errorMsg" / "message"); when the body
/// is not such JSON, its text (trimmed, at most 200 characters); empty for an empty body.
std::string errorMessageFromBody(std::string_view body);

namespace tradingjson {
class FieldReader;
}
/// Field readers shared with UserEventParser (internal).
void readOpenOrderFields(tradingjson::FieldReader& reader, OpenOrder& out);
void readTradeFields(tradingjson::FieldReader& reader, ClobTrade& out);

} // namespace polaris::polymarket
