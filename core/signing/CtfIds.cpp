#include "core/signing/CtfIds.h"

#include "core/signing/Keccak256.h"

#include <memory>

#include <openssl/bn.h>

namespace polaris::signing {

namespace {
// alt_bn128 field modulus (CTHelpers P) and curve constant B (y² = x³ + 3).
constexpr char kFieldModulusHex[] =
        "30644E72E131A029B85045B68181585D97816A916871CA8D3C208C16D87CFD47";

struct BnDeleter
{
    void operator()(BIGNUM* bn) const { BN_free(bn); }
};
struct CtxDeleter
{
    void operator()(BN_CTX* ctx) const { BN_CTX_free(ctx); }
};
using Bn = std::unique_ptr<BIGNUM, BnDeleter>;

Bn newBn()
{
    return Bn(BN_new());
}

void append(ByteVector& out, std::span<const std::uint8_t> bytes)
{
    out.insert(out.end(), bytes.begin(), bytes.end());
}
} // namespace

Bytes32
conditionId(const Address& oracle, const Bytes32& questionId, std::uint32_t outcomeSlotCount)
{
    ByteVector packed;
    append(packed, oracle.bytes());
    append(packed, questionId);
    append(packed, UInt256(outcomeSlotCount).toBigEndian());
    return keccak256(packed);
}

Result<Bytes32> collectionId(const Bytes32& conditionId, const UInt256& indexSet)
{
    ByteVector packed;
    append(packed, conditionId);
    append(packed, indexSet.toBigEndian());
    const Bytes32 hash = keccak256(packed);

    std::unique_ptr<BN_CTX, CtxDeleter> ctx(BN_CTX_new());
    Bn p = newBn(), x = newBn(), yy = newBn(), y = newBn(), check = newBn(), exponent = newBn();
    BIGNUM* pRaw = p.get();
    if (!ctx || !p || !x || !yy || !y || !check || !exponent
        || BN_hex2bn(&pRaw, kFieldModulusHex) == 0
        || BN_bin2bn(hash.data(), static_cast<int>(hash.size()), x.get()) == nullptr) {
        return Error{ErrorCode::OutOfRange, "collectionId: big-number allocation failed"};
    }
    const bool odd = BN_is_bit_set(x.get(), 255) != 0;
    // (P + 1) / 4: P ≡ 3 (mod 4), so yy^((P+1)/4) is a square root of yy when one exists.
    BN_copy(exponent.get(), p.get());
    BN_add_word(exponent.get(), 1);
    BN_rshift(exponent.get(), exponent.get(), 2);
    bool ok = true;
    do {
        ok = ok && BN_add_word(x.get(), 1) && BN_nnmod(x.get(), x.get(), p.get(), ctx.get());
        ok = ok && BN_mod_sqr(yy.get(), x.get(), p.get(), ctx.get())
             && BN_mod_mul(yy.get(), yy.get(), x.get(), p.get(), ctx.get())
             && BN_add_word(yy.get(), 3) && BN_nnmod(yy.get(), yy.get(), p.get(), ctx.get());
        ok = ok && BN_mod_exp(y.get(), yy.get(), exponent.get(), p.get(), ctx.get())
             && BN_mod_sqr(check.get(), y.get(), p.get(), ctx.get());
    } while (ok && BN_cmp(check.get(), yy.get()) != 0);
    if (!ok) {
        return Error{ErrorCode::OutOfRange, "collectionId: big-number arithmetic failed"};
    }
    const bool yOdd = BN_is_odd(y.get()) != 0;
    if (odd != yOdd) {
        BN_sub(y.get(), p.get(), y.get());
    }
    if (BN_is_odd(y.get())) {
        BN_set_bit(x.get(), 254); // x < P < 2^254, so Solidity's XOR just sets the bit
    }
    Bytes32 out{};
    if (BN_bn2binpad(x.get(), out.data(), static_cast<int>(out.size())) != 32) {
        return Error{ErrorCode::OutOfRange, "collectionId: result does not fit 32 bytes"};
    }
    return out;
}

UInt256 positionId(const Address& collateral, const Bytes32& collectionId)
{
    ByteVector packed;
    append(packed, collateral.bytes());
    append(packed, collectionId);
    return uint256FromBigEndian(keccak256(packed));
}

Result<UInt256>
outcomeTokenId(const Address& collateral, const Bytes32& conditionId, const UInt256& indexSet)
{
    auto collection = collectionId(conditionId, indexSet);
    if (!collection) {
        return collection.error();
    }
    return positionId(collateral, *collection);
}

} // namespace polaris::signing
