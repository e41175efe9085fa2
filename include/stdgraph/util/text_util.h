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

}  // namespace stdgraph
