# Tests of the execution service behind the console and its quote source over the scan thread.
polaris_add_test(tst_scanservicequotesource SOURCES tst_scanservicequotesource.cpp
                 ScanMarketFixture.h LIBS polaris_sim TIMEOUT 120)
polaris_add_test(tst_engineexecutionservice SOURCES tst_engineexecutionservice.cpp
                 ScanMarketFixture.h LIBS polaris_sim TIMEOUT 180)
polaris_add_test(tst_autopaperpolicy SOURCES tst_autopaperpolicy.cpp LIBS polaris_domain)
