#pragma once

#include "core/money/UInt256.h"
#include "core/signing/Address.h"
#include "core/signing/Hex.h"

#include <cstdint>

namespace polaris::signing {

/// Conditional Tokens id derivation (spec §6.1, Gnosis CTHelpers): lets us check that a market's
/// token ids really belong to its condition and collateral before trading them. Pure functions.

/// keccak256(abi.encodePacked(oracle, questionId, uint256(outcomeSlotCount))).
Bytes32
conditionId(const Address& oracle, const Bytes32& questionId, std::uint32_t outcomeSlotCount = 2);

/// getCollectionId(parentCollectionId = 0, conditionId, indexSet): the alt_bn128 point-hashing
/// construction of CTHelpers (only the zero parent, which is all Polymarket uses). Fails only if
/// the big-number library does (allocation).
Result<Bytes32> collectionId(const Bytes32& conditionId, const UInt256& indexSet);

/// positionId = tokenId = uint256(keccak256(abi.encodePacked(collateral, collectionId))).
UInt256 positionId(const Address& collateral, const Bytes32& collectionId);

/// positionId(collateral, collectionId(conditionId, indexSet)); indexSet 1 = first outcome.
Result<UInt256>
outcomeTokenId(const Address& collateral, const Bytes32& conditionId, const UInt256& indexSet);

} // namespace polaris::signing
