# Layer 3/4 risk guard and the approval desk.
