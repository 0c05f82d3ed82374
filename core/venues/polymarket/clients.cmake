# Polymarket network clients (Qt: polaris_core). Each runs on a venue worker thread.
target_sources(polaris_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Backoff.h
    ${CMAKE_CURRENT_LIST_DIR}/Backoff.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RateLimiter.h
    ${CMAKE_CURRENT_LIST_DIR}/RateLimiter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/VenueEndpoints.h
    ${CMAKE_CURRENT_LIST_DIR}/VenueEndpoints.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WorkerThread.h
    ${CMAKE_CURRENT_LIST_DIR}/WorkerThread.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HttpRequester.h
    ${CMAKE_CURRENT_LIST_DIR}/HttpRequester.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GammaClient.h
    ${CMAKE_CURRENT_LIST_DIR}/GammaClient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ClobRestClient.h
    ${CMAKE_CURRENT_LIST_DIR}/ClobRestClient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MarketWsShard.h
    ${CMAKE_CURRENT_LIST_DIR}/MarketWsShard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MarketWsClient.h
    ${CMAKE_CURRENT_LIST_DIR}/MarketWsClient.cpp
)
