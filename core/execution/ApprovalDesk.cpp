#include "core/execution/ApprovalDesk.h"

#include <algorithm>

namespace polaris {

namespace {

__extension__ using Int128 = __int128; // exact products of micro-units

struct FloorDiv
{
    Int128 quotient;
    Int128 remainder; ///< 0 <= remainder < divisor
};

FloorDiv floorDiv(Int128 a, Int128 b) // b > 0
{
    FloorDiv r{a / b, a % b};
    if (r.remainder < 0) {
        r.quotient -= 1;
        r.remainder += b;
    }
    return r;
}

/// Whether quotedNet/quotedCost - requotedNet/requotedCost > tolerance, exactly (no rounding):
/// each ratio in micro-units is split into its integer part and a remainder over its cost, so
/// every product stays within 128 bits for any Decimal. Costs must be positive.
bool fellBeyond(const Opportunity& quoted, const Opportunity& requoted, Decimal tolerance)
{
    const Int128 qc = quoted.cost.micros();
    const Int128 rc = requoted.cost.micros();
    const FloorDiv x = floorDiv(Int128(quoted.netProfit.micros()) * Decimal::kOne, qc);
    const FloorDiv y = floorDiv(Int128(requoted.netProfit.micros()) * Decimal::kOne, rc);
    const Int128 whole = x.quotient - y.quotient - tolerance.micros();
    if (whole >= 1) {
        return true; // the remainders differ by less than one micro-unit
    }
    if (whole <= -1) {
        return false;
    }
    return x.remainder * rc > y.remainder * qc;
}

/// Net profit as a percent of cost with two decimals, for people: "4.25 %".
std::string percentText(const Opportunity& quote)
{
    if (!quote.cost.isPositive()) {
        return "n/a";
    }
    return Decimal::div(quote.netProfit * 100, quote.cost, Rounding::Nearest).toFixed(2) + " %";
}

std::string secondsText(std::int64_t ms)
{
    return Decimal::div(Decimal::fromInt(ms), Decimal::fromInt(1000), Rounding::Nearest).toString();
}

bool isActive(ApprovalStage stage)
{
    return stage == ApprovalStage::Waiting || stage == ApprovalStage::NeedsReconfirm;
}

bool isFinished(ApprovalStage stage)
{
    switch (stage) {
    case ApprovalStage::Done:
    case ApprovalStage::Rejected:
    case ApprovalStage::Expired:
    case ApprovalStage::Stale:
        return true;
    case ApprovalStage::Waiting:
    case ApprovalStage::NeedsReconfirm:
    case ApprovalStage::Executing:
        return false;
    }
    return false;
}

} // namespace

const char* approvalStageName(ApprovalStage stage)
{
    switch (stage) {
    case ApprovalStage::Waiting:
        return "WAITING";
    case ApprovalStage::NeedsReconfirm:
        return "NEEDS_RECONFIRM";
    case ApprovalStage::Executing:
        return "EXECUTING";
    case ApprovalStage::Done:
        return "DONE";
    case ApprovalStage::Rejected:
        return "REJECTED";
    case ApprovalStage::Expired:
        return "EXPIRED";
    case ApprovalStage::Stale:
        return "STALE";
    }
    return "WAITING";
}

ApprovalDesk::ApprovalDesk(std::int64_t ttlMs,
                           Decimal edgeTolerancePct,
                           std::function<std::string()> newId)
    : m_ttlMs(ttlMs)
    , m_tolerancePct(edgeTolerancePct)
    , m_newId(std::move(newId))
{}

std::string ApprovalDesk::submit(const Opportunity& quote, std::int64_t nowMs)
{
    auto same = std::find_if(m_entries.begin(), m_entries.end(), [&](const PendingApproval& e) {
        return e.quote.id == quote.id && !isFinished(e.stage);
    });
    if (same != m_entries.end()) {
        if (same->stage == ApprovalStage::Executing) {
            return same->approvalId; // already on its way: never queued twice
        }
        same->quote = quote;
        same->quotedAtMs = nowMs;
        same->expiresAtMs = nowMs + m_ttlMs;
        same->stage = ApprovalStage::Waiting;
        same->requote.reset();
        same->message.clear();
        return same->approvalId;
    }
    // A finished entry of the same opportunity (expired, stale, ...) makes way for the new one.
    std::erase_if(m_entries, [&](const PendingApproval& e) {
        return e.quote.id == quote.id && isFinished(e.stage);
    });
    PendingApproval entry;
    entry.approvalId = m_newId();
    entry.quote = quote;
    entry.quotedAtMs = nowMs;
    entry.expiresAtMs = nowMs + m_ttlMs;
    m_entries.push_back(std::move(entry));
    return m_entries.back().approvalId;
}

ApprovalVerdict ApprovalDesk::approve(const std::string& approvalId,
                                      const std::optional<Opportunity>& requote,
                                      std::int64_t nowMs)
{
    auto it = std::find_if(m_entries.begin(), m_entries.end(),
                           [&](const PendingApproval& e) { return e.approvalId == approvalId; });
    if (it == m_entries.end()) {
        return ApprovalVerdict::Unknown;
    }
    PendingApproval& entry = *it;
    if (entry.stage == ApprovalStage::Expired) {
        return ApprovalVerdict::Expired;
    }
    if (entry.stage == ApprovalStage::Stale) {
        return ApprovalVerdict::Stale;
    }
    if (!isActive(entry.stage)) {
        return ApprovalVerdict::Unknown; // executing, done or rejected: nothing to approve
    }
    if (nowMs >= entry.expiresAtMs) {
        entry.stage = ApprovalStage::Expired;
        entry.finishedAtMs = nowMs;
        entry.message = "the quote expired before it was approved (time-to-live "
                        + secondsText(m_ttlMs) + " s): wait for a new quote";
        return ApprovalVerdict::Expired;
    }
    if (!requote) {
        entry.stage = ApprovalStage::Stale;
        entry.finishedAtMs = nowMs;
        entry.message = "pre-flight: the opportunity no longer passes at the current books";
        return ApprovalVerdict::Stale;
    }
    const Opportunity& quoted = entry.quote;
    std::string moved;
    if (!quoted.cost.isPositive() || !requote->cost.isPositive()) {
        moved = "the cost is no longer positive (" + requote->cost.toString() + " USD)";
    } else if (fellBeyond(quoted, *requote, m_tolerancePct)) {
        moved = "net profit fell from " + percentText(quoted) + " to " + percentText(*requote)
                + ", more than the tolerance of "
                + Decimal::mul(m_tolerancePct, Decimal::fromInt(100), Rounding::Nearest).toString()
                + " percentage points";
    } else if (requote->shares < quoted.shares) {
        moved = "the size shrank from " + quoted.shares.toString() + " to "
                + requote->shares.toString() + " shares";
    }
    if (!moved.empty()) {
        entry.quote = *requote;
        entry.requote = *requote;
        entry.quotedAtMs = nowMs;
        entry.expiresAtMs = nowMs + m_ttlMs;
        entry.stage = ApprovalStage::NeedsReconfirm;
        entry.message = moved + ": confirm again to execute at the new quote";
        return ApprovalVerdict::Reconfirm;
    }
    entry.requote = *requote;
    entry.stage = ApprovalStage::Executing;
    entry.message = "approved at " + percentText(*requote) + " net";
    return ApprovalVerdict::Execute;
}

bool ApprovalDesk::reject(const std::string& approvalId, std::int64_t nowMs)
{
    for (PendingApproval& entry : m_entries) {
        if (entry.approvalId == approvalId && isActive(entry.stage)) {
            entry.stage = ApprovalStage::Rejected;
            entry.finishedAtMs = nowMs;
            entry.message = "rejected by the operator";
            return true;
        }
    }
    return false;
}

void ApprovalDesk::markExecuting(const std::string& approvalId, const std::string& executionId)
{
    for (PendingApproval& entry : m_entries) {
        if (entry.approvalId == approvalId) {
            entry.stage = ApprovalStage::Executing;
            entry.executionId = executionId;
        }
    }
}

void ApprovalDesk::markDone(const std::string& approvalId, const std::string& message)
{
    for (PendingApproval& entry : m_entries) {
        if (entry.approvalId == approvalId) {
            entry.stage = ApprovalStage::Done;
            entry.message = message;
            entry.finishedAtMs = 0; // stamped by the next expire(), which knows the time
        }
    }
}

bool ApprovalDesk::expire(std::int64_t nowMs, std::int64_t keepFinishedMs)
{
    bool changed = false;
    for (PendingApproval& entry : m_entries) {
        if (isActive(entry.stage) && nowMs >= entry.expiresAtMs) {
            entry.stage = ApprovalStage::Expired;
            entry.finishedAtMs = nowMs;
            entry.message =
                    "not approved within the quote's time-to-live (" + secondsText(m_ttlMs) + " s)";
            changed = true;
        } else if (isFinished(entry.stage) && entry.finishedAtMs == 0) {
            entry.finishedAtMs = nowMs;
        }
    }
    const auto removed = std::erase_if(m_entries, [&](const PendingApproval& e) {
        return isFinished(e.stage) && nowMs - e.finishedAtMs >= keepFinishedMs;
    });
    return changed || removed > 0;
}

const PendingApproval* ApprovalDesk::find(const std::string& approvalId) const
{
    for (const PendingApproval& entry : m_entries) {
        if (entry.approvalId == approvalId) {
            return &entry;
        }
    }
    return nullptr;
}

} // namespace polaris
