#include "core/sim/SimAuth.h"

#include "core/signing/ClobAuth.h"
#include "core/signing/L2Auth.h"
#include "core/signing/OrderSigner.h"
#include "core/signing/Signature.h"

#include <algorithm>

namespace polaris::sim {

namespace {

using signing::Address;

bool allDigits(const QByteArray& text)
{
    return !text.isEmpty() && text.size() <= 78
           && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Result<Address> headerAddress(const HttpRequest& request)
{
    const QByteArray text = request.header("poly_address");
    auto address = Address::fromHex(text.toStdString());
    if (!address) {
        return Error{ErrorCode::InvalidFormat,
                     "POLY_ADDRESS '" + text.left(60).toStdString() + "' is not an address"};
    }
    return *address;
}

Result<Address> recover(const signing::Bytes32& digest, std::span<const std::uint8_t> bytes)
{
    auto signature = signing::Signature::fromBytes(bytes);
    if (!signature) {
        return signature.error();
    }
    return signing::recoverAddress(digest, *signature);
}

/// POLY_1271: innerSig(65) ‖ appDomainSeparator(32) ‖ contentsHash(32) ‖ type string ‖ uint16 len.
Status verifyPoly1271(const SimOrderRequest& request,
                      const signing::Eip712Domain& domain,
                      const Address& apiAddress)
{
    const signing::ByteVector& sig = request.signature;
    const std::string_view type = signing::kOrderTypeStringV2;
    if (sig.size() != 65 + 32 + 32 + type.size() + 2) {
        return Error{ErrorCode::InvalidFormat,
                     "POLY_1271 signature has length " + std::to_string(sig.size())};
    }
    const signing::Bytes32 separator = domain.separator();
    const signing::Bytes32 contents =
            signing::orderStructHash(request.order, signing::ProtocolVersion::V2);
    if (!std::equal(separator.begin(), separator.end(), sig.begin() + 65)
        || !std::equal(contents.begin(), contents.end(), sig.begin() + 97)
        || !std::equal(type.begin(), type.end(), sig.begin() + 129)) {
        return Error{ErrorCode::InvalidFormat, "POLY_1271 wrapper does not match the order"};
    }
    auto signer =
            recover(signing::poly1271Digest(request.order, domain), std::span(sig.data(), 65));
    if (!signer || *signer != apiAddress) {
        return Error{ErrorCode::InvalidFormat, "POLY_1271 inner signature is not by the API key's "
                                               "address"};
    }
    return okStatus();
}

} // namespace

Result<L1Identity> SimAuth::verifyL1(const HttpRequest& request, std::uint64_t chainId)
{
    auto address = headerAddress(request);
    if (!address) {
        return address.error();
    }
    const QByteArray timestamp = request.header("poly_timestamp");
    QByteArray nonce = request.header("poly_nonce");
    if (nonce.isEmpty()) {
        nonce = "0";
    }
    if (!allDigits(timestamp) || !allDigits(nonce)) {
        return Error{ErrorCode::InvalidFormat, "POLY_TIMESTAMP and POLY_NONCE must be decimal"};
    }
    auto nonceValue = UInt256::fromDecimal(nonce.toStdString());
    auto signature = signing::Signature::fromHex(request.header("poly_signature").toStdString());
    if (!nonceValue || !signature) {
        return Error{ErrorCode::InvalidFormat, "POLY_SIGNATURE is not a 65-byte signature"};
    }
    const signing::Bytes32 digest =
            signing::clobAuthDigest(*address, timestamp.toStdString(), *nonceValue, chainId);
    auto signer = signing::recoverAddress(digest, *signature);
    if (!signer || *signer != *address) {
        return Error{ErrorCode::InvalidFormat,
                     "ClobAuth signature does not recover to " + address->toChecksumHex()};
    }
    // Canonical decimal, so "007" and "7" name the same credentials.
    return L1Identity{*address, nonceValue->toDecimal()};
}

Result<const SimApiKey*> SimAuth::verifyL2(const HttpRequest& request, const SimAccounts& accounts)
{
    const SimApiKey* key = accounts.find(request.header("poly_api_key").toStdString());
    if (!key) {
        return Error{ErrorCode::NotFound, "unknown POLY_API_KEY"};
    }
    auto address = headerAddress(request);
    if (!address || *address != key->address) {
        return Error{ErrorCode::InvalidFormat, "POLY_ADDRESS is not the key's address"};
    }
    if (request.header("poly_passphrase").toStdString() != key->passphrase) {
        return Error{ErrorCode::InvalidFormat, "wrong POLY_PASSPHRASE"};
    }
    const QByteArray timestamp = request.header("poly_timestamp");
    if (!allDigits(timestamp)) {
        return Error{ErrorCode::InvalidFormat, "POLY_TIMESTAMP must be decimal seconds"};
    }
    const QByteArray path = request.path.toUtf8();
    auto expected = signing::l2Signature(
            key->secret, timestamp.toStdString(), request.method.toStdString(), path.toStdString(),
            std::string_view(request.body.constData(),
                             static_cast<std::size_t>(request.body.size())));
    if (!expected || request.header("poly_signature").toStdString() != *expected) {
        return Error{ErrorCode::InvalidFormat,
                     "POLY_SIGNATURE does not match the HMAC of " + timestamp.toStdString()
                             + request.method.toStdString() + path.toStdString() + "<body>"};
    }
    return key;
}

Result<signing::Bytes32> SimAuth::verifyOrder(const SimOrderRequest& request,
                                              const signing::ExchangeConfig& exchange,
                                              bool negRisk,
                                              const Address& apiAddress)
{
    const signing::Eip712Domain domain = exchange.domain(negRisk);
    const signing::Bytes32 hash = signing::orderDigest(request.order, request.version, domain);
    const signing::OrderStruct& order = request.order;
    if (order.signatureType == signing::SignatureType::Poly1271) {
        if (request.version == signing::ProtocolVersion::V1) {
            return Error{ErrorCode::InvalidFormat, "POLY_1271 is not valid for V1 orders"};
        }
        if (order.maker != order.signer) {
            return Error{ErrorCode::InvalidFormat, "POLY_1271 needs maker = signer"};
        }
        if (const Status s = verifyPoly1271(request, domain, apiAddress); !s.ok()) {
            return s.error();
        }
        return hash;
    }
    if (order.signer != apiAddress) {
        return Error{ErrorCode::InvalidFormat, "order signer " + order.signer.toChecksumHex()
                                                       + " is not the API key's address"};
    }
    if (order.signatureType == signing::SignatureType::Eoa && order.maker != order.signer) {
        return Error{ErrorCode::InvalidFormat, "EOA order needs maker = signer"};
    }
    if (request.signature.size() != signing::Signature::kSize) {
        return Error{ErrorCode::InvalidFormat, "signature must be 65 bytes"};
    }
    auto signer = recover(hash, request.signature);
    if (!signer || *signer != order.signer) {
        return Error{ErrorCode::InvalidFormat, "signature does not recover to the order signer"};
    }
    return hash;
}

} // namespace polaris::sim
