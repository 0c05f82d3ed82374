# Tests of the CLOB trading side (issue 6): parsers (polaris_domain), the authenticated client,
# the user channel and the live order gateway (real sockets on 127.0.0.1 only).
polaris_add_test(tst_tradingparsers SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tradingparsers.cpp
                 LIBS polaris_domain TIMEOUT 30)
polaris_add_test(tst_usereventparser SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_usereventparser.cpp
                 LIBS polaris_domain TIMEOUT 30)
polaris_add_test(tst_tradingreports SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tradingreports.cpp
                 LIBS polaris_domain TIMEOUT 30)
polaris_add_test(tst_clobtradingclient SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_clobtradingclient.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/LocalHttpServer.h LIBS polaris_core TIMEOUT 60)
polaris_add_test(tst_ordertracker SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ordertracker.cpp
                 LIBS polaris_domain TIMEOUT 30)
polaris_add_test(tst_userchannelclient SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_userchannelclient.cpp
                 LIBS polaris_core TIMEOUT 60)
polaris_add_test(tst_tradingcredentials SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tradingcredentials.cpp
                 LIBS polaris_core TIMEOUT 30)
# End to end against the in-process simulator (its matching engine, L2 checks and user channel).
polaris_add_test(tst_clobordergateway SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_clobordergateway.cpp
                 LIBS polaris_sim TIMEOUT 120)
