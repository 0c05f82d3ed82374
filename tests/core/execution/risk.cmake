# Tests of the risk guard and the approval desk.
