#pragma once

class QThreadPool;

namespace polaris::ui {

/// The threads the console's views read the database on (QtConcurrent::run(pool, ...)): kept off
/// the global pool so a slow or unreachable database (a PostgreSQL connect timeout) never holds up
/// other concurrent work, and bounded so views refreshing together queue instead of piling up
/// connections. Each read opens and closes its own connection on the pool thread (Qt 6.4 cannot
/// move connections between threads). Lives until the process exits.
QThreadPool* databaseReadPool();

} // namespace polaris::ui
