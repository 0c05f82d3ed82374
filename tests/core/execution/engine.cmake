# Tests of the engine, paper trading, reconciliation and the execution service.
