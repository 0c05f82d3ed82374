#pragma once

// Helpers shared by the Gamma parser tests (test code only).

#include "core/money/Decimal.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace polaris::test {

inline std::string_view view(const QByteArray& bytes)
{
    return std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

inline QString str(const std::string& text)
{
    return QString::fromStdString(text);
}

inline Decimal dec(const char* text)
{
    return Decimal::parse(text).value();
}

inline QString joined(const std::vector<Error>& errors)
{
    QStringList lines;
    for (const Error& error : errors) {
        lines << str(error.detail);
    }
    return lines.join(QStringLiteral("\n"));
}

/// Test payloads are raw strings, which moc mis-reads when they contain backslashes; inside them
/// ' stands for the \" of a JSON-encoded string nested in JSON (Gamma's outcomes, clobTokenIds).
inline QByteArray nestedQuotes(const char* text)
{
    return QByteArray(text).replace('\'', "\\\"");
}

/// A well-formed Gamma market used as the survivor next to a bad one.
inline const char* const kGoodMarket =
        R"({"id":"2","conditionId":"0xgood","outcomes":"['Yes', 'No']",
    "clobTokenIds":"['11', '22']","outcomePrices":"['0.4', '0.6']","active":true,
    "closed":false,"acceptingOrders":true,"enableOrderBook":true,"orderPriceMinTickSize":0.01})";

} // namespace polaris::test
