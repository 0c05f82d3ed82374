# The simulator's matching engine and trading endpoints (issue 6): auth, orders, matching,
# cancels, queries, the user channel.
target_sources(polaris_sim PRIVATE
    ConnectionSniffer.h ConnectionSniffer.cpp
    SimAccounts.h SimAccounts.cpp
    SimAuth.h SimAuth.cpp
    SimOrderRequest.h SimOrderRequest.cpp
    SimOrderStore.h SimOrderStore.cpp
    SimLiquidity.h SimLiquidity.cpp
    SimMatcher.h SimMatcher.cpp
    SimOrderJson.h SimOrderJson.cpp
    SimExchange.h SimExchange.cpp
    SimTradingApi.h SimTradingApi.cpp
    SimUserHub.h SimUserHub.cpp)
