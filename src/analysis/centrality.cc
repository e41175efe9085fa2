// How much rests on each item: PageRank (Eigen sparse matrix, power iteration) and the
// number of items resting on it through any chain (sums over the forests of a
// condensation, searches or bit sets over the rest).
#include <algorithm>
#include <bit>
#include <cstdint>

#include <Eigen/SparseCore>

#include "stdgraph/analysis/chains.h"

namespace stdgraph {

PageRank pagerank(const DependencyIndex& index, double damping, double tolerance,
                  std::size_t max_iterations) {
  PageRank result;
  const auto n = static_cast<Eigen::Index>(index.documents());
  if (n == 0) return result;
  // Column `from` spreads its score evenly over what it rests on.
  std::vector<Eigen::Triplet<double>> entries;
  entries.reserve(index.steps.size());
  std::vector<Eigen::Index> dangling;  // items that rest on nothing, in order
  for (std::size_t d = 0; d < index.documents(); ++d) {
    auto steps = index.upstream(d);
    if (steps.empty()) {
      dangling.push_back(static_cast<Eigen::Index>(d));
      continue;
    }
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
    for (Eigen::Index i : dangling) lost += score[i];
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

// The sets of a condensation with the steps between them: for each set, the sets with a
// step into it (its direct dependents, deduplicated) as lists, and how many sets each set
// rests on directly.
struct SetSteps {
  std::vector<std::size_t> size;      // items in each set
  std::vector<std::size_t> into;      // dependent sets, grouped by the set they rest on
  std::vector<std::size_t> begin;     // dependents of c: into[begin[c] .. begin[c + 1])
  std::vector<std::size_t> rests_on;  // sets each set rests on directly
};

SetSteps set_steps(const DependencyIndex& index, const Condensation& condensation) {
  const std::size_t sets = condensation.count;
  const auto& component = condensation.component;
  SetSteps out;
  out.size.assign(sets, 0);
  for (std::size_t c : component) ++out.size[c];
  // A counting sort of the steps between sets by the set they rest on (the steps come
  // grouped by item, so each list is in item order), then duplicates dropped list by list.
  out.begin.assign(sets + 1, 0);
  for (const auto& s : index.steps)
    if (component[s.from] != component[s.to]) ++out.begin[component[s.to] + 1];
  for (std::size_t c = 0; c < sets; ++c) out.begin[c + 1] += out.begin[c];
  out.into.resize(out.begin[sets]);
  {
    std::vector<std::size_t> fill(out.begin.begin(), out.begin.end() - 1);
    for (const auto& s : index.steps)
      if (component[s.from] != component[s.to])
        out.into[fill[component[s.to]]++] = component[s.from];
  }
  out.rests_on.assign(sets, 0);
  std::vector<std::size_t> seen(sets, npos);
  std::size_t kept = 0;
  for (std::size_t c = 0, read = 0; c < sets; ++c) {
    std::size_t end = out.begin[c + 1];
    out.begin[c] = kept;
    for (; read < end; ++read) {
      std::size_t d = out.into[read];
      if (seen[d] == c) continue;
      seen[d] = c;
      ++out.rests_on[d];
      out.into[kept++] = d;
    }
  }
  out.begin[sets] = kept;
  out.into.resize(kept);
  return out;
}

// For each set of `wanted` (in topological order), the items resting on it, with bit sets
// propagated in topological order: a block of 8192 bits at a time, so that memory stays
// at 1 KiB a set that needs a row. Bits stand for the sets of `counted`, each weighing
// `weight[set]` items; a set of `wanted` ORs the rows of its dependents in `wanted` and
// the bits of its dependents in `counted`.
void reaching_by_bits(const SetSteps& steps, const std::vector<std::size_t>& wanted,
                      const std::vector<std::size_t>& counted,
                      const std::vector<std::size_t>& weight, std::vector<std::size_t>& reaching) {
  constexpr std::size_t kBlock = 8192, kWords = kBlock / 64;
  std::vector<std::size_t> row_of(steps.size.size(), npos), bit_of(steps.size.size(), npos);
  for (std::size_t i = 0; i < wanted.size(); ++i) row_of[wanted[i]] = i;
  for (std::size_t i = 0; i < counted.size(); ++i) bit_of[counted[i]] = i;
  for (std::size_t c : wanted) reaching[c] = 0;
  std::vector<std::uint64_t> bits, heavy(kWords);
  for (std::size_t first = 0; first < counted.size(); first += kBlock) {
    std::size_t last = std::min(counted.size(), first + kBlock);
    bits.assign(wanted.size() * kWords, 0);
    // The bits of sets weighing more than one item: popcount counts the others.
    std::fill(heavy.begin(), heavy.end(), 0);
    for (std::size_t b = first; b < last; ++b)
      if (weight[counted[b]] > 1) heavy[(b - first) / 64] |= std::uint64_t{1} << ((b - first) % 64);
    for (std::size_t i = 0; i < wanted.size(); ++i) {
      std::size_t c = wanted[i];
      std::uint64_t* row = &bits[i * kWords];
      for (std::size_t k = steps.begin[c]; k < steps.begin[c + 1]; ++k) {
        std::size_t from = steps.into[k];
        if (std::size_t r = row_of[from]; r != npos) {
          const std::uint64_t* other = &bits[r * kWords];
          for (std::size_t w = 0; w < kWords; ++w) row[w] |= other[w];
        }
        if (std::size_t b = bit_of[from]; b >= first && b < last)
          row[(b - first) / 64] |= std::uint64_t{1} << ((b - first) % 64);
      }
      for (std::size_t w = 0; w < kWords; ++w) {
        reaching[c] += static_cast<std::size_t>(std::popcount(row[w]));
        for (std::uint64_t word = row[w] & heavy[w]; word != 0; word &= word - 1) {
          std::size_t b = first + w * 64 + static_cast<std::size_t>(std::countr_zero(word));
          reaching[c] += weight[counted[b]] - 1;
        }
      }
    }
  }
}

}  // namespace

std::vector<std::size_t> count_dependents(const DependencyIndex& index,
                                          const Condensation& condensation, CountMethod method) {
  const std::size_t sets = condensation.count;
  const SetSteps steps = set_steps(index, condensation);
  const auto& size = steps.size;

  // A set is in a forest when every set resting on it, directly or through a chain, rests
  // on one set only: then each item resting on it does so by exactly one way, the items
  // resting on its dependents are disjoint, and reaching[c] (the items in the sets that
  // reach c) is the sum over its dependents d of reaching[d] + size[d]. One pass in
  // topological order settles every such set: all of a long chain, a tree of editions.
  std::vector<std::size_t> reaching(sets, 0);
  std::vector<bool> forest(sets, true);
  std::vector<std::size_t> rest;  // the other sets, in topological order
  for (std::size_t c : condensation.order) {
    for (std::size_t k = steps.begin[c]; k < steps.begin[c + 1] && forest[c]; ++k) {
      std::size_t d = steps.into[k];
      if (!forest[d] || steps.rests_on[d] != 1)
        forest[c] = false;
      else
        reaching[c] += reaching[d] + size[d];
    }
    if (!forest[c]) rest.push_back(c);
  }
  // A set of the rest with one dependent d is reached by d and what reaches d, whatever
  // the shape above: reaching[d] + size[d], settled in topological order once d is (a
  // chain below an item resting on two of its links). Only the joins, sets of the rest
  // with two or more dependents, need to know which sets reach them.
  auto one_dependent = [&](std::size_t c) { return steps.begin[c + 1] - steps.begin[c] == 1; };
  std::vector<std::size_t> joins;
  for (std::size_t c : rest)
    if (!one_dependent(c)) joins.push_back(c);
  // Above a set of a forest, nothing reaches the set but through it (each set above it
  // rests on one set only). So a search from a join stops at a forest set it meets and
  // takes its whole tree as reaching[d] + size[d] items; bit sets give each such set one
  // bit of that weight. The searches and the bits only cover the rest, and the bits only
  // the joins and the sets that reach them (`needed`, marked upstream first).
  std::vector<std::size_t> weight(sets, 0);
  for (std::size_t c = 0; c < sets; ++c) weight[c] = forest[c] ? reaching[c] + size[c] : size[c];
  std::vector<bool> needed(sets, false);
  std::vector<std::size_t> rows;  // the needed sets, in topological order
  for (auto it = rest.rbegin(); it != rest.rend(); ++it) {
    std::size_t c = *it;
    if (!one_dependent(c)) needed[c] = true;
    if (!needed[c]) continue;
    rows.push_back(c);
    for (std::size_t k = steps.begin[c]; k < steps.begin[c + 1]; ++k)
      if (!forest[steps.into[k]]) needed[steps.into[k]] = true;
  }
  std::reverse(rows.begin(), rows.end());
  std::size_t row_steps = 0;
  std::vector<std::size_t> counted;  // the sets with a step into a needed set
  std::vector<bool> is_counted(sets, false);
  for (std::size_t c : rows)
    for (std::size_t k = steps.begin[c]; k < steps.begin[c + 1]; ++k, ++row_steps) {
      std::size_t d = steps.into[k];
      if (is_counted[d]) continue;
      is_counted[d] = true;
      counted.push_back(d);
    }

  // Which sets reach each join. Breadth first from each against the steps costs the sum
  // over joins of what reaches them, small when chains are short (the catalogues); bit
  // sets cost (steps into the needed sets) x (sets counted / 64) whatever the chains.
  // Start breadth first and switch to bit sets once it has cost as much as they would.
  const std::size_t budget = method == CountMethod::breadth_first ? npos
                             : method == CountMethod::bit_sets
                                 ? 0
                                 : row_steps * ((counted.size() + 63) / 64) + rows.size();
  std::size_t work = 0;
  std::vector<std::size_t> stamp(sets, npos), queue;
  for (std::size_t i = 0; i < joins.size() && work <= budget && method != CountMethod::bit_sets;
       ++i) {
    std::size_t c = joins[i];
    reaching[c] = 0;
    queue.assign(1, c);
    stamp[c] = c;
    for (std::size_t head = 0; head < queue.size() && work <= budget; ++head) {
      std::size_t v = queue[head];
      for (std::size_t k = steps.begin[v]; k < steps.begin[v + 1]; ++k, ++work) {
        std::size_t from = steps.into[k];
        if (stamp[from] == c) continue;
        stamp[from] = c;
        reaching[c] += weight[from];
        if (!forest[from]) queue.push_back(from);
      }
    }
  }
  if (work > budget || method == CountMethod::bit_sets)
    reaching_by_bits(steps, rows, counted, weight, reaching);
  // Then the sets of the rest with one dependent, each after it.
  for (std::size_t c : rest)
    if (one_dependent(c)) {
      std::size_t d = steps.into[steps.begin[c]];
      reaching[c] = reaching[d] + size[d];
    }

  const auto& component = condensation.component;
  std::vector<std::size_t> result(component.size());
  for (std::size_t d = 0; d < component.size(); ++d)
    result[d] = reaching[component[d]] + size[component[d]] - 1;
  return result;
}

}  // namespace stdgraph
