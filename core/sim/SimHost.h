#pragma once

#include "core/sim/SimServer.h"
#include "core/sim/UniverseGenerator.h"

#include <QObject>

#include <memory>

namespace polaris::sim {

/// Runs a SimServer inside another process (the console's --demo and its offline fallback, and
/// tests): adopt it into a WorkerThread and call start() there, so the server's sockets live on
/// that thread. Emits ready() with the addresses to give the venue clients.
class SimHost : public QObject
{
    Q_OBJECT
public:
    SimHost(GenerateSpec spec, SimServerOptions options, QObject* parent = nullptr);
    ~SimHost() override;

public Q_SLOTS:
    void start();

Q_SIGNALS:
    void ready(QString httpUrl, QString wsUrl);
    void failed(QString message);

private:
    GenerateSpec m_spec;
    SimServerOptions m_options;
    std::unique_ptr<SimServer> m_server;
};

} // namespace polaris::sim
