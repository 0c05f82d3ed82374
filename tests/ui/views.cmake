# Tests of the depth ladder, bond ladder and PnL views (issue 5).
set(_views ${CMAKE_CURRENT_LIST_DIR})
polaris_add_test(tst_ladderrow SOURCES ${_views}/models/tst_ladderrow.cpp LIBS polaris_ui)
polaris_add_test(tst_depthladderview SOURCES ${_views}/widgets/tst_depthladderview.cpp
                 ${_views}/ViewsTestData.h LIBS polaris_ui)
polaris_add_test(tst_bondrung SOURCES ${_views}/models/tst_bondrung.cpp ${_views}/ViewsTestData.h
                 LIBS polaris_ui)
polaris_add_test(tst_bondladdermodel SOURCES ${_views}/models/tst_bondladdermodel.cpp
                 ${_views}/ViewsTestData.h LIBS polaris_ui)
polaris_add_test(tst_bondladderview SOURCES ${_views}/widgets/tst_bondladderview.cpp
                 ${_views}/ViewsTestData.h LIBS polaris_ui)
polaris_add_test(tst_pnlseries SOURCES ${_views}/models/tst_pnlseries.cpp LIBS polaris_ui)
polaris_add_test(tst_pnlchartview SOURCES ${_views}/widgets/tst_pnlchartview.cpp
                 ${_views}/ViewsTestData.h LIBS polaris_ui)
