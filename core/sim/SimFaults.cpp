#include "core/sim/SimFaults.h"

#include <QJsonDocument>

namespace polaris::sim {

namespace {

Status readInt(const QJsonObject& o, const char* key, int lo, int hi, int& out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        return okStatus();
    }
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != static_cast<double>(static_cast<int>(d)) || d < lo || d > hi) {
        return Error{ErrorCode::OutOfRange, std::string(key) + " must be an integer in ["
                                                    + std::to_string(lo) + ", " + std::to_string(hi)
                                                    + "]"};
    }
    out = static_cast<int>(d);
    return okStatus();
}

Status readRate(const QJsonObject& o, const char* key, double& out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        return okStatus();
    }
    if (!v.isDouble() || v.toDouble() < 0.0 || v.toDouble() > 1.0) {
        return Error{ErrorCode::OutOfRange, std::string(key) + " must be a number in [0, 1]"};
    }
    out = v.toDouble();
    return okStatus();
}

} // namespace

Status SimFaults::apply(const QJsonObject& object, bool* dropNow)
{
    static const char* const kKnown[] = {"http_error_status", "http_error_rate",  "http_error_next",
                                         "http_delay_ms",     "ws_drop_now",      "ws_drop_every_s",
                                         "ws_malformed_rate", "ws_malformed_next"};
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char* key : kKnown) {
            known = known || it.key() == QLatin1String(key);
        }
        if (!known) {
            return Error{ErrorCode::InvalidFormat,
                         "unknown fault '" + it.key().toStdString() + "'"};
        }
    }
    SimFaults next = *this;
    for (const Status& s :
         {readInt(object, "http_error_status", 400, 599, next.httpErrorStatus),
          readRate(object, "http_error_rate", next.httpErrorRate),
          readInt(object, "http_error_next", 0, 1'000'000, next.httpErrorNext),
          readInt(object, "http_delay_ms", 0, 60'000, next.httpDelayMs),
          readInt(object, "ws_drop_every_s", 0, 86'400, next.wsDropEverySec),
          readRate(object, "ws_malformed_rate", next.wsMalformedRate),
          readInt(object, "ws_malformed_next", 0, 1'000'000, next.wsMalformedNext)}) {
        if (!s.ok()) {
            return s;
        }
    }
    const QJsonValue drop = object.value(QLatin1String("ws_drop_now"));
    if (!drop.isUndefined() && !drop.isBool()) {
        return Error{ErrorCode::InvalidFormat, "ws_drop_now must be a boolean"};
    }
    *this = next;
    if (dropNow) {
        *dropNow = drop.toBool(false);
    }
    return okStatus();
}

QByteArray SimFaults::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("http_error_status"), httpErrorStatus);
    o.insert(QLatin1String("http_error_rate"), httpErrorRate);
    o.insert(QLatin1String("http_error_next"), httpErrorNext);
    o.insert(QLatin1String("http_delay_ms"), httpDelayMs);
    o.insert(QLatin1String("ws_drop_every_s"), wsDropEverySec);
    o.insert(QLatin1String("ws_malformed_rate"), wsMalformedRate);
    o.insert(QLatin1String("ws_malformed_next"), wsMalformedNext);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace polaris::sim
