#include <algorithm>
#include <numeric>

#include "stdgraph/text_util.h"

namespace stdgraph {

// Optimal string alignment: insertions, deletions, substitutions and transpositions of
// two neighbours ("titel" -> "title" is one edit), the commonest slips of the keys.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > max) return max + 1;
  std::vector<std::size_t> before(a.size() + 1), previous(a.size() + 1), row(a.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (std::size_t j = 1; j <= b.size(); ++j) {
    before.swap(previous);
    previous.swap(row);
    row[0] = j;
    std::size_t best = row[0];
    for (std::size_t i = 1; i <= a.size(); ++i) {
      row[i] = std::min(
          {previous[i] + 1, row[i - 1] + 1, previous[i - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        row[i] = std::min(row[i], before[i - 2] + 1);
      best = std::min(best, row[i]);
    }
    // No cell of a later row can be below this row's least (see OSA's recurrence).
    if (best > max) return max + 1;
  }
  return row[a.size()];
}

std::string nearest_word(std::string_view word, const std::vector<std::string_view>& candidates) {
  std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
  std::string_view best;
  std::size_t best_distance = limit + 1;
  for (auto candidate : candidates) {
    std::size_t d = edit_distance(word, candidate, limit);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return std::string(best);
}

}  // namespace stdgraph
