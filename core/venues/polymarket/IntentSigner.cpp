#include "core/venues/polymarket/IntentSigner.h"

#include "core/signing/OrderBuilder.h"
#include "core/signing/OrderJson.h"

namespace polaris::polymarket {

namespace {
signing::OrderType wireType(OrderType type)
{
    switch (type) {
    case OrderType::Fok:
        return signing::OrderType::Fok;
    case OrderType::Fak:
        return signing::OrderType::Fak;
    case OrderType::Gtc:
        return signing::OrderType::Gtc;
    }
    return signing::OrderType::Fok;
}
} // namespace

Result<SignedIntent> signIntent(const OrderIntent& intent,
                                const signing::PrivateKey& key,
                                const SigningAccount& account,
                                const signing::ApiCredentials& api)
{
    signing::OrderRequest request;
    request.tokenId = intent.tokenId;
    request.side = intent.side;
    request.kind = signing::OrderKind::Limit; // shares at the leg's limit, for every type
    request.price = intent.limitPrice;
    request.quantity = intent.shares;
    request.tickSize = intent.tickSize;
    request.negRisk = intent.negRisk;
    request.signatureType = account.signatureType;
    request.funder = account.funder;
    auto order = signing::buildSignedOrder(request, key, account.exchange);
    if (!order) {
        return order.error();
    }
    auto body = signing::orderRequestBody(*order, api, wireType(intent.type));
    if (!body) {
        return body.error();
    }
    return SignedIntent{signing::toHex(order->orderHash), std::move(body).value()};
}

} // namespace polaris::polymarket
