#pragma once

#include "core/util/Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace polaris {

class Database;

/// The versioned schema: an ordered list of steps, each a list of SQL templates (Dialect::schemaSql
/// fills in the per-back-end types), recorded in `schema_version`. Applied on start, all pending
/// steps in one transaction under a lock (PostgreSQL advisory lock, SQLite BEGIN IMMEDIATE), so
/// two processes starting at once do not both migrate. Stateless; any thread with its Database.
class Migrations
{
public:
    struct Step
    {
        int version;
        QString description;
        QStringList statements;
    };

    static const std::vector<Step>& steps();
    static int latestVersion();

    /// Brings the schema to `targetVersion` (default: latest). A database newer than this build
    /// is refused (OutOfRange) rather than written with an old idea of the schema.
    static Status migrate(Database& database, int targetVersion = -1);
    /// 0 for an empty database.
    static Result<int> currentVersion(Database& database);
};

} // namespace polaris
