// DOT for Graphviz: every attribute as a quoted DOT attribute (arrays and objects as
// JSON text); `label` is the item's id on nodes and the relation on edges.
#include "export_graph.h"
#include "stdgraph/escape.h"

namespace stdgraph::render {

void write_dot(std::ostream& out, const ExportGraph& g) {
  auto attributes = [&](const nlohmann::ordered_json& a) {
    std::string text;
    for (const auto& [name, value] : a.items()) {
      if (!text.empty()) text += ", ";
      text += name + "=" + dot_quoted(as_text(value));
    }
    return text;
  };
  out << "digraph stdgraph {\n";
  for (const auto& n : g.nodes)
    out << "  " << dot_quoted(n.id) << " [" << attributes(n.attributes) << "];\n";
  for (const auto& e : g.edges)
    out << "  " << dot_quoted(g.nodes[e.from].id) << " -> " << dot_quoted(g.nodes[e.to].id) << " ["
        << attributes(e.attributes) << "];\n";
  out << "}\n";
}

}  // namespace stdgraph::render
