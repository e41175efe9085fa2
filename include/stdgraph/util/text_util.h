// Small string helpers shared by the loaders, checks and renderers.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stdgraph {

// Edit distance (optimal string alignment: a swap of two neighbours is one edit) between
// two byte strings, giving up (returning max + 1) past max.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max);

// The candidate nearest to word within a third of its length (at least 2 edits),
// or "" when none is that close. For "did you mean" hints.
std::string nearest_word(std::string_view word, const std::vector<std::string_view>& candidates);

// Lower-case ASCII letters and digits of a title, words split by single spaces:
// "Security  assurance, framework" -> "security assurance framework".
std::string fold_title(std::string_view title);

// ASCII case-insensitive comparisons, for names and codes ("withdrawn" = "WITHDRAWN",
// "itu-t x.1" starts with "ITU-T "). Bytes past ASCII compare as they are.
bool equals_ci(std::string_view a, std::string_view b);
bool starts_with_ci(std::string_view s, std::string_view prefix);
bool contains_ci(std::string_view s, std::string_view part);

// True for an http:// or https:// address: the only links stdgraph keeps or writes out.
bool is_web_address(std::string_view url);

}  // namespace stdgraph
