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
    const Status events = ingest.addEventsPage(view(snapshot.eventsJson));
    if (!events.ok()) {
        return Error{events.error().code, "events.json: " + events.error().detail};
    }
    ingest.commitUniverse();
    ingest.applyBooks(view(snapshot.booksJson), clock.nowMs());
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
