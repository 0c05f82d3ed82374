#include "core/sim/SimOrderRequest.h"

#include <QJsonValue>

#include <cmath>

namespace polaris::sim {

namespace {

using signing::Address;

Error fieldError(const char* field, const QJsonValue& value, const char* what)
{
    QString shown = value.isString()   ? value.toString()
                    : value.isDouble() ? QString::number(value.toDouble(), 'g', 17)
                                       : QStringLiteral("(missing or not a string)");
    if (shown.size() > 80) {
        shown = shown.left(80) + QStringLiteral("...");
    }
    return Error{ErrorCode::InvalidFormat,
                 std::string(field) + " " + what + ", got '" + shown.toStdString() + "'"};
}

/// A uint256 sent as a decimal string, or (for salt/signatureType) as a JSON integer below 2^53.
Result<UInt256> readUint(const QJsonObject& o, const char* field, bool numberAllowed, bool optional)
{
    const QJsonValue v = o.value(QLatin1String(field));
    if (v.isUndefined() && optional) {
        return UInt256(0);
    }
    if (v.isDouble() && numberAllowed) {
        const double d = v.toDouble();
        if (d >= 0 && d < 9007199254740992.0 && std::floor(d) == d) {
            return UInt256(static_cast<std::uint64_t>(d));
        }
        return fieldError(field, v, "must be a non-negative integer below 2^53");
    }
    if (!v.isString()) {
        return fieldError(field, v, "must be a decimal string");
    }
    auto parsed = UInt256::fromDecimal(v.toString().toStdString());
    if (!parsed) {
        return fieldError(field, v, "must be a decimal string");
    }
    return *parsed;
}

Result<Address> readAddress(const QJsonObject& o, const char* field)
{
    const QJsonValue v = o.value(QLatin1String(field));
    auto parsed = Address::fromHex(v.toString().toStdString());
    if (!v.isString() || !parsed) {
        return fieldError(field, v, "must be a 0x address (EIP-55 when mixed case)");
    }
    return *parsed;
}

Result<signing::Bytes32> readBytes32(const QJsonObject& o, const char* field)
{
    const QJsonValue v = o.value(QLatin1String(field));
    if (v.isUndefined() || (v.isString() && v.toString().isEmpty())) {
        return signing::Bytes32{};
    }
    auto parsed = signing::bytes32FromHex(v.toString().toStdString(), field);
    if (!v.isString() || !parsed) {
        return fieldError(field, v, "must be 0x + 64 hex digits");
    }
    return *parsed;
}

Status readOrder(const QJsonObject& o, SimOrderRequest& out)
{
    signing::OrderStruct& order = out.order;
    const bool v1 = o.contains(QLatin1String("nonce")) || o.contains(QLatin1String("feeRateBps"))
                    || o.contains(QLatin1String("taker"));
    out.version = v1 ? signing::ProtocolVersion::V1 : signing::ProtocolVersion::V2;
    // Collects the first failure; later reads still run but cannot overwrite it.
    Status status = okStatus();
    const auto read = [&status](auto& target, auto result) {
        if (!status.ok()) {
            return;
        }
        if (!result) {
            status = result.error();
            return;
        }
        target = *result;
    };
    read(order.salt, readUint(o, "salt", true, false));
    read(order.maker, readAddress(o, "maker"));
    read(order.signer, readAddress(o, "signer"));
    read(order.tokenId, readUint(o, "tokenId", false, false));
    read(order.makerAmount, readUint(o, "makerAmount", false, false));
    read(order.takerAmount, readUint(o, "takerAmount", false, false));
    read(order.expiration, readUint(o, "expiration", false, true));
    UInt256 signatureType;
    read(signatureType, readUint(o, "signatureType", true, false));
    if (v1) {
        read(order.taker, readAddress(o, "taker"));
        read(order.nonce, readUint(o, "nonce", false, true));
        read(order.feeRateBps, readUint(o, "feeRateBps", false, true));
    } else {
        read(order.timestamp, readUint(o, "timestamp", false, false));
        read(order.metadata, readBytes32(o, "metadata"));
        read(order.builder, readBytes32(o, "builder"));
    }
    if (!status.ok()) {
        return status;
    }
    const QJsonValue side = o.value(QLatin1String("side"));
    if (side.toString() == QLatin1String("BUY")) {
        order.side = TradeSide::Buy;
    } else if (side.toString() == QLatin1String("SELL")) {
        order.side = TradeSide::Sell;
    } else {
        return fieldError("side", side, "must be \"BUY\" or \"SELL\"");
    }
    if (!signatureType.fitsUInt64() || signatureType.low64() > 3) {
        return fieldError("signatureType", o.value(QLatin1String("signatureType")),
                          "must be 0, 1, 2 or 3");
    }
    order.signatureType = static_cast<signing::SignatureType>(signatureType.low64());
    const QJsonValue signature = o.value(QLatin1String("signature"));
    auto bytes = signing::fromHex(signature.toString().toStdString(), "signature");
    if (!signature.isString() || !bytes || bytes->size() < 65) {
        return fieldError("signature", signature, "must be 0x + at least 65 bytes of hex");
    }
    out.signature = std::move(*bytes);
    return okStatus();
}

} // namespace

Result<SimOrderRequest> SimOrderRequest::fromJson(const QJsonObject& object)
{
    SimOrderRequest out;
    const QJsonValue order = object.value(QLatin1String("order"));
    if (!order.isObject()) {
        return Error{ErrorCode::MissingField, "order must be a JSON object"};
    }
    if (const Status s = readOrder(order.toObject(), out); !s.ok()) {
        return s.error();
    }
    const QJsonValue owner = object.value(QLatin1String("owner"));
    if (!owner.isString() || owner.toString().isEmpty()) {
        return fieldError("owner", owner, "must be the API key");
    }
    out.owner = owner.toString().toStdString();
    const QJsonValue type = object.value(QLatin1String("orderType"));
    const QString typeName = type.isUndefined() ? QStringLiteral("GTC") : type.toString();
    if (typeName == QLatin1String("GTC")) {
        out.type = signing::OrderType::Gtc;
    } else if (typeName == QLatin1String("GTD")) {
        out.type = signing::OrderType::Gtd;
    } else if (typeName == QLatin1String("FOK")) {
        out.type = signing::OrderType::Fok;
    } else if (typeName == QLatin1String("FAK")) {
        out.type = signing::OrderType::Fak;
    } else {
        return fieldError("orderType", type, "must be GTC, GTD, FOK or FAK");
    }
    for (const auto& [key, target] :
         {std::pair{"postOnly", &out.postOnly}, std::pair{"deferExec", &out.deferExec}}) {
        const QJsonValue v = object.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isBool()) {
            return fieldError(key, v, "must be a boolean");
        }
        *target = v.toBool(false);
    }
    return out;
}

} // namespace polaris::sim
