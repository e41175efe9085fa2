// Longest chains, most depended-on items and loops (see include/stdgraph/chains.h).
#include "stdgraph/chains.h"

#include <algorithm>
#include <deque>
#include <tuple>

namespace stdgraph {
namespace {

// The shortest way from `from` to `to` inside one set of the condensation.
std::vector<DependencyStep> path_inside(const DependencyIndex& index,
                                        const std::vector<std::size_t>& component, std::size_t from,
                                        std::size_t to) {
  std::vector<std::size_t> via(index.documents(), npos);  // index of the step reaching it
  std::deque<std::size_t> queue = {from};
  while (!queue.empty() && via[to] == npos) {
    std::size_t v = queue.front();
    queue.pop_front();
    for (std::size_t i = index.up_begin[v]; i < index.up_begin[v + 1]; ++i) {
      std::size_t w = index.steps[i].to;
      if (component[w] != component[from] || w == from || via[w] != npos) continue;
      via[w] = i;
      queue.push_back(w);
    }
  }
  std::vector<DependencyStep> path;
  for (std::size_t v = to; v != from && via[v] != npos; v = index.steps[via[v]].from)
    path.push_back(index.steps[via[v]]);
  std::reverse(path.begin(), path.end());
  return path;
}

std::vector<Chain> longest_chains(const Corpus& corpus, const DependencyIndex& index,
                                  const Condensation& cond, std::size_t wanted) {
  const auto& component = cond.component;
  // length[c]: the most steps between sets from set c on; best[c]: the step it starts with.
  std::vector<std::size_t> length(cond.count, 0), best(cond.count, npos);
  std::vector<bool> depended_on(cond.count, false);
  std::vector<std::vector<std::size_t>> members(cond.count);
  for (std::size_t d = 0; d < component.size(); ++d) members[component[d]].push_back(d);
  for (auto it = cond.order.rbegin(); it != cond.order.rend(); ++it) {
    std::size_t c = *it;
    for (std::size_t d : members[c])
      for (std::size_t i = index.up_begin[d]; i < index.up_begin[d + 1]; ++i) {
        std::size_t to = component[index.steps[i].to];
        if (to == c) continue;
        depended_on[to] = true;
        if (best[c] == npos || length[to] + 1 > length[c]) {
          length[c] = length[to] + 1;
          best[c] = i;
        }
      }
  }

  // Starts: sets nothing rests on, longest first, then by id.
  std::vector<std::size_t> starts;
  for (std::size_t c = 0; c < cond.count; ++c)
    if (!depended_on[c] && length[c] > 0) starts.push_back(c);
  auto first_id = [&](std::size_t c) -> const std::string& {
    return corpus.documents[index.steps[best[c]].from].id;
  };
  std::sort(starts.begin(), starts.end(), [&](std::size_t a, std::size_t b) {
    if (length[a] != length[b]) return length[a] > length[b];
    return natural_less(first_id(a), first_id(b));
  });

  std::vector<Chain> chains;
  std::vector<bool> end_taken(cond.count, false);
  for (std::size_t start : starts) {
    if (chains.size() == wanted) break;
    std::size_t end = start;
    while (best[end] != npos) end = component[index.steps[best[end]].to];
    if (end_taken[end]) continue;
    end_taken[end] = true;
    Chain chain;
    std::size_t at = index.steps[best[start]].from;
    for (std::size_t c = start; best[c] != npos; c = component[at]) {
      const DependencyStep& s = index.steps[best[c]];
      if (at != s.from) {
        auto inside = path_inside(index, component, at, s.from);
        chain.steps.insert(chain.steps.end(), inside.begin(), inside.end());
      }
      chain.steps.push_back(s);
      at = s.to;
    }
    chains.push_back(std::move(chain));
  }
  std::stable_sort(chains.begin(), chains.end(),
                   [](const Chain& a, const Chain& b) { return a.steps.size() > b.steps.size(); });
  return chains;
}

}  // namespace

ChainsReport analyse_chains(const Corpus& corpus, const Graph& graph,
                            const ChainsOptions& options) {
  ChainsReport report;
  DependencyIndex index = index_dependencies(corpus, graph, options.types);
  report.documents = index.documents();
  report.steps = index.steps.size();

  std::vector<std::pair<std::size_t, std::size_t>> edges;
  edges.reserve(index.steps.size());
  for (const auto& s : index.steps) edges.emplace_back(s.from, s.to);
  Condensation cond = condense(index.documents(), edges);
  std::vector<std::size_t> size(cond.count, 0);
  for (std::size_t c : cond.component) ++size[c];
  report.tangles = static_cast<std::size_t>(
      std::count_if(size.begin(), size.end(), [](std::size_t n) { return n > 1; }));

  report.longest = longest_chains(corpus, index, cond, options.longest);

  std::vector<std::size_t> all = count_dependents(index, cond);
  PageRank rank = pagerank(index, options.damping);
  report.pagerank_iterations = rank.iterations;
  std::vector<Dependents> ranked;
  for (std::size_t d = 0; d < index.documents(); ++d)
    if (all[d] > 0) ranked.push_back({d, index.downstream(d).size(), all[d], rank.score[d]});
  auto key = [&](const Dependents& x) {
    return options.rank_by == RankBy::dependents ? std::make_tuple(x.all, x.pagerank)
                                                 : std::make_tuple(0ul, x.pagerank);
  };
  auto better = [&](const Dependents& a, const Dependents& b) {
    auto ka = key(a), kb = key(b);
    if (ka != kb) return ka > kb;
    if (a.all != b.all) return a.all > b.all;
    return natural_less(corpus.documents[a.document].id, corpus.documents[b.document].id);
  };
  std::size_t top = std::min(options.top, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(top), ranked.end(),
                    better);
  ranked.resize(top);
  report.most_depended_on = std::move(ranked);

  report.cycles = graph.cycles(is_acyclic);
  return report;
}

}  // namespace stdgraph
