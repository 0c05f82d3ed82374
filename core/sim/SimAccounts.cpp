#include "core/sim/SimAccounts.h"

#include <QMessageAuthenticationCode>

namespace polaris::sim {

namespace {

/// 16 bytes as 8-4-4-4-12 lower-case hex, the shape of the venue's API keys.
std::string uuidText(const QByteArray& bytes)
{
    const QByteArray hex = bytes.left(16).toHex();
    return (hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-'
            + hex.mid(20, 12))
            .toStdString();
}

} // namespace

Decimal SimWallet::sharesOf(int token) const
{
    const auto it = shares.find(token);
    return it == shares.end() ? Decimal() : it->second;
}

Decimal SimWallet::availableShares(int token) const
{
    const auto it = reservedShares.find(token);
    return sharesOf(token) - (it == reservedShares.end() ? Decimal() : it->second);
}

SimAccounts::SimAccounts(QByteArray seed, Decimal startingBalance)
    : m_seed(std::move(seed))
    , m_startingBalance(startingBalance)
{}

QByteArray
SimAccounts::derive(const char* purpose, const std::string& address, std::string_view nonce) const
{
    QByteArray message(purpose);
    message += '|';
    message += QByteArray::fromStdString(address);
    message += '|';
    message += QByteArray(nonce.data(), static_cast<qsizetype>(nonce.size()));
    return QMessageAuthenticationCode::hash(message, m_seed, QCryptographicHash::Sha256);
}

const SimApiKey& SimAccounts::issue(const signing::Address& address, std::string_view nonce)
{
    const std::string lower = address.toLowerHex();
    const std::string apiKey = uuidText(derive("api-key", lower, nonce));
    auto it = m_keys.find(apiKey);
    if (it != m_keys.end()) {
        return it->second;
    }
    SimApiKey key;
    key.apiKey = apiKey;
    QByteArray secret = derive("secret", lower, nonce).toBase64();
    secret.replace('+', '-').replace('/', '_');
    key.secret = secret.toStdString();
    key.passphrase = derive("passphrase", lower, nonce).toHex().toStdString();
    key.address = address;
    key.nonce.assign(nonce);
    m_keyOrder.push_back(apiKey);
    return m_keys.emplace(apiKey, std::move(key)).first->second;
}

const SimApiKey* SimAccounts::find(std::string_view apiKey) const
{
    const auto it = m_keys.find(std::string(apiKey));
    return it == m_keys.end() ? nullptr : &it->second;
}

std::vector<const SimApiKey*> SimAccounts::keysOf(const signing::Address& address) const
{
    std::vector<const SimApiKey*> out;
    for (const std::string& id : m_keyOrder) {
        const SimApiKey& key = m_keys.at(id);
        if (key.address == address) {
            out.push_back(&key);
        }
    }
    return out;
}

SimWallet& SimAccounts::wallet(const signing::Address& address)
{
    auto [it, inserted] = m_wallets.try_emplace(address.toLowerHex());
    if (inserted) {
        it->second.collateral = m_startingBalance;
    }
    return it->second;
}

signing::Address SimAccounts::funderOf(const signing::Address& signer) const
{
    const auto it = m_funders.find(signer.toLowerHex());
    return it == m_funders.end() ? signer : it->second;
}

void SimAccounts::noteFunder(const signing::Address& signer, const signing::Address& funder)
{
    m_funders[signer.toLowerHex()] = funder;
}

const SimWallet* SimAccounts::findWallet(const signing::Address& address) const
{
    const auto it = m_wallets.find(address.toLowerHex());
    return it == m_wallets.end() ? nullptr : &it->second;
}

} // namespace polaris::sim
