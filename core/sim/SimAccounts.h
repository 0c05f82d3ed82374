#pragma once

#include "core/money/Decimal.h"
#include "core/signing/Address.h"

#include <QByteArray>

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace polaris::sim {

/// One set of CLOB API credentials (spec §3.1), bound to the EOA that created it.
struct SimApiKey
{
    std::string apiKey; ///< uuid; also the `owner` of the key's orders
    std::string secret; ///< base64url (with '=' padding), the HMAC key of L2
    std::string passphrase;
    signing::Address address; ///< the signer EOA (POLY_ADDRESS)
    std::string nonce;        ///< the L1 nonce, decimal
};

/// What one funder address holds: collateral and outcome shares, with the parts reserved by
/// its resting orders (BUY reserves collateral, SELL reserves shares). Exact Decimals.
struct SimWallet
{
    Decimal collateral;
    Decimal reservedCollateral;
    std::map<int, Decimal> shares; ///< token index -> shares held
    std::map<int, Decimal> reservedShares;

    Decimal availableCollateral() const { return collateral - reservedCollateral; }
    Decimal sharesOf(int token) const;
    Decimal availableShares(int token) const;
};

/// The simulator's accounts: API credentials per (address, nonce) and a wallet per funder
/// address. Credentials are deterministic: HMAC-SHA256 of the server seed over the lower-case
/// address and the nonce, so re-creating or deriving them gives the same key, secret and
/// passphrase, and a restarted simulator with the same seed accepts the same credentials.
/// A wallet is created on first use with the starting collateral balance.
/// Plain data; lives on SimServer's thread.
class SimAccounts
{
public:
    SimAccounts(QByteArray seed, Decimal startingBalance);

    /// The credentials of (address, nonce), created on first call.
    const SimApiKey& issue(const signing::Address& address, std::string_view nonce);
    const SimApiKey* find(std::string_view apiKey) const;
    /// Every key of one address, in creation order.
    std::vector<const SimApiKey*> keysOf(const signing::Address& address) const;

    SimWallet& wallet(const signing::Address& address);
    const SimWallet* findWallet(const signing::Address& address) const;

    /// The funder a signer's orders last used (PROXY/SAFE/1271 wallets differ from the EOA);
    /// the signer itself until it places one. GET /balance-allowance reads this wallet.
    signing::Address funderOf(const signing::Address& signer) const;
    void noteFunder(const signing::Address& signer, const signing::Address& funder);

    Decimal startingBalance() const { return m_startingBalance; }
    void setStartingBalance(Decimal balance) { m_startingBalance = balance; }

private:
    QByteArray
    derive(const char* purpose, const std::string& address, std::string_view nonce) const;

    QByteArray m_seed;
    Decimal m_startingBalance;
    std::unordered_map<std::string, SimApiKey> m_keys; ///< by apiKey
    std::vector<std::string> m_keyOrder;
    std::unordered_map<std::string, SimWallet> m_wallets;        ///< by lower-case address
    std::unordered_map<std::string, signing::Address> m_funders; ///< signer -> last funder
};

} // namespace polaris::sim
