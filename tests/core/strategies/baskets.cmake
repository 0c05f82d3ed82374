# Tests of strategies A, A', B, C and the basket sizer (helper "baskets").
polaris_add_test(tst_basketsizer SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_basketsizer.cpp LIBS polaris_domain)
polaris_add_test(tst_negrisksumchecker SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_negrisksumchecker.cpp LIBS polaris_domain)
polaris_add_test(tst_binaryarbchecker SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_binaryarbchecker.cpp LIBS polaris_domain)
polaris_add_test(tst_noconvertchecker SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_noconvertchecker.cpp LIBS polaris_domain)
polaris_add_test(tst_basketidmemo SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_basketidmemo.cpp LIBS polaris_domain)
