# tests for this part (polaris_add_test)
