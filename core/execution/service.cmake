# The execution service behind the console's risk panel and approval queue, and its quote
# source over the market-data thread (issues 5 and 6).
target_sources(polaris_core PRIVATE
    ExecutionService.h
    EngineExecutionService.h EngineExecutionService.cpp
    ScanServiceQuoteSource.h ScanServiceQuoteSource.cpp)
target_sources(polaris_domain PRIVATE AutoPaperPolicy.h AutoPaperPolicy.cpp)
target_sources(polaris_core PRIVATE ExecutionStorage.h ExecutionStorage.cpp)
