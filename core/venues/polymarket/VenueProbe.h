#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

namespace polaris::polymarket {

/// Answers one question before the console commits to a data source: can we talk to Gamma?
/// One GET {gamma}/events?limit=1 with a short timeout. Lives on the thread that creates it.
class VenueProbe : public QObject
{
    Q_OBJECT
public:
    explicit VenueProbe(QUrl gammaUrl, int timeoutMs = 5000, QObject* parent = nullptr);
    void start();

Q_SIGNALS:
    /// `reason` says in plain words why not, when not reachable.
    void finished(bool reachable, QString reason);

private:
    QUrl m_gammaUrl;
    int m_timeoutMs;
    QNetworkAccessManager m_network;
};

} // namespace polaris::polymarket
