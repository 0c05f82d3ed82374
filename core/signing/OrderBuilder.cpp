#include "core/signing/OrderBuilder.h"

#include "core/signing/OrderAmounts.h"
#include "core/signing/OrderSigner.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace polaris::signing {

namespace {
constexpr std::uint64_t kMaxSalt = (std::uint64_t{1} << 53) - 1; // exact as a JSON/JS number

Status fillParties(const OrderRequest& request,
                   const Address& keyAddress,
                   ProtocolVersion version,
                   OrderStruct& order)
{
    switch (request.signatureType) {
    case SignatureType::Eoa:
        if (request.funder && *request.funder != keyAddress) {
            return Error{ErrorCode::InvalidFormat,
                         "EOA order: funder " + request.funder->toChecksumHex()
                                 + " differs from the key's address " + keyAddress.toChecksumHex()
                                 + "; use POLY_PROXY, POLY_GNOSIS_SAFE or POLY_1271"};
        }
        order.maker = keyAddress;
        order.signer = keyAddress;
        return okStatus();
    case SignatureType::PolyProxy:
    case SignatureType::PolyGnosisSafe:
        if (!request.funder || request.funder->isZero()) {
            return Error{ErrorCode::MissingField,
                         "funder (proxy or safe address) is required for this signature type"};
        }
        order.maker = *request.funder;
        order.signer = keyAddress;
        return okStatus();
    case SignatureType::Poly1271:
        if (version == ProtocolVersion::V1) {
            return Error{ErrorCode::InvalidFormat,
                         "signature type POLY_1271 is not supported for V1 orders"};
        }
        if (!request.funder || request.funder->isZero()) {
            return Error{ErrorCode::MissingField,
                         "funder (deposit wallet address) is required for POLY_1271"};
        }
        order.maker = *request.funder;
        order.signer = *request.funder;
        return okStatus();
    }
    return Error{ErrorCode::InvalidFormat, "unknown signature type"};
}
} // namespace

Result<SignedOrder>
buildSignedOrder(const OrderRequest& request, const PrivateKey& key, const ExchangeConfig& exchange)
{
    auto tokenId = UInt256::fromDecimal(request.tokenId);
    if (!tokenId || tokenId->isZero()) {
        // Quote only digit strings: anything else could be a secret pasted into the wrong field.
        const bool quotable = tokenId.ok() || tokenId.error().code == ErrorCode::OutOfRange;
        return Error{ErrorCode::InvalidFormat,
                     (quotable ? "tokenId '" + request.tokenId + "'"
                               : "tokenId (" + std::to_string(request.tokenId.size())
                                         + " characters, not all decimal digits)")
                             + " is not a non-zero uint256"};
    }
    if (exchange.exchange.isZero() || exchange.negRiskExchange.isZero()) {
        return Error{ErrorCode::MissingField, "exchange config has a zero contract address"};
    }
    const auto amounts = request.kind == OrderKind::Limit
                                 ? limitOrderAmounts(request.side, request.price, request.quantity,
                                                     request.tickSize)
                                 : marketOrderAmounts(request.side, request.price, request.quantity,
                                                      request.tickSize);
    if (!amounts) {
        return amounts.error();
    }
    if (request.salt && *request.salt > kMaxSalt) {
        return Error{ErrorCode::OutOfRange,
                     "salt " + std::to_string(*request.salt) + " exceeds 2^53-1"};
    }
    const std::int64_t timestampMs =
            request.timestampMs ? *request.timestampMs : QDateTime::currentMSecsSinceEpoch();
    if (timestampMs <= 0) {
        return Error{ErrorCode::OutOfRange,
                     "timestampMs " + std::to_string(timestampMs) + " is not positive"};
    }

    SignedOrder signedOrder;
    signedOrder.version = exchange.version;
    OrderStruct& order = signedOrder.order;
    const Address keyAddress = key.address();
    if (const Status parties = fillParties(request, keyAddress, exchange.version, order);
        !parties) {
        return parties.error();
    }
    order.salt = UInt256(request.salt ? *request.salt
                                      : QRandomGenerator::system()->generate64() % kMaxSalt + 1);
    order.tokenId = *tokenId;
    order.makerAmount = amounts->makerAmount;
    order.takerAmount = amounts->takerAmount;
    order.side = request.side;
    order.signatureType = request.signatureType;
    order.expiration = UInt256(request.expiration);
    if (exchange.version == ProtocolVersion::V1) {
        order.nonce = UInt256(request.nonce);
        order.feeRateBps = UInt256(request.feeRateBps);
    } else {
        order.timestamp = UInt256(static_cast<std::uint64_t>(timestampMs));
        order.metadata = request.metadata;
        order.builder = request.builderCode;
    }
    auto signature = signOrder(order, exchange.version, exchange.domain(request.negRisk), key);
    if (!signature) {
        return signature.error();
    }
    signedOrder.signature = toHex(signature->bytes);
    signedOrder.orderHash = signature->orderHash;
    return signedOrder;
}

} // namespace polaris::signing
