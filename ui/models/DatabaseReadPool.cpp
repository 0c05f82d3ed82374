#include "ui/models/DatabaseReadPool.h"

#include <QThreadPool>

namespace polaris::ui {

namespace {

struct ReadPool : QThreadPool
{
    ReadPool()
    {
        setObjectName(QStringLiteral("databaseReads"));
        setMaxThreadCount(2);
    }
};

Q_GLOBAL_STATIC(ReadPool, readPool)

} // namespace

QThreadPool* databaseReadPool()
{
    return readPool();
}

} // namespace polaris::ui
