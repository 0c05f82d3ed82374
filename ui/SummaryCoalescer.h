#pragma once

#include "core/scanner/ScanSummary.h"

#include <QObject>

#include <optional>

namespace polaris::ui {

/// Between the scan thread's queued publishes and the window: keeps only the newest ScanSummary
/// and hands it on (ready()) from a low-priority event, i.e. after the input and repaint events
/// already waiting, so a burst of publishes never queues up behind the user's keystrokes and a
/// window that falls behind skips to the latest scan. GUI thread.
class SummaryCoalescer : public QObject
{
    Q_OBJECT
public:
    explicit SummaryCoalescer(QObject* parent = nullptr);

    void post(const ScanSummary& summary);
    bool isPending() const { return m_pending.has_value(); }

Q_SIGNALS:
    void ready(const polaris::ScanSummary& summary);

protected:
    bool event(QEvent* event) override;

private:
    std::optional<ScanSummary> m_pending;
};

} // namespace polaris::ui
