# Layer 3/4 risk guard, the approval desk, record sinks and reconciliation.
target_sources(polaris_domain PRIVATE
    RiskSnapshot.cpp
    RiskGuard.h RiskGuard.cpp
    ApprovalDesk.h ApprovalDesk.cpp
    MemoryRecordSink.h MemoryRecordSink.cpp
    Reconciler.h Reconciler.cpp)
target_sources(polaris_core PRIVATE
    StorageRecordSink.h StorageRecordSink.cpp
    ReconcilerDriver.h ReconcilerDriver.cpp)
