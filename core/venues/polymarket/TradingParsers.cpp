#include "core/venues/polymarket/TradingParsers.h"

#include "core/venues/polymarket/TradingJson.h"

#include <algorithm>
#include <cctype>

namespace polaris::polymarket {

namespace dom = simdjson::dom;
using tradingjson::excerpt;
using tradingjson::FieldReader;

namespace {

Error shapeError(std::string_view what, std::string_view expected, const dom::element& got)
{
    return Error{ErrorCode::InvalidFormat, std::string(what) + ": expected " + std::string(expected)
                                                   + ", got " + excerpt(simdjson::minify(got))};
}

bool isUnitPrice(Decimal price)
{
    return price.isPositive() && price < Decimal::fromInt(1);
}

void checkPrice(FieldReader& reader, std::string_view key, Decimal price)
{
    if (!reader.failed() && !isUnitPrice(price)) {
        reader.fail(ErrorCode::OutOfRange, key, price.toString() + " outside (0,1)");
    }
}

void checkNonNegative(FieldReader& reader, std::string_view key, Decimal value)
{
    if (!reader.failed() && value.isNegative()) {
        reader.fail(ErrorCode::OutOfRange, key, "negative " + value.toString());
    }
}

Result<PlaceOrderResult> readPlaceOrder(dom::object object, std::string context)
{
    FieldReader reader(object, std::move(context));
    PlaceOrderResult out;
    out.orderId = reader.text("orderID");
    if (out.orderId.empty()) {
        out.orderId = reader.text("orderId");
    }
    out.status = reader.text("status");
    std::transform(out.status.begin(), out.status.end(), out.status.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    out.makingAmount = reader.decimal("makingAmount");
    const bool making = reader.lastWasPresent();
    out.takingAmount = reader.decimal("takingAmount");
    out.amountsReported = making || reader.lastWasPresent();
    checkNonNegative(reader, "makingAmount", out.makingAmount);
    checkNonNegative(reader, "takingAmount", out.takingAmount);
    out.errorMsg = reader.text("errorMsg");
    if (out.errorMsg.empty()) {
        out.errorMsg = reader.text("error");
    }
    out.transactionHashes = reader.textArray("transactionsHashes");
    if (out.transactionHashes.empty()) {
        out.transactionHashes = reader.textArray("orderHashes"); // older servers
    }
    out.tradeIds = reader.textArray("tradeIDs");
    out.success = reader.has("success") ? reader.boolean("success")
                                        : !out.orderId.empty() && out.errorMsg.empty();
    if (reader.failed()) {
        return *reader.error();
    }
    return out;
}

template <typename T, typename ReadFn>
Result<Page<T>> readPage(std::string_view json,
                         std::string_view what,
                         std::vector<Error>* warnings,
                         ReadFn readElement)
{
    auto document = tradingjson::parseDocument(json, what);
    if (!document) {
        return document.error();
    }
    Page<T> page;
    dom::array array;
    dom::object object;
    if (document->get_object().get(object) == simdjson::SUCCESS) {
        FieldReader reader(object, std::string(what));
        page.nextCursor = reader.text("next_cursor");
        const std::optional<dom::element> data = reader.element("data");
        if (!data || data->is_null()) {
            return Error{ErrorCode::MissingField, std::string(what) + ".data: missing"};
        }
        if (data->get_array().get(array) != simdjson::SUCCESS) {
            return shapeError(std::string(what) + ".data", "an array", *data);
        }
        if (reader.failed()) {
            return *reader.error();
        }
    } else if (document->get_array().get(array) != simdjson::SUCCESS) {
        return shapeError(what, "an object with data[] or an array", *document);
    } else {
        page.nextCursor = kEndCursor;
    }
    std::size_t index = 0;
    for (dom::element element : array) {
        const std::string context = std::string(what) + ".data[" + std::to_string(index++) + "]";
        dom::object item;
        if (element.get_object().get(item) != simdjson::SUCCESS) {
            if (warnings) {
                warnings->push_back(shapeError(context, "an object", element));
            }
            continue;
        }
        FieldReader reader(item, context);
        T value;
        readElement(reader, value);
        if (reader.failed()) {
            if (warnings) {
                warnings->push_back(*reader.error());
            }
            continue;
        }
        page.data.push_back(std::move(value));
    }
    return page;
}

/// A 6-decimal base-unit integer ("24960000" = 24.96) as a Decimal; saturates at Decimal's
/// bound (unlimited allowances are 2^256-1).
Result<Decimal> baseUnits(const dom::element& value, std::string_view field)
{
    std::string text;
    if (value.is_string()) {
        text = std::string(value.get_string().value_unsafe());
    } else if (value.is_int64() || value.is_uint64()) {
        text = simdjson::minify(value);
    }
    const bool digits = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return c >= '0' && c <= '9';
    });
    if (!digits) {
        return Error{ErrorCode::InvalidFormat,
                     std::string(field) + ": expected an integer amount in base units, got "
                             + excerpt(simdjson::minify(value))};
    }
    const std::size_t first = std::min(text.find_first_not_of('0'), text.size());
    const std::string_view significant = std::string_view(text).substr(first);
    if (significant.size() > 18) {
        return Decimal::fromMicros(Decimal::kMaxAbsMicros);
    }
    std::int64_t micros = 0;
    for (const char c : significant) {
        micros = micros * 10 + (c - '0');
    }
    return Decimal::fromMicros(std::min(micros, Decimal::kMaxAbsMicros));
}

} // namespace

