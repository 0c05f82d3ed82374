#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace polaris::sim {

/// One parsed HTTP/1.1 request (plain value).
struct HttpRequest
{
    QByteArray method;
    QByteArray target; ///< as sent: path and query, percent-encoded
    QString path;      ///< decoded path without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; ///< names lower-cased
    QByteArray body;
    bool keepAlive = true;

    QByteArray header(const QByteArray& lowerName) const
    {
        for (const auto& [name, value] : headers) {
            if (name == lowerName) {
                return value;
            }
        }
        return {};
    }
};

/// One HTTP response (plain value); HttpConnection adds Content-Length and Connection.
struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(int status, QByteArray body)
    {
        HttpResponse r;
        r.status = status;
        r.body = std::move(body);
        return r;
    }
    /// `{"error":"<message>"}` as the CLOB sends it.
    static HttpResponse error(int status, const char* message)
    {
        return json(status, QByteArray("{\"error\":\"") + message + "\"}");
    }
};

} // namespace polaris::sim
