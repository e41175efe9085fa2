// `stdgraph chains`: the longest dependency chains, the most depended-on items (how many
// items rest on each, directly and through chains, and a PageRank centrality) and the
// loops among relations that must not loop.
#pragma once

#include <cstddef>
#include <vector>

#include "stdgraph/analysis/deps.h"
#include "stdgraph/graph/graph.h"
#include "stdgraph/model/corpus.h"

namespace stdgraph {

// steps[0].from rests on steps[0].to = steps[1].from ... on steps.back().to.
struct Chain {
  std::vector<DependencyStep> steps;
};

struct Dependents {
  std::size_t document = npos;
  std::size_t direct = 0;  // items with a step to it
  std::size_t all = 0;     // items resting on it through any chain (its impact, all depths)
  double pagerank = 0;     // share of the PageRank over dependency steps (all items sum to 1)
};

enum class RankBy : std::uint8_t { dependents, pagerank };

struct ChainsOptions {
  std::size_t longest = 10;  // chains to list
  std::size_t top = 10;      // most depended-on items to list
  RankBy rank_by = RankBy::dependents;
  DependencyTypes types = DependencyTypes::defaults();
  double damping = 0.85;
};

struct ChainsReport {
  // The longest chains, longest first, at most one per item they end on (the most
  // upstream item), so that one family of editions does not fill the list. Items that
  // rest on each other in a loop count as one place when chains are compared; a chain
  // passing through such a loop shows the way through it, one ending in it stops where
  // it enters.
  std::vector<Chain> longest;
  std::vector<Dependents> most_depended_on;  // by options.rank_by, then the other, then id
  std::vector<Cycle> cycles;                 // loops of acyclic relation types (Graph::cycles)
  std::size_t documents = 0;
  std::size_t steps = 0;    // dependency steps in the corpus
  std::size_t tangles = 0;  // sets of two or more items resting on each other in a loop
  std::size_t pagerank_iterations = 0;
};

ChainsReport analyse_chains(const Corpus& corpus, const Graph& graph, const ChainsOptions& options);

// PageRank over the steps of an index: each item passes its score on to what it rests
// on, so the texts many chains end on score highest. Power iteration on an Eigen sparse
// matrix; items with no step spread their score evenly. Scores sum to 1.
struct PageRank {
  std::vector<double> score;
  std::size_t iterations = 0;
};
PageRank pagerank(const DependencyIndex& index, double damping = 0.85, double tolerance = 1e-10,
                  std::size_t max_iterations = 200);

// For each item, how many items rest on it through any chain (not counting itself),
// computed on the sets of a condensation, in time linear in the steps for chains and
// trees. Sets whose dependents all rest on one set only, up every chain (a long chain, a
// tree of editions), are summed in one pass in topological order, and so is a set with
// one dependent. For the rest (where two ways can meet): breadth first from each set
// while that stays cheaper than bit sets propagated in topological order, then bit sets,
// both stopping at the summed trees. The method for the rest can be forced (tests check
// that all agree).
enum class CountMethod : std::uint8_t { automatic, breadth_first, bit_sets };
std::vector<std::size_t> count_dependents(const DependencyIndex& index,
                                          const Condensation& condensation,
                                          CountMethod method = CountMethod::automatic);

}  // namespace stdgraph
