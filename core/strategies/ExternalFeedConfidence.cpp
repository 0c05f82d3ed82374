#include "core/strategies/ExternalFeedConfidence.h"

#include "core/strategies/HoldToResolution.h"

#include <cmath>

#include <simdjson.h>

namespace polaris {

namespace {

constexpr std::size_t kMaxFeedBytes = 16u << 20;

} // namespace

Result<ConfidenceLoadReport> ExternalFeedConfidence::load(std::string_view json)
{
    if (json.size() > kMaxFeedBytes) {
        return Error{ErrorCode::TooLarge, "confidence feed: " + std::to_string(json.size())
                                                  + " bytes exceeds the limit"};
    }
    simdjson::dom::parser parser;
    const simdjson::padded_string padded(json);
    simdjson::dom::element root;
    if (const auto error = parser.parse(padded).get(root); error) {
        return Error{ErrorCode::InvalidFormat, std::string("confidence feed: malformed JSON (")
                                                       + simdjson::error_message(error) + ")"};
    }
    simdjson::dom::object object;
    if (root.get_object().get(object)) {
        return Error{ErrorCode::InvalidFormat,
                     "confidence feed: top level is not an object of token ids"};
    }
    ConfidenceLoadReport report;
    decltype(m_probabilities) table;
    for (const auto field : object) {
        const std::string key(field.key);
        double probability = 0;
        std::string problem;
        if (key.empty()) {
            problem = "empty token id";
        } else if (field.value.get_double().get(probability)) {
            problem = "'" + key.substr(0, 24) + "': value is not a number";
        } else if (!(probability >= 0.0 && probability <= 1.0)) {
            problem = "'" + key.substr(0, 24) + "': " + holding::formatFixed(probability, 6)
                      + " outside [0, 1]";
        }
        if (!problem.empty()) {
            if (report.rejected++ == 0) {
                report.firstProblem = problem;
            }
            continue;
        }
        table.insert_or_assign(key, probability);
        ++report.accepted;
    }
    m_probabilities = std::move(table);
    return report;
}

std::optional<double>
ExternalFeedConfidence::confidence(const Market&, std::string_view tokenId, std::int64_t) const
{
    const auto it = m_probabilities.find(tokenId);
    return it == m_probabilities.end() ? std::nullopt : std::optional(it->second);
}

std::string ExternalFeedConfidence::unavailableReason(const Market&,
                                                      std::string_view tokenId,
                                                      std::int64_t) const
{
    return "external feed has no probability for token " + std::string(tokenId);
}

} // namespace polaris
