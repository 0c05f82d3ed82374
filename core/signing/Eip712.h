#pragma once

#include "core/money/UInt256.h"
#include "core/signing/Address.h"
#include "core/signing/Hex.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace polaris::signing {

/// An EIP-712 domain. Only the fields present are part of the EIP712Domain type: ClobAuth has no
/// verifyingContract (spec §3.1), the exchanges have one (§4.1). Plain value type.
struct Eip712Domain
{
    std::string name;
    std::string version;
    std::uint64_t chainId = 0;
    std::optional<Address> verifyingContract;

    /// "EIP712Domain(string name,string version,uint256 chainId[,address verifyingContract])"
    std::string typeString() const;
    /// hashStruct(domain), the domain separator.
    Bytes32 separator() const;
};

/// keccak256 of an EIP-712 type string (e.g. "ClobAuth(address address,...)").
Bytes32 typeHash(std::string_view typeString);

/// Builds encodeData for one struct: typeHash followed by each member as a 32-byte word, in the
/// order of the type string (the caller's responsibility; the encoder does not parse types).
/// Dynamic members (string, bytes) are replaced by their keccak256 as EIP-712 requires.
class StructEncoder
{
public:
    explicit StructEncoder(std::string_view typeString);

    StructEncoder& addUint(const UInt256& value);
    StructEncoder& addUint8(std::uint8_t value) { return addUint(UInt256(value)); }
    StructEncoder& addAddress(const Address& value);
    StructEncoder& addBytes32(const Bytes32& value);
    StructEncoder& addString(std::string_view value);

    /// hashStruct = keccak256(encodeData).
    Bytes32 hash() const;
    const ByteVector& encoded() const { return m_data; }

private:
    void appendWord(const Bytes32& word);

    ByteVector m_data;
};

/// keccak256(0x19 0x01 ‖ domainSeparator ‖ structHash): the digest that gets signed, and for
/// orders also the order hash / order ID.
Bytes32 typedDataDigest(const Bytes32& domainSeparator, const Bytes32& structHash);

} // namespace polaris::signing
