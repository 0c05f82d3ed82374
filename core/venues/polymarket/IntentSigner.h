#pragma once

#include "core/execution/OrderTypes.h"
#include "core/signing/ExchangeConfig.h"
#include "core/signing/L2Auth.h"
#include "core/signing/OrderStruct.h"
#include "core/signing/PrivateKey.h"
#include "core/util/Result.h"

#include <QByteArray>

#include <optional>
#include <string>

namespace polaris::polymarket {

/// Who signs and for which exchange: the parts of an order that do not change per intent.
struct SigningAccount
{
    signing::ExchangeConfig exchange =
            signing::ExchangeConfig::polygon(signing::ProtocolVersion::V2);
    signing::SignatureType signatureType = signing::SignatureType::Eoa;
    std::optional<signing::Address> funder; ///< proxy/safe/deposit wallet; EOA: the key's own
};

/// One intent signed and serialised for POST /order(s).
struct SignedIntent
{
    std::string orderId; ///< "0x" + the EIP-712 order hash: the venue's order id
    QByteArray body;     ///< the exact per-order JSON object, signed L2 as sent
};

/// Signs an execution intent as a limit order of `shares` at its limit price (FOK, FAK or GTC
/// per the intent; neg-risk exchange per the intent) and builds its request body with the API
/// key as owner. Pure apart from the builder's random salt and clock; any thread.
Result<SignedIntent> signIntent(const OrderIntent& intent,
                                const signing::PrivateKey& key,
                                const SigningAccount& account,
                                const signing::ApiCredentials& api);

} // namespace polaris::polymarket
