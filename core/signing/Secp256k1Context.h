#pragma once

struct secp256k1_context_struct;

namespace polaris::signing {

/// The process-wide libsecp256k1 context, created and blinded (context_randomize) on first use.
/// Internal to core/signing. After creation it is only read, which libsecp256k1 allows from any
/// thread concurrently.
const secp256k1_context_struct* secp256k1Context();

} // namespace polaris::signing
