// How much rests on each item: PageRank (Eigen sparse matrix, power iteration) and the
// number of items resting on it through any chain (bit sets over a condensation).
#include <algorithm>
#include <bit>
#include <cstdint>

#include <Eigen/SparseCore>

#include "stdgraph/chains.h"

namespace stdgraph {

PageRank pagerank(const DependencyIndex& index, double damping, double tolerance,
                  std::size_t max_iterations) {
  PageRank result;
  const auto n = static_cast<Eigen::Index>(index.documents());
  if (n == 0) return result;
  // Column `from` spreads its score evenly over what it rests on.
  std::vector<Eigen::Triplet<double>> entries;
  entries.reserve(index.steps.size());
  std::vector<bool> dangling(static_cast<std::size_t>(n), true);
  for (std::size_t d = 0; d < index.documents(); ++d) {
    auto steps = index.upstream(d);
    if (steps.empty()) continue;
    dangling[d] = false;
    double share = 1.0 / static_cast<double>(steps.size());
    for (const auto& s : steps)
      entries.emplace_back(static_cast<Eigen::Index>(s.to), static_cast<Eigen::Index>(d), share);
  }
  Eigen::SparseMatrix<double> spread(n, n);
  spread.setFromTriplets(entries.begin(), entries.end());

  Eigen::VectorXd score = Eigen::VectorXd::Constant(n, 1.0 / static_cast<double>(n));
  Eigen::VectorXd next(n);
  for (result.iterations = 1; result.iterations <= max_iterations; ++result.iterations) {
    double lost = 0;  // the score of items that rest on nothing, spread over every item
    for (Eigen::Index i = 0; i < n; ++i)
      if (dangling[static_cast<std::size_t>(i)]) lost += score[i];
    next = damping * (spread * score);
    next.array() += (damping * lost + 1.0 - damping) / static_cast<double>(n);
    double change = (next - score).lpNorm<1>();
    score.swap(next);
    if (change < tolerance) break;
  }
  result.iterations = std::min(result.iterations, max_iterations);
  result.score.assign(score.data(), score.data() + n);
  return result;
}

namespace {

// For each set, the number of items in the sets that reach it, with bit sets in
// topological order: a block of 8192 sets at a time, so that memory stays at 1 KiB a set.
std::vector<std::size_t> reaching_by_bits(
    const Condensation& condensation, const std::vector<std::pair<std::size_t, std::size_t>>& into,
    const std::vector<std::size_t>& begin, const std::vector<std::size_t>& size) {
  const std::size_t sets = condensation.count;
  constexpr std::size_t kBlock = 8192, kWords = kBlock / 64;
  std::vector<std::size_t> reaching(sets, 0);
  std::vector<std::uint64_t> bits;
  for (std::size_t first = 0; first < sets; first += kBlock) {
    std::size_t last = std::min(sets, first + kBlock);
    bits.assign(sets * kWords, 0);
    std::vector<std::uint64_t> loops(kWords, 0);  // the sets of this block with two or more items
    for (std::size_t set = first; set < last; ++set)
      if (size[set] > 1) loops[(set - first) / 64] |= std::uint64_t{1} << ((set - first) % 64);
    for (std::size_t c : condensation.order) {
      std::uint64_t* row = &bits[c * kWords];
      for (std::size_t k = begin[c]; k < begin[c + 1]; ++k) {
        std::size_t from = into[k].second;
        const std::uint64_t* other = &bits[from * kWords];
        for (std::size_t w = 0; w < kWords; ++w) row[w] |= other[w];
        if (from >= first && from < last)
          row[(from - first) / 64] |= std::uint64_t{1} << ((from - first) % 64);
      }
      for (std::size_t w = 0; w < kWords; ++w) {
        reaching[c] += static_cast<std::size_t>(std::popcount(row[w]));
        for (std::uint64_t word = row[w] & loops[w]; word != 0; word &= word - 1) {
          std::size_t set = first + w * 64 + static_cast<std::size_t>(std::countr_zero(word));
          reaching[c] += size[set] - 1;
        }
      }
    }
  }
  return reaching;
}

}  // namespace

std::vector<std::size_t> count_dependents(const DependencyIndex& index,
                                          const Condensation& condensation, CountMethod method) {
  const std::size_t sets = condensation.count;
  const auto& component = condensation.component;
  std::vector<std::size_t> size(sets, 0);
  for (std::size_t c : component) ++size[c];

  // For each set, the sets with a step into it (deduplicated), as lists.
  std::vector<std::pair<std::size_t, std::size_t>> into;  // (upstream set, dependent set)
  into.reserve(index.steps.size());
  for (const auto& s : index.steps)
    if (component[s.from] != component[s.to]) into.emplace_back(component[s.to], component[s.from]);
  std::sort(into.begin(), into.end());
  into.erase(std::unique(into.begin(), into.end()), into.end());
  std::vector<std::size_t> begin(sets + 1, 0);
  for (const auto& [to, from] : into) ++begin[to + 1];
  for (std::size_t c = 0; c < sets; ++c) begin[c + 1] += begin[c];

  // Which sets reach each set. Breadth first from each set against the steps costs the
  // sum over sets of what reaches them, small when chains are short (the catalogues);
  // bit sets cost (steps between sets) x (sets / 64) whatever the chains. Start breadth
  // first and switch to bit sets once it has cost as much as they would.
  std::vector<std::size_t> reaching(sets, 0);
  const std::size_t budget = method == CountMethod::breadth_first ? npos
                             : method == CountMethod::bit_sets
                                 ? 0
                                 : into.size() * ((sets + 63) / 64) + sets;
  std::size_t work = 0;
  std::vector<std::size_t> stamp(sets, npos), queue;
  for (std::size_t c = 0; c < sets && work <= budget && method != CountMethod::bit_sets; ++c) {
    queue.assign(1, c);
    stamp[c] = c;
    for (std::size_t head = 0; head < queue.size() && work <= budget; ++head) {
      std::size_t v = queue[head];
      for (std::size_t k = begin[v]; k < begin[v + 1]; ++k, ++work) {
        std::size_t from = into[k].second;
        if (stamp[from] == c) continue;
        stamp[from] = c;
        reaching[c] += size[from];
        queue.push_back(from);
      }
    }
  }
  if (work > budget || method == CountMethod::bit_sets)
    reaching = reaching_by_bits(condensation, into, begin, size);

  std::vector<std::size_t> result(component.size());
  for (std::size_t d = 0; d < component.size(); ++d)
    result[d] = reaching[component[d]] + size[component[d]] - 1;
  return result;
}

}  // namespace stdgraph
