#include "core/signing/Keccak256.h"

#include <QByteArrayView>
#include <QCryptographicHash>

#include <algorithm>

namespace polaris::signing {

namespace {
Bytes32 toBytes32(const QByteArray& digest)
{
    Bytes32 out{};
    std::copy_n(reinterpret_cast<const std::uint8_t*>(digest.constData()), out.size(), out.begin());
    return out;
}
} // namespace

Bytes32 keccak256(std::span<const std::uint8_t> data)
{
    // Keccak_256, not Sha3_256: Ethereum predates the final SHA-3 padding.
    return toBytes32(QCryptographicHash::hash(
            QByteArrayView(data.data(), static_cast<qsizetype>(data.size())),
            QCryptographicHash::Keccak_256));
}

Bytes32 keccak256(std::string_view text)
{
    return toBytes32(QCryptographicHash::hash(
            QByteArrayView(text.data(), static_cast<qsizetype>(text.size())),
            QCryptographicHash::Keccak_256));
}

} // namespace polaris::signing
