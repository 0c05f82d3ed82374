#pragma once

#include "core/strategies/Opportunity.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace polaris {

enum class ApprovalStage : std::uint8_t {
    Waiting,        ///< quote frozen, waiting for the operator
    NeedsReconfirm, ///< approved, but the pre-flight edge moved beyond tolerance: confirm again
    Executing,      ///< approved and handed to the engine
    Done,           ///< executed (see the execution report)
    Rejected,       ///< the operator said no
    Expired,        ///< the frozen quote's time-to-live passed
    Stale,          ///< pre-flight found the opportunity gone
};
const char* approvalStageName(ApprovalStage stage);

/// One opportunity waiting for the operator, with the quote they are shown, frozen.
struct PendingApproval
{
    std::string approvalId;
    Opportunity quote; ///< frozen at submission (or at the last re-quote)
    std::int64_t quotedAtMs = 0;
    std::int64_t expiresAtMs = 0;
    ApprovalStage stage = ApprovalStage::Waiting;
    std::optional<Opportunity> requote; ///< the pre-flight's view when it moved (NeedsReconfirm)
    std::string message;                ///< why it is in this stage, for the operator
    std::string executionId;            ///< once handed to the engine
    /// When it left the queue (expire() drops it `keepFinishedMs` later); 0 = not yet.
    std::int64_t finishedAtMs = 0;
};

/// What approve() decided.
enum class ApprovalVerdict : std::uint8_t { Execute, Reconfirm, Expired, Stale, Unknown };

/// The approval queue's rules, plain C++: a quote frozen with a TTL; approving re-runs the
/// pre-flight (the caller passes the re-quote) and, when the net profit % (netProfit / cost,
/// exact) fell by more than the tolerance (a fraction: 0.005 = half a percentage point) or the
/// size shrank, asks for a second confirmation showing the new quote, whose TTL starts afresh.
/// Not thread-safe: owned by the execution thread.
class ApprovalDesk
{
public:
    ApprovalDesk(std::int64_t ttlMs, Decimal edgeTolerancePct, std::function<std::string()> newId);

    /// Freezes a quote; an opportunity already waiting (same id) gets its quote refreshed
    /// instead of a second entry. Returns the approval id.
    std::string submit(const Opportunity& quote, std::int64_t nowMs);

    /// The operator approved. `requote` is the pre-flight's recomputation (nullopt = gone).
    ApprovalVerdict approve(const std::string& approvalId,
                            const std::optional<Opportunity>& requote,
                            std::int64_t nowMs);
    bool reject(const std::string& approvalId, std::int64_t nowMs);
    void markExecuting(const std::string& approvalId, const std::string& executionId);
    void markDone(const std::string& approvalId, const std::string& message);
    /// Moves overdue Waiting/NeedsReconfirm entries to Expired; drops finished ones older than
    /// `keepFinishedMs`. Returns true when anything changed.
    bool expire(std::int64_t nowMs, std::int64_t keepFinishedMs = 60'000);

    const PendingApproval* find(const std::string& approvalId) const;
    const std::vector<PendingApproval>& entries() const { return m_entries; }

private:
    std::int64_t m_ttlMs;
    Decimal m_tolerancePct;
    std::function<std::string()> m_newId;
    std::vector<PendingApproval> m_entries;
};

} // namespace polaris
