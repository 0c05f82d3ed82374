# Gamma / CLOB market-object parser (pure C++ + simdjson) -> polaris_domain.
target_sources(polaris_domain PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/GammaFieldReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GammaFieldReader.h
    ${CMAKE_CURRENT_LIST_DIR}/GammaMarketFields.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GammaMarketFields.h
    ${CMAKE_CURRENT_LIST_DIR}/GammaParser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GammaParser.h
    ${CMAKE_CURRENT_LIST_DIR}/GammaParserClob.cpp
    ${CMAKE_CURRENT_LIST_DIR}/JsonArraySplitter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/JsonArraySplitter.h
)
