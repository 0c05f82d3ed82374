# The engine, paper trading, portfolio, reconciliation and the execution service.
