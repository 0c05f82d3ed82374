# explicit source list (target_sources) for this part
