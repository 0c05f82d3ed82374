#include "core/venues/polymarket/VenueProbe.h"

#include <QNetworkReply>
#include <QUrlQuery>

namespace polaris::polymarket {

VenueProbe::VenueProbe(QUrl gammaUrl, int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_gammaUrl(std::move(gammaUrl))
    , m_timeoutMs(timeoutMs)
{}

void VenueProbe::start()
{
    QUrl url = m_gammaUrl;
    url.setPath(url.path() + QStringLiteral("/events"));
    url.setQuery(QStringLiteral("limit=1"));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status == 200) {
            Q_EMIT finished(true, QString());
            return;
        }
        QString reason = reply->error() == QNetworkReply::OperationCanceledError
                                 ? tr("no answer within %1 s").arg(m_timeoutMs / 1000)
                                 : reply->errorString();
        if (reply->error() == QNetworkReply::NoError) {
            reason = tr("HTTP %1").arg(status);
        }
        Q_EMIT finished(false, reason);
    });
}

} // namespace polaris::polymarket
