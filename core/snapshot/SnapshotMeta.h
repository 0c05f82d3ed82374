#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace polaris {

/// DIR/meta.json of a snapshot: when it was captured (the clock that time-based logic uses during
/// replay) and from which venue. See docs/snapshot-format.md.
struct SnapshotMeta
{
    std::int64_t capturedAtMs = 0;
    QString venue = QStringLiteral("polymarket");

    QByteArray toJson() const;
    static Result<SnapshotMeta> fromJson(const QByteArray& json);
};

} // namespace polaris
