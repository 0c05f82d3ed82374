# The risk panel, the approval queue and the last executions (issues 5 and 6).
polaris_add_test(tst_riskpanelmodel SOURCES models/tst_riskpanelmodel.cpp ExecutionTestData.h LIBS polaris_ui)
polaris_add_test(tst_approvalqueuemodel SOURCES models/tst_approvalqueuemodel.cpp ExecutionTestData.h LIBS polaris_ui)
polaris_add_test(tst_liveconfirmdialog SOURCES widgets/tst_liveconfirmdialog.cpp LIBS polaris_ui)
polaris_add_test(tst_riskpanel SOURCES widgets/tst_riskpanel.cpp ExecutionTestData.h LIBS polaris_ui)
polaris_add_test(tst_approvalqueueview SOURCES widgets/tst_approvalqueueview.cpp ExecutionTestData.h LIBS polaris_ui)
