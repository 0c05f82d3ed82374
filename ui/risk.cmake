# The risk panel, the approval queue and the last executions (issues 5 and 6).
target_sources(polaris_ui PRIVATE
    models/ApprovalQueueModel.h models/ApprovalQueueModel.cpp
    models/ExecutionResultsModel.h models/ExecutionResultsModel.cpp
    models/RiskPanelModel.h models/RiskPanelModel.cpp
    widgets/ApprovalQueueView.h widgets/ApprovalQueueView.cpp
    widgets/LiveConfirmDialog.h widgets/LiveConfirmDialog.cpp
    widgets/RiskPanel.h widgets/RiskPanel.cpp)
