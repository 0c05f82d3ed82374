# Tests of the engine, paper trading, reconciliation and the execution service.
polaris_add_test(tst_partialfillplanner SOURCES tst_partialfillplanner.cpp LIBS polaris_domain)
polaris_add_test(tst_portfolio SOURCES tst_portfolio.cpp LIBS polaris_domain)
polaris_add_test(tst_papergateway SOURCES tst_papergateway.cpp ExecutionFixture.h LIBS polaris_domain)
polaris_add_test(tst_executionengine SOURCES tst_executionengine.cpp EngineHarness.h ExecutionFixture.h LIBS polaris_domain)
polaris_add_test(tst_universequotesource SOURCES tst_universequotesource.cpp ExecutionFixture.h LIBS polaris_domain)
