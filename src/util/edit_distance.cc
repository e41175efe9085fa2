#include <algorithm>
#include <numeric>

#include "stdgraph/util/text_util.h"

namespace stdgraph {

// Optimal string alignment: insertions, deletions, substitutions and transpositions of
// two neighbours ("titel" -> "title" is one edit), the commonest slips of the keys.
// Only cells within `max` of the diagonal can hold a distance up to `max` (Ukkonen's
// band), so the work is O(length x max), not O(length^2): two 1 MB titles compare at once.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > max) return max + 1;
  const std::size_t over = max + 1;  // any cell outside the band
  std::vector<std::size_t> before(a.size() + 1, over), previous(a.size() + 1, over),
      row(a.size() + 1, over);
  for (std::size_t i = 0; i <= std::min(a.size(), max); ++i) row[i] = i;
  for (std::size_t j = 1; j <= b.size(); ++j) {
    before.swap(previous);
    previous.swap(row);
    std::size_t lo = j > max ? j - max : 0, hi = std::min(a.size(), j + max);
    if (lo > 0) row[lo - 1] = over;  // read as row[i - 1] at the band's left edge
    if (lo == 0) row[0] = j;
    std::size_t best = lo == 0 ? row[0] : over;
    for (std::size_t i = std::max<std::size_t>(lo, 1); i <= hi; ++i) {
      row[i] = std::min(
          {previous[i] + 1, row[i - 1] + 1, previous[i - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        row[i] = std::min(row[i], before[i - 2] + 1);
      best = std::min(best, row[i]);
    }
    if (hi < a.size()) row[hi + 1] = over;  // read as previous[i] by the next row
    // No cell of a later row can be below this row's least (see OSA's recurrence).
    if (best > max) return over;
  }
  return std::min(row[a.size()], over);
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
