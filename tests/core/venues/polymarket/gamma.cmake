# Tests of the Gamma / CLOB market-object parser and the raw JSON array splitter.
polaris_add_test(tst_gammaparser SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gammaparser.cpp
                 LIBS polaris_domain)
polaris_add_test(tst_jsonarraysplitter SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_jsonarraysplitter.cpp
                 LIBS polaris_domain)
polaris_add_test(tst_gammaparserclob SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gammaparserclob.cpp
                 LIBS polaris_domain)
polaris_add_test(tst_gammamarketfields SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gammamarketfields.cpp
                 LIBS polaris_domain)
polaris_add_test(tst_gammafieldreader SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gammafieldreader.cpp
                 LIBS polaris_domain)
