# Strategy F (bonds), G (tail-end) and the tail-end confidence providers (helper "horizon").
target_sources(polaris_domain PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BondScanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BondScanner.h
    ${CMAKE_CURRENT_LIST_DIR}/ConfidenceProvider.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConfidenceProvider.h
    ${CMAKE_CURRENT_LIST_DIR}/CountBinConfidence.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CountBinConfidence.h
    ${CMAKE_CURRENT_LIST_DIR}/ExternalFeedConfidence.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExternalFeedConfidence.h
    ${CMAKE_CURRENT_LIST_DIR}/HoldToResolution.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HoldToResolution.h
    ${CMAKE_CURRENT_LIST_DIR}/PoissonCountBinModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PoissonCountBinModel.h
    ${CMAKE_CURRENT_LIST_DIR}/PriceHistoryConfidence.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PriceHistoryConfidence.h
    ${CMAKE_CURRENT_LIST_DIR}/TailEndScanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TailEndScanner.h
)
