#include "core/signing/Eip712.h"

#include "core/signing/Keccak256.h"

#include <algorithm>

namespace polaris::signing {

std::string Eip712Domain::typeString() const
{
    std::string out = "EIP712Domain(string name,string version,uint256 chainId";
    if (verifyingContract) {
        out += ",address verifyingContract";
    }
    return out + ")";
}

Bytes32 Eip712Domain::separator() const
{
    StructEncoder encoder(typeString());
    encoder.addString(name).addString(version).addUint(UInt256(chainId));
    if (verifyingContract) {
        encoder.addAddress(*verifyingContract);
    }
    return encoder.hash();
}

Bytes32 typeHash(std::string_view typeString)
{
    return keccak256(typeString);
}

StructEncoder::StructEncoder(std::string_view typeString)
{
    m_data.reserve(32 * 14);
    appendWord(typeHash(typeString));
}

void StructEncoder::appendWord(const Bytes32& word)
{
    m_data.insert(m_data.end(), word.begin(), word.end());
}

StructEncoder& StructEncoder::addUint(const UInt256& value)
{
    appendWord(value.toBigEndian());
    return *this;
}

StructEncoder& StructEncoder::addAddress(const Address& value)
{
    Bytes32 word{};
    std::copy(value.bytes().begin(), value.bytes().end(), word.begin() + 12);
    appendWord(word);
    return *this;
}

StructEncoder& StructEncoder::addBytes32(const Bytes32& value)
{
    appendWord(value);
    return *this;
}

StructEncoder& StructEncoder::addString(std::string_view value)
{
    appendWord(keccak256(value));
    return *this;
}

Bytes32 StructEncoder::hash() const
{
    return keccak256(m_data);
}

Bytes32 typedDataDigest(const Bytes32& domainSeparator, const Bytes32& structHash)
{
    ByteVector data;
    data.reserve(66);
    data.push_back(0x19);
    data.push_back(0x01);
    data.insert(data.end(), domainSeparator.begin(), domainSeparator.end());
    data.insert(data.end(), structHash.begin(), structHash.end());
    return keccak256(data);
}

} // namespace polaris::signing
