# CLOB trading (issue 6): parsers, report mapping and order tracking (plain C++: polaris_domain);
# the authenticated REST client, the user channel and the credentials loader (Qt: polaris_core).
target_sources(polaris_domain PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TradingTypes.h
    ${CMAKE_CURRENT_LIST_DIR}/TradingJson.h
    ${CMAKE_CURRENT_LIST_DIR}/TradingJson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TradingParsers.h
    ${CMAKE_CURRENT_LIST_DIR}/TradingParsers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UserEventParser.h
    ${CMAKE_CURRENT_LIST_DIR}/UserEventParser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TradingReports.h
    ${CMAKE_CURRENT_LIST_DIR}/TradingReports.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OrderTracker.h
    ${CMAKE_CURRENT_LIST_DIR}/OrderTracker.cpp)
target_sources(polaris_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TradingHttp.h
    ${CMAKE_CURRENT_LIST_DIR}/TradingHttp.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TradingAnswers.h
    ${CMAKE_CURRENT_LIST_DIR}/TradingAnswers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ClobTradingClient.h
    ${CMAKE_CURRENT_LIST_DIR}/ClobTradingClient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UserChannelClient.h
    ${CMAKE_CURRENT_LIST_DIR}/UserChannelClient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IntentSigner.h
    ${CMAKE_CURRENT_LIST_DIR}/IntentSigner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TradingCredentials.h
    ${CMAKE_CURRENT_LIST_DIR}/TradingCredentials.cpp)
