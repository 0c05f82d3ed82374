# The live CLOB order gateway (Qt: the venue client runs on its own worker thread).
target_sources(polaris_core PRIVATE ClobOrderGateway.h ClobOrderGateway.cpp)
