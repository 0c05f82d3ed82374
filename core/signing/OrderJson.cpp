#include "core/signing/OrderJson.h"

#include <string>
#include <string_view>

namespace polaris::signing {

namespace {
void appendJsonString(QByteArray& out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (byte < 0x20) {
            out.append("\\u00").append(kHex[byte >> 4]).append(kHex[byte & 0x0f]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

/// Appends `"key":` preceded by a comma unless it opens the object.
void appendKey(QByteArray& out, const char* key)
{
    if (!out.endsWith('{')) {
        out.append(',');
    }
    appendJsonString(out, key);
    out.append(':');
}

void stringField(QByteArray& out, const char* key, std::string_view value)
{
    appendKey(out, key);
    appendJsonString(out, value);
}

void rawField(QByteArray& out, const char* key, std::string_view value)
{
    appendKey(out, key);
    out.append(value.data(), static_cast<qsizetype>(value.size()));
}

void appendOrderObject(QByteArray& out, const SignedOrder& signedOrder)
{
    const OrderStruct& o = signedOrder.order;
    const bool v1 = signedOrder.version == ProtocolVersion::V1;
    out.append('{');
    rawField(out, "salt", o.salt.toDecimal());
    stringField(out, "maker", o.maker.toChecksumHex());
    stringField(out, "signer", o.signer.toChecksumHex());
    if (v1) {
        stringField(out, "taker", o.taker.toChecksumHex());
    }
    stringField(out, "tokenId", o.tokenId.toDecimal());
    stringField(out, "makerAmount", o.makerAmount.toDecimal());
    stringField(out, "takerAmount", o.takerAmount.toDecimal());
    if (v1) {
        stringField(out, "expiration", o.expiration.toDecimal());
        stringField(out, "nonce", o.nonce.toDecimal());
        stringField(out, "feeRateBps", o.feeRateBps.toDecimal());
        stringField(out, "side", o.side == TradeSide::Buy ? "BUY" : "SELL");
        rawField(out, "signatureType", std::to_string(static_cast<int>(o.signatureType)));
    } else {
        stringField(out, "side", o.side == TradeSide::Buy ? "BUY" : "SELL");
        stringField(out, "expiration", o.expiration.toDecimal());
        rawField(out, "signatureType", std::to_string(static_cast<int>(o.signatureType)));
        stringField(out, "timestamp", o.timestamp.toDecimal());
        stringField(out, "metadata", toHex(o.metadata));
        stringField(out, "builder", toHex(o.builder));
    }
    stringField(out, "signature", signedOrder.signature);
    out.append('}');
}

Status validate(const SignedOrder& order,
                const ApiCredentials& credentials,
                OrderType type,
                PostOptions options)
{
    if (credentials.apiKey.empty()) {
        return Error{ErrorCode::MissingField, "order owner: the API key is empty"};
    }
    if (order.signature.size() < 2 + 2 * 65) {
        return Error{ErrorCode::MissingField, "order is not signed"};
    }
    const bool hasExpiration = !order.order.expiration.isZero();
    if (type == OrderType::Gtd && !hasExpiration) {
        return Error{ErrorCode::MissingField, "GTD order needs a non-zero expiration"};
    }
    if (type != OrderType::Gtd && hasExpiration) {
        return Error{ErrorCode::InvalidFormat,
                     std::string(orderTypeName(type)) + " order must not carry an expiration ("
                             + order.order.expiration.toDecimal() + "); use GTD"};
    }
    if (options.postOnly && (type == OrderType::Fok || type == OrderType::Fak)) {
        return Error{ErrorCode::InvalidFormat,
                     std::string("postOnly is only allowed for GTC and GTD, not ")
                             + orderTypeName(type)};
    }
    return okStatus();
}

void appendRequestObject(QByteArray& out,
                         const SignedOrder& order,
                         const ApiCredentials& credentials,
                         OrderType type,
                         PostOptions options)
{
    out.append('{');
    appendKey(out, "order");
    appendOrderObject(out, order);
    stringField(out, "owner", credentials.apiKey);
    stringField(out, "orderType", orderTypeName(type));
    rawField(out, "deferExec", options.deferExec ? "true" : "false");
    rawField(out, "postOnly", options.postOnly ? "true" : "false");
    out.append('}');
}
} // namespace

const char* orderTypeName(OrderType type)
{
    switch (type) {
    case OrderType::Gtc:
        return "GTC";
    case OrderType::Gtd:
        return "GTD";
    case OrderType::Fok:
        return "FOK";
    case OrderType::Fak:
        return "FAK";
    }
    return "?";
}

Result<QByteArray> orderRequestBody(const SignedOrder& order,
                                    const ApiCredentials& credentials,
                                    OrderType type,
                                    PostOptions options)
{
    if (const Status ok = validate(order, credentials, type, options); !ok) {
        return ok.error();
    }
    QByteArray out;
    out.reserve(900);
    appendRequestObject(out, order, credentials, type, options);
    return out;
}

Result<QByteArray> ordersRequestBody(std::span<const SignedOrder> orders,
                                     const ApiCredentials& credentials,
                                     OrderType type,
                                     PostOptions options)
{
    if (orders.empty() || orders.size() > static_cast<std::size_t>(kMaxBatchOrders)) {
        return Error{ErrorCode::OutOfRange, "batch of " + std::to_string(orders.size())
                                                    + " orders; POST /orders takes 1 to 15"};
    }
    QByteArray out;
    out.reserve(static_cast<qsizetype>(900 * orders.size()));
    out.append('[');
    for (std::size_t i = 0; i < orders.size(); ++i) {
        if (const Status ok = validate(orders[i], credentials, type, options); !ok) {
            return Error{ok.error().code, "order " + std::to_string(i) + ": " + ok.error().detail};
        }
        if (i > 0) {
            out.append(',');
        }
        appendRequestObject(out, orders[i], credentials, type, options);
    }
    out.append(']');
    return out;
}

} // namespace polaris::signing
