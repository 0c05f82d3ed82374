#pragma once

#include "core/signing/OrderJson.h"
#include "core/signing/OrderStruct.h"

#include <QJsonObject>

#include <string>

namespace polaris::sim {

/// One order of a POST /order or POST /orders body (spec §4.4) as the simulator received it:
/// the exchange struct exactly as signed (V2, or V1 when the body has the V1 field set), the
/// signature bytes, the API key it claims as owner, and the time in force.
/// Parsed with QJsonDocument: orders are not the simulator's hot path. Plain value.
struct SimOrderRequest
{
    signing::OrderStruct order;
    signing::ProtocolVersion version = signing::ProtocolVersion::V2;
    signing::ByteVector signature;
    std::string owner;
    signing::OrderType type = signing::OrderType::Gtc;
    bool postOnly = false;
    bool deferExec = false;

    /// Reads one request object {"order":{...},"owner","orderType","postOnly","deferExec"}.
    /// `salt`/`signatureType` may be JSON numbers or decimal strings, amounts and ids decimal
    /// strings; V2 `metadata`/`builder` may be "" (zero). Errors name the field and value.
    static Result<SimOrderRequest> fromJson(const QJsonObject& object);
};

} // namespace polaris::sim
