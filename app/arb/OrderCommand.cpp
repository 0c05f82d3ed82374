#include "app/arb/Commands.h"
#include "core/money/Decimal.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/signing/OrderAmounts.h"
#include "core/signing/OrderBuilder.h"
#include "core/signing/OrderJson.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <optional>

using namespace polaris;
using namespace polaris::signing;

namespace {

constexpr int kUsageError = 2; ///< bad options or an order the builder refuses
constexpr int kKeyError = 3;   ///< no usable private key
constexpr qint64 kMaxKeyFileBytes = 4096;
const char* const kPlaceholderOwner = "PLACEHOLDER-NO-API-KEY";

int complain(const QString& message, int exitCode)
{
    QTextStream(stderr) << "polaris-arb: order: " << message << '\n';
    return exitCode;
}

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

bool isHexDigit(QChar c)
{
    return c.isDigit() || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'));
}

/// A run of exactly 64 hex digits that is 0x-prefixed or contains a letter: a private key (or a
/// 32-byte hash, which no order option takes). All-decimal runs are left alone: token ids are
/// decimal and a 64-digit one, while unlikely, is legitimate.
bool looksLikeKey(const QString& argument)
{
    qsizetype i = 0;
    while (i < argument.size()) {
        if (!isHexDigit(argument[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        bool letter = false;
        while (i < argument.size() && isHexDigit(argument[i])) {
            letter = letter || argument[i].isLetter();
            ++i;
        }
        const bool prefixed = start >= 2 && argument[start - 1].toLower() == QLatin1Char('x')
                              && argument[start - 2] == QLatin1Char('0');
        if (i - start == 64 && (letter || prefixed)) {
            return true;
        }
    }
    return false;
}

/// Owner/group/other permission bits as the familiar octal digits (e.g. "0644").
QString octalPermissions(QFileDevice::Permissions p)
{
    const auto digit = [&](QFileDevice::Permission r, QFileDevice::Permission w,
                           QFileDevice::Permission x) {
        return (p.testFlag(r) ? 4 : 0) + (p.testFlag(w) ? 2 : 0) + (p.testFlag(x) ? 1 : 0);
    };
    return QStringLiteral("0%1%2%3")
            .arg(digit(QFileDevice::ReadOwner, QFileDevice::WriteOwner, QFileDevice::ExeOwner))
            .arg(digit(QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ExeGroup))
            .arg(digit(QFileDevice::ReadOther, QFileDevice::WriteOther, QFileDevice::ExeOther));
}

/// Parses hex key text and wipes the buffer whatever the outcome. Errors never quote the text.
Result<PrivateKey> keyFromHex(QByteArray& hex, const std::string& source)
{
    QByteArray trimmed = hex.trimmed();
    auto key = PrivateKey::fromHex(std::string_view(trimmed.constData(), trimmed.size()));
    hex.fill('\0');
    trimmed.fill('\0'); // trimmed() may have copied the digits
    if (!key) {
        return Error{key.error().code, source + ": " + key.error().detail};
    }
    return key;
}

Result<PrivateKey> keyFromFile(const QString& path)
{
    const std::string name = "POLARIS_PRIVATE_KEY_FILE '" + path.toStdString() + "'";
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        return Error{ErrorCode::NotFound, name + " does not exist or is not a regular file"};
    }
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    constexpr QFileDevice::Permissions kOpen = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                               | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                               | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (permissions & kOpen) {
        return Error{ErrorCode::Io, "permissions " + octalPermissions(permissions).toStdString()
                                            + " for " + name
                                            + " are too open: a private key file must not be "
                                              "accessible by group or others; run chmod 600 on it"};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, name + " cannot be read: " + file.errorString().toStdString()};
    }
    if (file.size() > kMaxKeyFileBytes) {
        return Error{ErrorCode::TooLarge, name + " is larger than "
                                                  + std::to_string(kMaxKeyFileBytes)
                                                  + " bytes: not a hex key file"};
    }
    QByteArray hex = file.read(kMaxKeyFileBytes);
    return keyFromHex(hex, name);
}

/// POLARIS_PRIVATE_KEY_FILE when set (no silent fall-back to the keychain if it is unusable),
/// else the keychain entry "polymarket/private_key".
Result<PrivateKey> loadKey(secrets::SecretStore& store, const QString& service)
{
    const QString path = qEnvironmentVariable("POLARIS_PRIVATE_KEY_FILE");
    if (!path.isEmpty()) {
        return keyFromFile(path);
    }
    const QString entry = secrets::keyName(secrets::kPrivateKey);
    auto stored = store.read(entry);
    const std::string hint = "store the key in the keychain (docs/secrets.md) or set "
                             "POLARIS_PRIVATE_KEY_FILE to a file only you can read (chmod 600)";
    if (!stored) {
        if (stored.error().code == ErrorCode::NotFound) {
            return Error{ErrorCode::NotFound, "no private key available: the keychain (service '"
                                                      + service.toStdString() + "') has no '"
                                                      + entry.toStdString() + "' entry; " + hint};
        }
        return Error{stored.error().code,
                     "no private key available: " + stored.error().detail + "; " + hint};
    }
    QByteArray hex = std::move(stored).value();
    return keyFromHex(hex, "keychain entry '" + entry.toStdString() + "'");
}

/// The body's owner is the API key; without one the body is still shown, visibly unusable.
std::string ownerFromKeychain(secrets::SecretStore& store)
{
    auto apiKey = store.read(secrets::keyName(secrets::kApiKey));
    if (apiKey && !apiKey->trimmed().isEmpty()) {
        return apiKey->trimmed().toStdString();
    }
    const std::string why = apiKey ? "the keychain entry is empty" : apiKey.error().detail;
    QTextStream(stderr) << "polaris-arb: order: note: no API key (" << text(why)
                        << "); the body's owner is the placeholder \"" << kPlaceholderOwner
                        << "\": create API credentials (spec §3.1) before posting\n";
    return kPlaceholderOwner;
}

/// Everything the options decide, validated before the key is touched.
struct OrderPlan
{
    OrderRequest request;
    ExchangeConfig exchange;
    OrderType type = OrderType::Gtc;
};

Result<Decimal> decimalOption(const char* option, const QString& value)
{
    if (value.isEmpty()) {
        return Error{ErrorCode::MissingField, std::string("--") + option + " is required"};
    }
    auto parsed = Decimal::parse(value.toStdString());
    if (!parsed) {
        return Error{parsed.error().code,
                     std::string("--") + option + ": " + parsed.error().detail};
    }
    return parsed;
}

Result<OrderPlan> planFromOptions(const OrderOptions& o)
{
    OrderPlan plan;
    OrderRequest& r = plan.request;
    if (o.tokenId.isEmpty()) {
        return Error{ErrorCode::MissingField, "--token-id is required"};
    }
    r.tokenId = o.tokenId.toStdString();
    const QString side = o.side.toUpper();
    if (side != QLatin1String("BUY") && side != QLatin1String("SELL")) {
        return Error{ErrorCode::InvalidFormat, "--side must be BUY or SELL"};
    }
    r.side = side == QLatin1String("BUY") ? TradeSide::Buy : TradeSide::Sell;
    auto price = decimalOption("price", o.price);
    auto size = decimalOption("size", o.size);
    auto tick = decimalOption("tick-size", o.tickSize);
    for (const Result<Decimal>* d : {&price, &size, &tick}) {
        if (!*d) {
            return d->error();
        }
    }
    r.price = *price;
    r.quantity = *size;
    r.tickSize = *tick;
    r.kind = OrderKind::Limit; // --size is shares for every type; FOK/FAK fill-or-cancel at --price
    r.negRisk = o.negRisk;

    const QString type = o.type.toUpper();
    const std::pair<const char*, OrderType> types[] = {{"GTC", OrderType::Gtc},
                                                       {"GTD", OrderType::Gtd},
                                                       {"FOK", OrderType::Fok},
                                                       {"FAK", OrderType::Fak}};
    bool known = false;
    for (const auto& [name, value] : types) {
        if (type == QLatin1String(name)) {
            plan.type = value;
            known = true;
        }
    }
    if (!known) {
        return Error{ErrorCode::InvalidFormat, "--type must be GTC, GTD, FOK or FAK"};
    }
    if (!o.expiration.isEmpty()) {
        bool ok = false;
        r.expiration = o.expiration.toULongLong(&ok);
        if (!ok || r.expiration == 0) {
            return Error{ErrorCode::InvalidFormat, "--expiration needs unix seconds > 0"};
        }
    }
    // orderRequestBody enforces the GTD/expiration pairing; say it in option terms first.
    if (plan.type == OrderType::Gtd && r.expiration == 0) {
        return Error{ErrorCode::MissingField, "--type GTD needs --expiration (unix seconds; the "
                                              "venue adds a one-minute security threshold)"};
    }
    if (plan.type != OrderType::Gtd && r.expiration != 0) {
        return Error{ErrorCode::InvalidFormat, "--expiration is only valid with --type GTD"};
    }

    const QString signatureType = o.signatureType.toLower();
    if (signatureType == QLatin1String("eoa")) {
        r.signatureType = SignatureType::Eoa;
    } else if (signatureType == QLatin1String("proxy")) {
        r.signatureType = SignatureType::PolyProxy;
    } else if (signatureType == QLatin1String("safe")) {
        r.signatureType = SignatureType::PolyGnosisSafe;
    } else {
        return Error{ErrorCode::InvalidFormat, "--signature-type must be eoa, proxy or safe"};
    }
    if (!o.funder.isEmpty()) {
        auto funder = Address::fromHex(o.funder.toStdString());
        if (!funder) {
            return Error{funder.error().code, "--funder: " + funder.error().detail};
        }
        r.funder = *funder;
    }

    ProtocolVersion version = ProtocolVersion::V2;
    if (o.version == QLatin1String("1")) {
        version = ProtocolVersion::V1;
    } else if (o.version == QLatin1String("3")) {
        version = ProtocolVersion::V3;
    } else if (o.version != QLatin1String("2")) {
        return Error{ErrorCode::InvalidFormat, "--version must be 1, 2 or 3"};
    }
    if (o.chain == QLatin1String("137")) {
        plan.exchange = ExchangeConfig::polygon(version);
    } else if (o.chain == QLatin1String("80002")) {
        plan.exchange = ExchangeConfig::amoy(version);
    } else {
        return Error{ErrorCode::InvalidFormat, "--chain must be 137 (Polygon) or 80002 (Amoy)"};
    }
    // The amounts (tick, price range, size) are checked here so that a typo is reported before
    // the keychain is asked for the key; buildSignedOrder repeats the same check.
    if (auto amounts = limitOrderAmounts(r.side, r.price, r.quantity, r.tickSize); !amounts) {
        return amounts.error();
    }
    return plan;
}

/// The CLOB limits FOK/FAK amounts to 2 decimals (maker) and 4 (taker) [spec §4.3, 3P].
void warnMarketPrecision(const SignedOrder& order, OrderType type)
{
    if (type != OrderType::Fok && type != OrderType::Fak) {
        return;
    }
    const auto beyond = [](const UInt256& amount, int decimals) {
        const std::string digits = amount.toDecimal();
        const std::size_t tail = static_cast<std::size_t>(6 - decimals);
        return digits.size() < tail
               || digits.find_first_not_of('0', digits.size() - tail) != std::string::npos;
    };
    if (beyond(order.order.makerAmount, 2) || beyond(order.order.takerAmount, 4)) {
        QTextStream(stderr)
                << "polaris-arb: order: warning: the venue limits FOK/FAK maker amounts to "
                   "2 decimals and taker amounts to 4; it may reject this order\n";
    }
}

} // namespace

void addOrderOptions(QCommandLineParser& parser)
{
    parser.addOptions({
            {QStringLiteral("dry-run"),
             QStringLiteral("order: print the signed body; send nothing (required).")},
            {QStringLiteral("token-id"), QStringLiteral("order: CLOB token id (decimal)."),
             QStringLiteral("ID")},
            {QStringLiteral("side"), QStringLiteral("order: BUY or SELL."), QStringLiteral("SIDE")},
            {QStringLiteral("price"),
             QStringLiteral("order: limit price, a multiple of --tick-size."), QStringLiteral("P")},
            {QStringLiteral("size"), QStringLiteral("order: shares."), QStringLiteral("S")},
            {QStringLiteral("type"), QStringLiteral("order: GTC (default), GTD, FOK or FAK."),
             QStringLiteral("TYPE")},
            {QStringLiteral("expiration"), QStringLiteral("order: GTD expiry in unix seconds."),
             QStringLiteral("T")},
            {QStringLiteral("neg-risk"), QStringLiteral("order: sign for the neg-risk exchange.")},
            {QStringLiteral("tick-size"),
             QStringLiteral("order: the market's tick (default 0.01)."), QStringLiteral("TICK")},
            {QStringLiteral("version"),
             QStringLiteral("order: exchange protocol 1, 2 (default) or 3."), QStringLiteral("N")},
            {QStringLiteral("chain"),
             QStringLiteral("order: 137 (Polygon, default) or 80002 (Amoy)."),
             QStringLiteral("ID")},
            {QStringLiteral("signature-type"),
             QStringLiteral("order: eoa (default), proxy or safe."), QStringLiteral("TYPE")},
            {QStringLiteral("funder"),
             QStringLiteral("order: address holding the funds (proxy/safe)."),
             QStringLiteral("ADDR")},
    });
}

void readOrderOptions(const QCommandLineParser& parser, OrderOptions& order)
{
    order.dryRun = parser.isSet(QStringLiteral("dry-run"));
    order.negRisk = parser.isSet(QStringLiteral("neg-risk"));
    const std::pair<const char*, QString*> values[] = {
            {"token-id", &order.tokenId},   {"side", &order.side},
            {"price", &order.price},        {"size", &order.size},
            {"type", &order.type},          {"expiration", &order.expiration},
            {"tick-size", &order.tickSize}, {"version", &order.version},
            {"chain", &order.chain},        {"signature-type", &order.signatureType},
            {"funder", &order.funder}};
    for (const auto& [name, target] : values) {
        if (parser.isSet(QLatin1String(name))) {
            *target = parser.value(QLatin1String(name)).trimmed();
        }
    }
}

int refuseKeyLikeArguments(const QStringList& arguments)
{
    if (!arguments.mid(1).contains(QLatin1String("order"))) {
        return 0;
    }
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (looksLikeKey(arguments[i])) {
            return complain(QStringLiteral("argument %1 looks like a private key. Keys are never "
                                           "taken from the command line (shell history, ps): "
                                           "store it in the keychain or point "
                                           "POLARIS_PRIVATE_KEY_FILE at a chmod 600 file "
                                           "(docs/secrets.md)")
                                    .arg(i),
                            kUsageError);
        }
    }
    return 0;
}

