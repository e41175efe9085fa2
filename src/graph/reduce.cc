// Transitive reduction of a directed graph with loops: on the graph of its strongly
// connected sets (condense), an edge goes when another successor of its source's set
// reaches its target's set.
#include <algorithm>
#include <cstdint>

#include "stdgraph/graph/graph.h"

namespace stdgraph {

std::vector<bool> transitive_edges(std::size_t nodes,
                                   const std::vector<std::pair<std::size_t, std::size_t>>& edges) {
  Condensation c = condense(nodes, edges);
  // The successor sets of each set, each once.
  std::vector<std::vector<std::size_t>> succ(c.count);
  for (const auto& [from, to] : edges)
    if (c.component[from] != c.component[to]) succ[c.component[from]].push_back(c.component[to]);
  for (auto& s : succ) {
    std::sort(s.begin(), s.end());
    s.erase(std::unique(s.begin(), s.end()), s.end());
  }
  // What each set reaches in one or more steps, as bits; successors come later in
  // c.order, so they are done first when walking it backwards.
  const std::size_t words = (c.count + 63) / 64;
  std::vector<std::uint64_t> reach(c.count * words, 0);
  auto row = [&](std::size_t set) { return reach.data() + set * words; };
  for (auto it = c.order.rbegin(); it != c.order.rend(); ++it) {
    std::uint64_t* mine = row(*it);
    for (std::size_t s : succ[*it]) {
      mine[s / 64] |= std::uint64_t{1} << (s % 64);
      const std::uint64_t* theirs = row(s);
      for (std::size_t k = 0; k < words; ++k) mine[k] |= theirs[k];
    }
  }
  auto reaches = [&](std::size_t a, std::size_t b) { return (row(a)[b / 64] >> (b % 64)) & 1; };

  std::vector<bool> drop(edges.size(), false);
  for (std::size_t e = 0; e < edges.size(); ++e) {
    std::size_t from = c.component[edges[e].first], to = c.component[edges[e].second];
    if (from == to) continue;
    for (std::size_t s : succ[from])
      if (s != to && reaches(s, to)) {
        drop[e] = true;
        break;
      }
  }
  return drop;
}

}  // namespace stdgraph
