# Tests of the simulator's matching engine, trading endpoints and user channel (issue 6).
polaris_add_test(tst_simauth SOURCES tst_simauth.cpp TradingTestSupport.h LIBS polaris_sim TIMEOUT 60)
polaris_add_test(tst_simexchange SOURCES tst_simexchange.cpp TradingTestSupport.h LIBS polaris_sim TIMEOUT 60)
polaris_add_test(tst_simuserhub SOURCES tst_simuserhub.cpp TradingTestSupport.h LIBS polaris_sim TIMEOUT 60)
polaris_add_test(tst_simfaults SOURCES tst_simfaults.cpp TradingTestSupport.h LIBS polaris_sim TIMEOUT 60)
polaris_add_test(tst_simtradingapi SOURCES tst_simtradingapi.cpp TradingTestSupport.h LIBS polaris_sim TIMEOUT 60)
