# tests for this part (polaris_add_test)
polaris_add_test(tst_bookparser SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_bookparser.cpp LIBS polaris_domain)
polaris_add_test(tst_marketmessageparser SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_marketmessageparser.cpp
                 LIBS polaris_domain)
