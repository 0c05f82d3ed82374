#include "core/market/Market.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace polaris {

namespace {

/// ASCII only, independent of the C locale (and without a libc call per character: the scan
/// asks every market for its YES/NO token).
char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return asciiLower(x) == asciiLower(y);
           });
}

std::string_view trimmed(std::string_view text)
{
    const auto isSpace = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    while (!text.empty() && isSpace(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && isSpace(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

// Nouns Polymarket uses for reserved slots. The docs only show "Person A"; third-party captures
// show "Candidate A".."Candidate Z"; the rest cover the same pattern in sports/entertainment
// events.
constexpr std::array<std::string_view, 16> kPlaceholderNouns = {
        "candidate",  "person",  "player",  "team", "option", "outcome", "nominee", "party",
        "individual", "company", "country", "club", "driver", "fighter", "artist",  "horse"};

/// "A".."Z", "AA".."ZZ", or a 1-2 digit number: the slot label after the noun.
bool isSlotLabel(std::string_view word)
{
    if (word.empty() || word.size() > 2) {
        return false;
    }
    const bool letters =
            std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    const bool digits =
            std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    return letters || digits;
}

} // namespace

bool looksLikePlaceholderTitle(std::string_view title)
{
    title = trimmed(title);
    const std::size_t space = title.find(' ');
    if (space == std::string_view::npos) {
        return false;
    }
    const std::string_view noun = title.substr(0, space);
    const std::string_view label = trimmed(title.substr(space + 1));
    if (!isSlotLabel(label)) {
        return false;
    }
    return std::any_of(kPlaceholderNouns.begin(), kPlaceholderNouns.end(),
                       [noun](std::string_view known) { return equalsIgnoreCase(noun, known); });
}

bool Market::isTradable() const
{
    return enableOrderBook && acceptingOrders && active && !closed && !archived;
}

OutcomeKind Market::kind() const
{
    if (negRiskOther || equalsIgnoreCase(trimmed(groupItemTitle), "Other")) {
        return OutcomeKind::Other;
    }
    // Placeholders are inactive legs of a neg-risk event whose title is a slot label. Requiring
    // both keeps a real person whose name happens to look like "Malcolm X" from being dropped
    // while the leg is live; an inactive leg is untradable anyway, so a false positive costs
    // nothing.
    if (negRisk && !active && looksLikePlaceholderTitle(groupItemTitle)) {
        return OutcomeKind::Placeholder;
    }
    return OutcomeKind::Named;
}

bool Market::inUmaDispute() const
{
    const auto isDispute = [](std::string_view status) {
        return equalsIgnoreCase(status, "disputed") || equalsIgnoreCase(status, "challenged");
    };
    if (equalsIgnoreCase(umaResolutionStatus, "resolved")) {
        return false;
    }
    if (isDispute(umaResolutionStatus)) {
        return true;
    }
    return !umaResolutionStatuses.empty() && isDispute(umaResolutionStatuses.back());
}

const Token* Market::yesToken() const
{
    if (tokens.size() != 2) {
        return nullptr;
    }
    for (const Token& token : tokens) {
        if (equalsIgnoreCase(token.outcome, "Yes")) {
            return &token;
        }
    }
    return &tokens[0];
}

const Token* Market::noToken() const
{
    if (tokens.size() != 2) {
        return nullptr;
    }
    for (const Token& token : tokens) {
        if (equalsIgnoreCase(token.outcome, "No")) {
            return &token;
        }
    }
    return &tokens[1];
}

std::optional<std::string> Market::yesTokenId() const
{
    const Token* token = yesToken();
    return token ? std::optional(token->tokenId) : std::nullopt;
}

std::optional<std::string> Market::noTokenId() const
{
    const Token* token = noToken();
    return token ? std::optional(token->tokenId) : std::nullopt;
}

const Token* Market::findToken(std::string_view tokenId) const
{
    for (const Token& token : tokens) {
        if (token.tokenId == tokenId) {
            return &token;
        }
    }
    return nullptr;
}

} // namespace polaris
