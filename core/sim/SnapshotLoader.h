#pragma once

#include "core/sim/SimUniverse.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace polaris::sim {

/// Loads a recorded universe from a snapshot directory:
///   DIR/meta.json   - any JSON object (optional; served verbatim at GET /sim/meta)
///   DIR/events.json - JSON array of Gamma events exactly as GET /events returns them
///   DIR/books.json  - JSON array of books exactly as POST /books returns them
/// Each event's and book's text is kept byte for byte and served as given until the random walk
/// changes that book. Markets are found through each event's nested `markets` (conditionId,
/// clobTokenIds, outcomes, orderPriceMinTickSize, orderMinSize, negRisk...). Plain code; any
/// thread.
class SnapshotLoader
{
public:
    static Result<std::unique_ptr<SimUniverse>> load(const QString& directory,
                                                     QByteArray* meta = nullptr);
    /// The same from in-memory texts (events and books arrays).
    static Result<std::unique_ptr<SimUniverse>> fromTexts(const QByteArray& eventsJson,
                                                          const QByteArray& booksJson);
};

} // namespace polaris::sim
