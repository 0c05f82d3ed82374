#pragma once

#include "core/sim/SimUniverse.h"
#include "core/util/Result.h"

#include <QString>

#include <cstdint>
#include <memory>

class QRandomGenerator;

namespace polaris::sim {

/// What --generate asks for.
struct GenerateSpec
{
    int events = 20;   ///< negRisk events
    int outcomes = 5;  ///< named outcome markets per negRisk event
    int binaries = 50; ///< standalone binary markets, one event each
    std::uint64_t seed = 1;
    /// Dates are laid out relative to this day (ms since epoch, 0 = today, UTC). Tests pin it.
    std::int64_t nowMs = 0;

    /// Parses "events=N,outcomes=K,binaries=M,seed=S" (any subset, any order).
    static Result<GenerateSpec> parse(const QString& text);
};

/// Builds a deterministic synthetic universe from a seed (same seed -> same ids, books, JSON).
///
/// Layout: negRisk events first (event i has `outcomes` named markets; every third event,
/// i % 3 == 0, is "augmented" and gets two more: an "Other" market with negRiskOther true and a
/// book, and an inactive placeholder "Candidate X" market with enableOrderBook false and no
/// book), then one event per standalone binary. Every market has YES/NO tokens whose books are
/// two views of one book (a NO ask at p is a YES bid at 1-p). NegRisk YES best asks are the fair
/// probabilities rounded up to the tick, so they sum a little above 1. Ticks: 0.01, or 0.001
/// for one event/binary in five. Plain code; any thread.
class UniverseGenerator
{
public:
    static std::unique_ptr<SimUniverse> generate(const GenerateSpec& spec);
};

} // namespace polaris::sim
