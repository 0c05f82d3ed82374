# Tests of the Polymarket network clients (real sockets on 127.0.0.1 only).
polaris_add_test(tst_backoff SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_backoff.cpp
                 LIBS polaris_core TIMEOUT 30)
polaris_add_test(tst_ratelimiter SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ratelimiter.cpp
                 LIBS polaris_core TIMEOUT 30)
polaris_add_test(tst_venueendpoints SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_venueendpoints.cpp
                 LIBS polaris_core TIMEOUT 30)
polaris_add_test(tst_workerthread SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_workerthread.cpp
                 LIBS polaris_core TIMEOUT 30)
polaris_add_test(tst_httprequester SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_httprequester.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/LocalHttpServer.h LIBS polaris_core TIMEOUT 30)
polaris_add_test(tst_gammaclient SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gammaclient.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/LocalHttpServer.h LIBS polaris_core TIMEOUT 30)
polaris_add_test(tst_clobrestclient SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_clobrestclient.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/LocalHttpServer.h LIBS polaris_core TIMEOUT 30)
polaris_add_test(tst_marketwsclient SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_marketwsclient.cpp
                 LIBS polaris_core TIMEOUT 30)