void readOpenOrderFields(FieldReader& reader, OpenOrder& out)
{
    out.id = reader.text("id", true);
    out.status = reader.text("status");
    out.owner = reader.text("owner");
    out.makerAddress = reader.text("maker_address");
    out.market = reader.text("market");
    out.assetId = reader.text("asset_id", true);
    out.outcome = reader.text("outcome");
    out.orderType = reader.text("order_type");
    out.side = reader.side("side");
    out.originalSize = reader.decimal("original_size", true);
    out.sizeMatched = reader.decimal("size_matched");
    out.price = reader.decimal("price", true);
    out.associateTrades = reader.textArray("associate_trades");
    out.createdAtMs = reader.secondsAsMs("created_at");
    out.expiration = reader.integer("expiration");
    checkPrice(reader, "price", out.price);
    checkNonNegative(reader, "original_size", out.originalSize);
    checkNonNegative(reader, "size_matched", out.sizeMatched);
}

void readTradeFields(FieldReader& reader, ClobTrade& out)
{
    out.id = reader.text("id", true);
    out.takerOrderId = reader.text("taker_order_id");
    out.market = reader.text("market");
    out.assetId = reader.text("asset_id", true);
    out.outcome = reader.text("outcome");
    out.owner = reader.text("owner");
    out.tradeOwner = reader.text("trade_owner");
    out.makerAddress = reader.text("maker_address");
    out.transactionHash = reader.text("transaction_hash");
    out.status = reader.text("status");
    out.traderSide = reader.text("trader_side");
    out.side = reader.side("side");
    out.size = reader.decimal("size", true);
    out.price = reader.decimal("price", true);
    out.feeRateBps =
            static_cast<int>(std::min<std::int64_t>(reader.integer("fee_rate_bps"), 10'000));
    out.bucketIndex =
            static_cast<int>(std::min<std::int64_t>(reader.integer("bucket_index"), 1'000'000));
    out.matchTimeMs = reader.secondsAsMs("match_time");
    out.lastUpdateMs = reader.secondsAsMs("last_update");
    out.timestampMs = reader.integer("timestamp");
    checkPrice(reader, "price", out.price);
    checkNonNegative(reader, "size", out.size);
    if (reader.failed()) {
        return;
    }
    const std::optional<dom::element> makers = reader.element("maker_orders");
    if (!makers || makers->is_null()) {
        return;
    }
    dom::array array;
    if (makers->get_array().get(array) != simdjson::SUCCESS) {
        reader.fail(ErrorCode::InvalidFormat, "maker_orders",
                    "expected an array, got " + excerpt(simdjson::minify(*makers)));
        return;
    }
    std::size_t index = 0;
    for (dom::element element : array) {
        const std::string key = "maker_orders[" + std::to_string(index++) + "]";
        dom::object object;
        if (element.get_object().get(object) != simdjson::SUCCESS) {
            reader.fail(ErrorCode::InvalidFormat, key,
                        "expected an object, got " + excerpt(simdjson::minify(element)));
            return;
        }
        FieldReader maker(object, reader.context() + "." + key);
        MakerFill fill;
        fill.orderId = maker.text("order_id", true);
        fill.owner = maker.text("owner");
        fill.makerAddress = maker.text("maker_address");
        fill.assetId = maker.text("asset_id");
        fill.outcome = maker.text("outcome");
        fill.matchedAmount = maker.decimal("matched_amount", true);
        fill.price = maker.decimal("price", true);
        fill.side = maker.optionalSide("side");
        fill.feeRateBps =
                static_cast<int>(std::min<std::int64_t>(maker.integer("fee_rate_bps"), 10'000));
        checkPrice(maker, "price", fill.price);
        checkNonNegative(maker, "matched_amount", fill.matchedAmount);
        if (maker.failed()) {
            reader.failWith(*maker.error()); // its detail already names the full path
            return;
        }
        out.makerOrders.push_back(std::move(fill));
    }
}

Result<PlaceOrderResult> parsePlaceOrderResponse(std::string_view json)
{
    auto document = tradingjson::parseDocument(json, "order response");
    if (!document) {
        return document.error();
    }
    dom::object object;
    if (document->get_object().get(object) != simdjson::SUCCESS) {
        return shapeError("order response", "an object", *document);
    }
    return readPlaceOrder(object, "order response");
}

Result<std::vector<Result<PlaceOrderResult>>> parsePlaceOrdersResponse(std::string_view json)
{
    auto document = tradingjson::parseDocument(json, "orders response");
    if (!document) {
        return document.error();
    }
    std::vector<Result<PlaceOrderResult>> out;
    dom::object single;
    if (document->get_object().get(single) == simdjson::SUCCESS) {
        out.push_back(readPlaceOrder(single, "orders response"));
        return out;
    }
    dom::array array;
    if (document->get_array().get(array) != simdjson::SUCCESS) {
        return shapeError("orders response", "an array", *document);
    }
    std::size_t index = 0;
    for (dom::element element : array) {
        const std::string context = "orders response[" + std::to_string(index++) + "]";
        dom::object object;
        if (element.get_object().get(object) != simdjson::SUCCESS) {
            out.emplace_back(shapeError(context, "an object", element));
            continue;
        }
        out.push_back(readPlaceOrder(object, context));
    }
    return out;
}

Result<CancelResult> parseCancelResponse(std::string_view json)
{
    auto document = tradingjson::parseDocument(json, "cancel response");
    if (!document) {
        return document.error();
    }
    dom::object object;
    if (document->get_object().get(object) != simdjson::SUCCESS) {
        return shapeError("cancel response", "an object", *document);
    }
    FieldReader reader(object, "cancel response");
    CancelResult out;
    out.canceled = reader.textArray("canceled");
    if (reader.failed()) {
        return *reader.error();
    }
    if (!reader.element("canceled") && !reader.element("not_canceled")) {
        return Error{ErrorCode::MissingField, "cancel response: neither canceled nor not_canceled"};
    }
    const std::optional<dom::element> notCanceled = reader.element("not_canceled");
    if (notCanceled && !notCanceled->is_null()) {
        dom::object map;
        if (notCanceled->get_object().get(map) != simdjson::SUCCESS) {
            return shapeError("cancel response.not_canceled", "an object", *notCanceled);
        }
        for (const dom::key_value_pair entry : map) {
            std::string reason;
            if (entry.value.is_string()) {
                reason = std::string(entry.value.get_string().value_unsafe());
            } else {
                reason = simdjson::minify(entry.value);
            }
            out.notCanceled.emplace_back(std::string(entry.key), std::move(reason));
        }
    }
    return out;
}

Result<OpenOrder> parseOpenOrder(std::string_view json)
{
    auto document = tradingjson::parseDocument(json, "order");
    if (!document) {
        return document.error();
    }
    if (document->is_null()) {
        return Error{ErrorCode::NotFound, "order: the venue has no such order (null)"};
    }
    dom::object object;
    if (document->get_object().get(object) != simdjson::SUCCESS) {
        return shapeError("order", "an object", *document);
    }
    FieldReader reader(object, "order");
    OpenOrder out;
    readOpenOrderFields(reader, out);
    if (reader.failed()) {
        return *reader.error();
    }
    return out;
}

Result<Page<OpenOrder>> parseOpenOrdersPage(std::string_view json, std::vector<Error>* warnings)
{
    return readPage<OpenOrder>(json, "orders", warnings, readOpenOrderFields);
}

Result<Page<ClobTrade>> parseTradesPage(std::string_view json, std::vector<Error>* warnings)
{
    return readPage<ClobTrade>(json, "trades", warnings, readTradeFields);
}

Result<BalanceAllowance> parseBalanceAllowance(std::string_view json)
{
    auto document = tradingjson::parseDocument(json, "balance-allowance");
    if (!document) {
        return document.error();
    }
    dom::object object;
    if (document->get_object().get(object) != simdjson::SUCCESS) {
        return shapeError("balance-allowance", "an object", *document);
    }
    FieldReader reader(object, "balance-allowance");
    const std::optional<dom::element> balance = reader.element("balance");
    if (!balance || balance->is_null()) {
        return Error{ErrorCode::MissingField, "balance-allowance.balance: missing"};
    }
    BalanceAllowance out;
    auto amount = baseUnits(*balance, "balance-allowance.balance");
    if (!amount) {
        return amount.error();
    }
    out.balance = *amount;
    if (const auto allowances = reader.element("allowances");
        allowances && !allowances->is_null()) {
        dom::object map;
        if (allowances->get_object().get(map) != simdjson::SUCCESS) {
            return shapeError("balance-allowance.allowances", "an object", *allowances);
        }
        for (const dom::key_value_pair entry : map) {
            auto value = baseUnits(entry.value,
                                   "balance-allowance.allowances." + std::string(entry.key));
            if (!value) {
                return value.error();
            }
            out.allowances.emplace_back(std::string(entry.key), *value);
        }
    } else if (const auto single = reader.element("allowance"); single && !single->is_null()) {
        auto value = baseUnits(*single, "balance-allowance.allowance");
        if (!value) {
            return value.error();
        }
        out.allowances.emplace_back(std::string(), *value);
    }
    return out;
}

Result<ApiKeyCredentials> parseApiKeyResponse(std::string_view json)
{
    auto document = tradingjson::parseDocument(json, "api key response");
    if (!document) {
        return Error{ErrorCode::InvalidFormat, "api key response: not JSON"}; // never quote it
    }
    dom::object object;
    if (document->get_object().get(object) != simdjson::SUCCESS) {
        return Error{ErrorCode::InvalidFormat, "api key response: expected an object"};
    }
    ApiKeyCredentials out;
    const std::pair<const char*, std::string*> fields[] = {
            {"apiKey", &out.apiKey}, {"secret", &out.secret}, {"passphrase", &out.passphrase}};
    for (const auto& [key, target] : fields) {
        std::string_view text;
        dom::element value;
        if (object.at_key(key).get(value) != simdjson::SUCCESS || value.is_null()) {
            return Error{ErrorCode::MissingField,
                         std::string("api key response.") + key + ": missing"};
        }
        if (value.get_string().get(text) != simdjson::SUCCESS) {
            return Error{ErrorCode::InvalidFormat,
                         std::string("api key response.") + key + ": expected a string"};
        }
        if (text.empty()) {
            return Error{ErrorCode::MissingField,
                         std::string("api key response.") + key + ": empty"};
        }
        target->assign(text);
    }
    return out;
}

std::string errorMessageFromBody(std::string_view body)
{
    const std::size_t start = body.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) {
        return {};
    }
    body.remove_prefix(start);
    body = body.substr(0, body.find_last_not_of(" \t\r\n") + 1);
    if (body.front() == '{') {
        if (auto document = tradingjson::parseDocument(body, "error body")) {
            dom::object object;
            if (document->get_object().get(object) == simdjson::SUCCESS) {
                for (const char* key : {"error", "errorMsg", "message"}) {
                    dom::element value;
                    if (object.at_key(key).get(value) != simdjson::SUCCESS || value.is_null()) {
                        continue;
                    }
                    if (value.is_string()) {
                        return std::string(value.get_string().value_unsafe());
                    }
                    return excerpt(simdjson::minify(value), 200);
                }
            }
        }
    }
    return excerpt(body, 200);
}

} // namespace polaris::polymarket
