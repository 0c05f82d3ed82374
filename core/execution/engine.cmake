# The engine, paper trading, portfolio, reconciliation and the execution service.
target_sources(polaris_domain PRIVATE
    ExecutionReport.cpp
    PartialFillPlanner.h PartialFillPlanner.cpp
    Portfolio.h Portfolio.cpp
    PaperGateway.h PaperGateway.cpp
    OrderRound.h OrderRound.cpp
    ExecutionAccounting.h ExecutionAccounting.cpp
    ExecutionJson.h ExecutionJson.cpp
    ExecutionEngine.h ExecutionEngine.cpp
    UniverseQuoteSource.h UniverseQuoteSource.cpp)
