// Longest chains, most depended-on items and loops (see include/stdgraph/analysis/chains.h).
#include "stdgraph/analysis/chains.h"

#include <algorithm>
#include <tuple>

namespace stdgraph {
namespace {

// The shortest way from `from` to `to` inside one set of the condensation. `via` is
// scratch over every item, all npos, and left so: a search resets what it set, so that a
// chain through many small loops costs their sizes, not the corpus's each.
std::vector<DependencyStep> path_inside(const DependencyIndex& index,
                                        const std::vector<std::size_t>& component, std::size_t from,
                                        std::size_t to, std::vector<std::size_t>& via) {
  std::vector<std::size_t> queue = {from};  // every item reached: the ones to reset
  for (std::size_t head = 0; head < queue.size() && via[to] == npos; ++head) {
    std::size_t v = queue[head];
    for (std::size_t i = index.up_begin[v]; i < index.up_begin[v + 1]; ++i) {
      std::size_t w = index.steps[i].to;
      if (component[w] != component[from] || w == from || via[w] != npos) continue;
      via[w] = i;  // the step reaching it
      queue.push_back(w);
    }
  }
  std::vector<DependencyStep> path;
  for (std::size_t v = to; v != from && via[v] != npos; v = index.steps[via[v]].from)
    path.push_back(index.steps[via[v]]);
  std::reverse(path.begin(), path.end());
  for (std::size_t v : queue) via[v] = npos;
  return path;
}

std::vector<Chain> longest_chains(const Corpus& corpus, const DependencyIndex& index,
                                  const Condensation& cond, std::size_t wanted) {
  const auto& component = cond.component;
  // length[c]: the most steps between sets from set c on; best[c]: the step it starts with.
  std::vector<std::size_t> length(cond.count, 0), best(cond.count, npos);
  // end[c]: the set the longest chain from c ends on (c itself when it rests on nothing).
  std::vector<std::size_t> end(cond.count, npos);
  std::vector<bool> depended_on(cond.count, false);
  // The items of each set: members[first[c] .. first[c + 1]), in item order.
  std::vector<std::size_t> first(cond.count + 1, 0), members(component.size());
  for (std::size_t c : component) ++first[c + 1];
  for (std::size_t c = 0; c < cond.count; ++c) first[c + 1] += first[c];
  {
    std::vector<std::size_t> fill(first.begin(), first.end() - 1);
    for (std::size_t d = 0; d < component.size(); ++d) members[fill[component[d]]++] = d;
  }
  for (auto it = cond.order.rbegin(); it != cond.order.rend(); ++it) {
    std::size_t c = *it;
    for (std::size_t m = first[c]; m < first[c + 1]; ++m) {
      std::size_t d = members[m];
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
    end[c] = best[c] == npos ? c : end[component[index.steps[best[c]].to]];
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
  std::vector<std::size_t> via(index.documents(), npos);
  for (std::size_t start : starts) {
    if (chains.size() == wanted) break;
    if (end_taken[end[start]]) continue;
    end_taken[end[start]] = true;
    Chain chain;
    std::size_t at = index.steps[best[start]].from;
    for (std::size_t c = start; best[c] != npos; c = component[at]) {
      const DependencyStep& s = index.steps[best[c]];
      if (at != s.from) {
        auto inside = path_inside(index, component, at, s.from, via);
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
