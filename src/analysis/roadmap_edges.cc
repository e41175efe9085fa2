// A roadmap's edges: relations between nodes, merged, and those a longer path implies
// dropped.
#include <map>
#include <tuple>

#include "stdgraph/analysis/roadmap_steps.h"

namespace stdgraph {

void connect_nodes(const Graph& graph, const std::vector<std::size_t>& selected,
                   const std::vector<std::size_t>& node_of, bool all_edges, RoadmapModel& model) {
  const std::size_t documents = node_of.size();
  std::map<std::tuple<std::size_t, std::size_t, RelationType>, std::size_t> edge_index;
  for (std::size_t d : selected)
    for (const Edge& e : graph.out_edges(d)) {
      if (e.kind != EdgeKind::relation || e.to >= documents || node_of[e.to] == npos) continue;
      ++model.relations;
      std::size_t from = node_of[e.from], to = node_of[e.to];
      if (from == to) {
        ++model.edition_edges;
        continue;
      }
      if (is_symmetric(e.type) && from > to) std::swap(from, to);
      auto [it, fresh] = edge_index.try_emplace({from, to, e.type}, model.edges.size());
      if (fresh) {
        model.edges.push_back({from, to, e.type, 1});
      } else {
        ++model.edges[it->second].count;
        ++model.duplicate_edges;
      }
    }
  if (all_edges) return;
  // Symmetric relations (common text, same item) have no direction: they imply nothing and
  // are never implied.
  std::vector<std::pair<std::size_t, std::size_t>> directed;
  std::vector<std::size_t> which;
  for (std::size_t e = 0; e < model.edges.size(); ++e)
    if (!is_symmetric(model.edges[e].type)) {
      directed.emplace_back(model.edges[e].from, model.edges[e].to);
      which.push_back(e);
    }
  std::vector<bool> implied = transitive_edges(model.nodes.size(), directed);
  std::vector<bool> drop(model.edges.size(), false);
  for (std::size_t i = 0; i < which.size(); ++i) drop[which[i]] = implied[i];
  std::vector<RoadmapEdge> kept;
  for (std::size_t e = 0; e < model.edges.size(); ++e)
    if (drop[e])
      ++model.transitive_edges;
    else
      kept.push_back(model.edges[e]);
  model.edges = std::move(kept);
}

}  // namespace stdgraph
