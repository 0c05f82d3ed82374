#include "ui/SummaryCoalescer.h"

#include <QCoreApplication>
#include <QEvent>

#include <utility>

namespace polaris::ui {

namespace {

const auto kDeliverEvent = QEvent::Type(QEvent::registerEventType());

} // namespace

SummaryCoalescer::SummaryCoalescer(QObject* parent)
    : QObject(parent)
{}

void SummaryCoalescer::post(const ScanSummary& summary)
{
    const bool posted = m_pending.has_value();
    m_pending = summary;
    if (!posted) {
        // Low priority, like Qt's own repaint requests, and after the ones already waiting.
        QCoreApplication::postEvent(this, new QEvent(kDeliverEvent), Qt::LowEventPriority);
    }
}

bool SummaryCoalescer::event(QEvent* event)
{
    if (event->type() != kDeliverEvent) {
        return QObject::event(event);
    }
    if (m_pending) {
        const ScanSummary summary = *std::exchange(m_pending, std::nullopt);
        Q_EMIT ready(summary);
    }
    return true;
}

} // namespace polaris::ui
