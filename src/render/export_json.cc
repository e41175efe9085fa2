// Node-link JSON, the shape of NetworkX's node_link_data (and D3's force layouts):
// {"directed", "multigraph", "graph", "nodes": [{"id", ...}], "links": [{"source",
// "target", "key", ...}]}.
#include "export_graph.h"

namespace stdgraph::render {

void write_node_link_json(std::ostream& out, const ExportGraph& g) {
  using json = nlohmann::ordered_json;
  json nodes = json::array(), links = json::array();
  for (const auto& n : g.nodes) {
    json node = {{"id", n.id}};
    node.update(n.attributes);
    nodes.push_back(std::move(node));
  }
  for (std::size_t i = 0; i < g.edges.size(); ++i) {
    const auto& e = g.edges[i];
    json link = {{"source", g.nodes[e.from].id}, {"target", g.nodes[e.to].id}, {"key", i}};
    link.update(e.attributes);
    links.push_back(std::move(link));
  }
  json doc = {{"directed", true},
              {"multigraph", true},
              {"graph", {{"name", "stdgraph"}}},
              {"nodes", std::move(nodes)},
              {"links", std::move(links)}};
  out << doc.dump(1, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace stdgraph::render
