#include "core/signing/Secp256k1Context.h"

#include <QRandomGenerator>

#include <secp256k1.h>

#include <array>
#include <cstdint>

#include <openssl/crypto.h>

namespace polaris::signing {

namespace {
secp256k1_context* createContext()
{
    secp256k1_context* context = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
    // Blinding protects the signing code against timing and power side channels; the seed only
    // needs to be unpredictable, not secret forever, but clear it anyway.
    std::array<std::uint32_t, 8> seed{};
    QRandomGenerator::system()->generate(seed.begin(), seed.end());
    const int randomized = secp256k1_context_randomize(
            context, reinterpret_cast<const unsigned char*>(seed.data()));
    OPENSSL_cleanse(seed.data(), sizeof(seed));
    (void)randomized; // only fails for the static context, which this is not
    return context;
}
} // namespace

const secp256k1_context_struct* secp256k1Context()
{
    // Thread-safe initialisation (magic static); lives until process exit.
    static const secp256k1_context* const context = createContext();
    return context;
}

} // namespace polaris::signing
