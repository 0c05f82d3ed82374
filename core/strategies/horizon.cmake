# filled in by the strategy work
