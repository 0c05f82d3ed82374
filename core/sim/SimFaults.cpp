#include "core/sim/SimFaults.h"

#include <QJsonDocument>

#include <array>

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

/// A fraction in (0, 1] as an exact Decimal: a JSON number (its literal) or a decimal string.
Status readFraction(const QJsonObject& o, const char* key, Decimal& out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        return okStatus();
    }
    const Result<Decimal> parsed =
            v.isDouble()   ? Decimal::fromJsonNumber(v.toDouble())
            : v.isString() ? Decimal::parse(v.toString().toStdString())
                           : Result<Decimal>(Error{ErrorCode::InvalidFormat, "not a number"});
    if (!parsed || !parsed->isPositive() || *parsed > Decimal::fromInt(1)) {
        return Error{ErrorCode::OutOfRange, std::string(key) + " must be a number in (0, 1]"};
    }
    out = *parsed;
    return okStatus();
}

Status readBool(const QJsonObject& o, const char* key, bool& out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        return okStatus();
    }
    if (!v.isBool()) {
        return Error{ErrorCode::InvalidFormat, std::string(key) + " must be a boolean"};
    }
    out = v.toBool();
    return okStatus();
}

Status readMessage(const QJsonObject& o, const char* key, QString& out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        return okStatus();
    }
    if (!v.isString() || v.toString().isEmpty() || v.toString().size() > 500) {
        return Error{ErrorCode::InvalidFormat,
                     std::string(key) + " must be a non-empty string of at most 500 characters"};
    }
    out = v.toString();
    return okStatus();
}

constexpr std::array kKnown = {
        "http_error_status",    "http_error_rate",      "http_error_next",
        "http_delay_ms",        "ws_drop_now",          "ws_drop_every_s",
        "ws_malformed_rate",    "ws_malformed_next",    "order_reject_next",
        "order_reject_message", "fill_fraction",        "order_delay_ms",
        "reject_as_http_error", "competing_taker_rate", "competing_taker_fraction",
        "user_ws_drop_now",     "user_ws_drop_every_s"};

} // namespace

Status SimFaults::apply(const QJsonObject& object, Actions* actions)
{
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
    Actions requested;
    for (const Status& s :
         {readInt(object, "http_error_status", 400, 599, next.httpErrorStatus),
          readRate(object, "http_error_rate", next.httpErrorRate),
          readInt(object, "http_error_next", 0, 1'000'000, next.httpErrorNext),
          readInt(object, "http_delay_ms", 0, 60'000, next.httpDelayMs),
          readInt(object, "ws_drop_every_s", 0, 86'400, next.wsDropEverySec),
          readRate(object, "ws_malformed_rate", next.wsMalformedRate),
          readInt(object, "ws_malformed_next", 0, 1'000'000, next.wsMalformedNext),
          readBool(object, "ws_drop_now", requested.dropMarketSockets),
          readInt(object, "order_reject_next", 0, 1'000'000, next.orderRejectNext),
          readMessage(object, "order_reject_message", next.orderRejectMessage),
          readFraction(object, "fill_fraction", next.fillFraction),
          readInt(object, "order_delay_ms", 0, 60'000, next.orderDelayMs),
          readBool(object, "reject_as_http_error", next.rejectAsHttpError),
          readRate(object, "competing_taker_rate", next.competingTakerRate),
          readFraction(object, "competing_taker_fraction", next.competingTakerFraction),
          readBool(object, "user_ws_drop_now", requested.dropUserSockets),
          readInt(object, "user_ws_drop_every_s", 0, 86'400, next.userWsDropEverySec)}) {
        if (!s.ok()) {
            return s;
        }
    }
    *this = next;
    if (actions) {
        *actions = requested;
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
    o.insert(QLatin1String("order_reject_next"), orderRejectNext);
    o.insert(QLatin1String("order_reject_message"), orderRejectMessage);
    o.insert(QLatin1String("fill_fraction"), QString::fromStdString(fillFraction.toString()));
    o.insert(QLatin1String("order_delay_ms"), orderDelayMs);
    o.insert(QLatin1String("reject_as_http_error"), rejectAsHttpError);
    o.insert(QLatin1String("competing_taker_rate"), competingTakerRate);
    o.insert(QLatin1String("competing_taker_fraction"),
             QString::fromStdString(competingTakerFraction.toString()));
    o.insert(QLatin1String("user_ws_drop_every_s"), userWsDropEverySec);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace polaris::sim
