# CLOB book + market-channel parsers (pure C++ + simdjson, no Qt).
target_sources(polaris_domain PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BookSnapshot.h
    ${CMAKE_CURRENT_LIST_DIR}/BookParser.h
    ${CMAKE_CURRENT_LIST_DIR}/BookParser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ClobJson.h
    ${CMAKE_CURRENT_LIST_DIR}/ClobJson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MarketMessage.h
    ${CMAKE_CURRENT_LIST_DIR}/MarketMessage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MarketFrame.h
    ${CMAKE_CURRENT_LIST_DIR}/MarketFrame.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MarketEventReaders.h
    ${CMAKE_CURRENT_LIST_DIR}/MarketEventReaders.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MarketMessageParser.h
    ${CMAKE_CURRENT_LIST_DIR}/MarketMessageParser.cpp)
