#include "core/execution/ExecutionJson.h"

#include <cstdio>

namespace polaris {

std::string jsonQuoted(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

namespace {

void member(std::string& out, const char* key, std::string_view value, bool comma = true)
{
    out += jsonQuoted(key);
    out += ':';
    out += jsonQuoted(value);
    if (comma) {
        out += ',';
    }
}

} // namespace

std::string executionLegsJson(const ExecutionReport& report, Decimal payoutPerShare)
{
    std::string out = "{";
    member(out, "hedged_shares", report.hedgedShares.toString());
    member(out, "locked_in_pnl", report.lockedInPnl.toString());
    member(out, "realized_pnl", report.realizedPnl.toString());
    member(out, "payout_per_share", payoutPerShare.toString());
    out += "\"legs\":[";
    bool first = true;
    for (const LegResult& leg : report.legs) {
        if (!first) {
            out += ',';
        }
        first = false;
        out += '{';
        member(out, "order_id", leg.intent.clientOrderId);
        member(out, "venue_order_id", leg.report.venueOrderId);
        member(out, "purpose", leg.purpose);
        member(out, "token_id", leg.intent.tokenId);
        member(out, "condition_id", leg.intent.conditionId);
        member(out, "side", leg.intent.side == TradeSide::Buy ? "BUY" : "SELL");
        member(out, "type", orderTypeName(leg.intent.type));
        member(out, "limit", leg.intent.limitPrice.toString());
        member(out, "shares", leg.intent.shares.toString());
        member(out, "filled", leg.filledShares.toString());
        member(out, "cost", leg.cost.toString());
        member(out, "fees", leg.fees.toString());
        member(out, "state", orderStateName(leg.report.state));
        member(out, "error",
               leg.report.error == TradingError::None ? std::string_view()
                                                      : tradingErrorName(leg.report.error),
               false);
        out += '}';
    }
    out += "]}";
    return out;
}

} // namespace polaris
