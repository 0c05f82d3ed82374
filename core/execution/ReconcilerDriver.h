#pragma once

#include "core/execution/Reconciler.h"
#include "core/util/Result.h"

namespace polaris {

class OrderGateway;
class RecordSink;
class StorageQueries;

/// Reconciliation at start (and after a lost answer): reads our unsettled orders of the
/// gateway's phase and their recorded fills from the database, asks the gateway for its open
/// orders, its trades since the oldest of ours (minus the match window) and the status of each
/// of ours it no longer lists, runs Reconciler and persists the changed orders, then the new
/// fills. Orders of another phase (paper rows under a live gateway) are left alone.
/// An Error when the database or the venue cannot be read, or a record cannot be persisted
/// (what was persisted before stays: every record is a complete, idempotent row state).
/// Runs on the execution thread (synchronous gateway, the thread's own StorageQueries).
Result<ReconcileResult> reconcile(StorageQueries& queries,
                                  OrderGateway& gateway,
                                  RecordSink& records,
                                  std::int64_t nowMs,
                                  Reconciler::Options options = {});

} // namespace polaris
