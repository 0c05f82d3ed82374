# The console's depth ladder, bond ladder and PnL views (issue 5).
target_sources(polaris_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/models/BondLadderModel.h ${CMAKE_CURRENT_LIST_DIR}/models/BondLadderModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/models/BondRung.h ${CMAKE_CURRENT_LIST_DIR}/models/BondRung.cpp
    ${CMAKE_CURRENT_LIST_DIR}/models/DatabaseReadPool.h ${CMAKE_CURRENT_LIST_DIR}/models/DatabaseReadPool.cpp
    ${CMAKE_CURRENT_LIST_DIR}/models/LadderRow.h ${CMAKE_CURRENT_LIST_DIR}/models/LadderRow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/models/PnlSeries.h ${CMAKE_CURRENT_LIST_DIR}/models/PnlSeries.cpp
    ${CMAKE_CURRENT_LIST_DIR}/widgets/BondLadderView.h ${CMAKE_CURRENT_LIST_DIR}/widgets/BondLadderView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/widgets/DepthLadderView.h ${CMAKE_CURRENT_LIST_DIR}/widgets/DepthLadderView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/widgets/PeriodicRefresh.h ${CMAKE_CURRENT_LIST_DIR}/widgets/PeriodicRefresh.cpp
    ${CMAKE_CURRENT_LIST_DIR}/widgets/PnlChart.h ${CMAKE_CURRENT_LIST_DIR}/widgets/PnlChart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/widgets/PnlChartView.h ${CMAKE_CURRENT_LIST_DIR}/widgets/PnlChartView.cpp)
