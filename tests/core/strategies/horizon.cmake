# Tests of strategy F (bonds), G (tail-end) and the confidence providers (helper "horizon").
polaris_add_test(tst_bondscanner SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_bondscanner.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/HorizonFixtures.h LIBS polaris_domain)
polaris_add_test(tst_tailendscanner SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tailendscanner.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/HorizonFixtures.h LIBS polaris_domain)
polaris_add_test(tst_confidence SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_confidence.cpp LIBS polaris_domain)
