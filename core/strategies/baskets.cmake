# Strategies A, A', B, C and the basket sizer (helper "baskets").
target_sources(polaris_domain PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BasketSizer.h
    ${CMAKE_CURRENT_LIST_DIR}/BasketSizer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BasketDraft.h
    ${CMAKE_CURRENT_LIST_DIR}/BasketIdMemo.h
    ${CMAKE_CURRENT_LIST_DIR}/BasketIdMemo.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BasketDraft.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NegRiskSumChecker.h
    ${CMAKE_CURRENT_LIST_DIR}/NegRiskSumChecker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BinaryArbChecker.h
    ${CMAKE_CURRENT_LIST_DIR}/BinaryArbChecker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NoConvertChecker.h
    ${CMAKE_CURRENT_LIST_DIR}/NoConvertChecker.cpp
)
