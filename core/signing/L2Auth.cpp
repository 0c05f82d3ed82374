#include "core/signing/L2Auth.h"

#include <array>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace polaris::signing {

namespace {
/// The SDKs accept either alphabet and missing padding: map URL-safe to standard, re-pad, then
/// decode strictly so junk is an error instead of silently skipped characters.
Result<QByteArray> decodeSecret(std::string_view secret)
{
    QByteArray text(secret.data(), static_cast<qsizetype>(secret.size()));
    text.replace('-', '+').replace('_', '/');
    while (text.size() % 4 != 0) {
        text.append('=');
    }
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        // Only the length: the secret itself must never reach an error message or log.
        return Error{ErrorCode::InvalidFormat, "API secret is not valid base64 (length "
                                                       + std::to_string(secret.size()) + ")"};
    }
    return std::move(decoded.decoded);
}
} // namespace

Result<std::string> l2Signature(std::string_view secret,
                                std::string_view timestamp,
                                std::string_view method,
                                std::string_view requestPath,
                                std::string_view body)
{
    auto key = decodeSecret(secret);
    if (!key) {
        return key.error();
    }
    std::string message;
    message.reserve(timestamp.size() + method.size() + requestPath.size() + body.size());
    message.append(timestamp).append(method).append(requestPath).append(body);

    std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
    unsigned int macLength = 0;
    const unsigned char* ok = HMAC(EVP_sha256(), key->constData(), static_cast<int>(key->size()),
                                   reinterpret_cast<const unsigned char*>(message.data()),
                                   message.size(), mac.data(), &macLength);
    OPENSSL_cleanse(key.value().data(), static_cast<std::size_t>(key->size()));
    if (ok == nullptr) {
        return Error{ErrorCode::InvalidFormat, "HMAC-SHA256 computation failed"};
    }
    QByteArray encoded =
            QByteArray(reinterpret_cast<const char*>(mac.data()), static_cast<qsizetype>(macLength))
                    .toBase64();
    encoded.replace('+', '-').replace('/', '_'); // URL-safe, '=' padding kept (spec §3.2 step 3)
    return encoded.toStdString();
}

Result<HeaderList> l2Headers(const ApiCredentials& credentials,
                             const Address& signer,
                             std::int64_t timestampSeconds,
                             std::string_view method,
                             std::string_view requestPath,
                             const QByteArray& body)
{
    if (credentials.apiKey.empty() || credentials.passphrase.empty()) {
        return Error{ErrorCode::MissingField, "L2 auth: API key or passphrase is empty"};
    }
    if (method.empty() || requestPath.empty() || requestPath.front() != '/') {
        return Error{ErrorCode::InvalidFormat,
                     "L2 auth: method must be non-empty and the request path must start with '/'"};
    }
    if (requestPath.find('?') != std::string_view::npos) {
        return Error{ErrorCode::InvalidFormat, "L2 auth: request path '" + std::string(requestPath)
                                                       + "' contains a query string; sign the "
                                                         "path only (spec §3.2)"};
    }
    if (timestampSeconds <= 0) {
        return Error{ErrorCode::OutOfRange,
                     "L2 auth: timestamp " + std::to_string(timestampSeconds) + " is not positive"};
    }
    const std::string timestamp = std::to_string(timestampSeconds);
    auto signature =
            l2Signature(credentials.secret, timestamp, method, requestPath,
                        std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
    if (!signature) {
        return signature.error();
    }
    HeaderList headers;
    headers.append(
            {QByteArray(header::kAddress), QByteArray::fromStdString(signer.toChecksumHex())});
    headers.append({QByteArray(header::kSignature), QByteArray::fromStdString(*signature)});
    headers.append({QByteArray(header::kTimestamp), QByteArray::fromStdString(timestamp)});
    headers.append({QByteArray(header::kApiKey), QByteArray::fromStdString(credentials.apiKey)});
    headers.append(
            {QByteArray(header::kPassphrase), QByteArray::fromStdString(credentials.passphrase)});
    return headers;
}

} // namespace polaris::signing
