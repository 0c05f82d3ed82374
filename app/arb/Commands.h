#pragma once

#include "app/arb/ArbOptions.h"

/// Each returns the process exit code; live commands run the Qt event loop until done.
int runScan(const ArbOptions& options);
int runRecord(const ArbOptions& options);
int runUniverse(const ArbOptions& options);
int runConfig(const ArbOptions& options);
int runStatus(const ArbOptions& options);
int runHistory(const ArbOptions& options);
int runBonds(const ArbOptions& options);
