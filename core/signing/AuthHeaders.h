#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace polaris::signing {

/// HTTP header name/value pairs in the order they should be set (QNetworkRequest::setRawHeader).
using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

/// Header names of the CLOB's L1 and L2 authentication (spec §3).
namespace header {
inline constexpr char kAddress[] = "POLY_ADDRESS";
inline constexpr char kSignature[] = "POLY_SIGNATURE";
inline constexpr char kTimestamp[] = "POLY_TIMESTAMP";
inline constexpr char kNonce[] = "POLY_NONCE";
inline constexpr char kApiKey[] = "POLY_API_KEY";
inline constexpr char kPassphrase[] = "POLY_PASSPHRASE";
} // namespace header

} // namespace polaris::signing
