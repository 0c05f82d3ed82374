# Tests of the risk guard, the approval desk, record sinks and reconciliation.
polaris_add_test(tst_riskguard SOURCES tst_riskguard.cpp LIBS polaris_domain)
polaris_add_test(tst_approvaldesk SOURCES tst_approvaldesk.cpp LIBS polaris_domain)
polaris_add_test(tst_reconciler SOURCES tst_reconciler.cpp LIBS polaris_domain)
polaris_add_test(tst_memoryrecordsink SOURCES tst_memoryrecordsink.cpp LIBS polaris_domain)
polaris_add_test(tst_storagerecordsink SOURCES tst_storagerecordsink.cpp
                 ../storage/TestDatabases.h LIBS polaris_core)
polaris_add_test(tst_reconcilerdriver SOURCES tst_reconcilerdriver.cpp ExecutionFixture.h
                 LIBS polaris_core)
