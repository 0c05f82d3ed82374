#include "core/sim/SimHost.h"

namespace polaris::sim {

SimHost::SimHost(GenerateSpec spec, SimServerOptions options, QObject* parent)
    : QObject(parent)
    , m_spec(spec)
    , m_options(std::move(options))
{}

SimHost::~SimHost() = default;

void SimHost::start()
{
    m_server = std::make_unique<SimServer>(UniverseGenerator::generate(m_spec), m_options);
    const Status listening = m_server->listen();
    if (!listening.ok()) {
        Q_EMIT failed(QString::fromStdString(listening.error().detail));
        return;
    }
    Q_EMIT ready(m_server->httpUrl(), m_server->wsUrl());
}

} // namespace polaris::sim
