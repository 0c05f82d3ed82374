#pragma once

#include "core/marketdata/MarketDataIngest.h"
#include "core/snapshot/Snapshot.h"
#include "core/util/Clock.h"

#include <functional>

namespace polaris {

/// Feeds a snapshot through a MarketDataIngest exactly as the live feed would: the events, then
/// the books as of captured_at, then every recorded frame at its receive time. The clock follows
/// the capture (meta.json's captured_at, then each frame's time), so time-based logic behaves as
/// it did when the snapshot was taken. While frames arrive the feed counts as alive, so books are
/// confirmed at each frame as the live heartbeat would. `afterBooks` runs once the books are in,
/// before the frames (e.g. to run the first full scan).
Status replaySnapshot(const Snapshot& snapshot,
                      MarketDataIngest& ingest,
                      ManualClock& clock,
                      const std::function<void()>& afterBooks = {});

} // namespace polaris
