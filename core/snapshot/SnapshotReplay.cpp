#include "core/snapshot/SnapshotReplay.h"

#include <algorithm>

namespace polaris {

namespace {
std::string_view view(const QByteArray& bytes)
{
    return std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}
} // namespace

Status replaySnapshot(const Snapshot& snapshot,
                      MarketDataIngest& ingest,
                      ManualClock& clock,
                      const std::function<void()>& afterBooks)
{
    clock.setNowMs(snapshot.meta.capturedAtMs);
    // Events and books parse in parallel; Snapshot::load leaves padding after the books, so
    // they are parsed in place.
    const Status events = ingest.loadAll(view(snapshot.eventsJson), view(snapshot.booksJson),
                                         clock.nowMs(), snapshot.padded);
    if (!events.ok()) {
        return Error{events.error().code, "events.json: " + events.error().detail};
    }
    if (afterBooks) {
        afterBooks();
    }
    for (const RecordedFrame& frame : snapshot.frames) {
        clock.setNowMs(std::max(clock.nowMs(), frame.receivedAtMs));
        ingest.confirmAll(clock.nowMs());
        ingest.applyFrame(view(frame.frame), clock.nowMs());
    }
    return okStatus();
}

} // namespace polaris