int runOrder(const ArbOptions& options)
{
    if (!options.order.dryRun) {
        return complain(
                QStringLiteral("live order placement is not enabled in this build; use --dry-run"),
                kUsageError);
    }
    auto plan = planFromOptions(options.order);
    if (!plan) {
        return complain(text(plan.error().detail), kUsageError);
    }
    const QString service = secrets::KeychainSecretStore::serviceFromEnvironment();
    secrets::KeychainSecretStore store(service);
    auto key = loadKey(store, service);
    if (!key) {
        return complain(text(key.error().detail), kKeyError);
    }
    auto order = buildSignedOrder(plan->request, *key, plan->exchange);
    if (!order) {
        return complain(text(order.error().detail), kUsageError);
    }
    const ApiCredentials credentials{ownerFromKeychain(store), {}, {}};
    auto body = orderRequestBody(*order, credentials, plan->type);
    if (!body) {
        return complain(text(body.error().detail), kUsageError);
    }
    warnMarketPrecision(*order, plan->type);
    QTextStream(stdout) << *body << '\n';
    QTextStream(stderr)
            << "polaris-arb: order: dry run, nothing was sent. order hash "
            << text(toHex(order->orderHash)) << ", signer "
            << text(order->order.signer.toChecksumHex()) << ", exchange "
            << text(plan->exchange.verifyingContract(plan->request.negRisk).toChecksumHex())
            << " (V" << static_cast<int>(plan->exchange.version) << ", chain "
            << plan->exchange.chainId << ")\n";
    return 0;
}
