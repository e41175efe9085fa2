// DOT for Graphviz: every attribute as a quoted DOT attribute (lists and the history as
// JSON text); `label` is the item's id on nodes and the relation on edges.
#include "export_graph.h"
#include "stdgraph/util/escape.h"

namespace stdgraph::render {
namespace {

void attributes(std::string& out, std::span<const Attr> attrs) {
  bool first = true;
  for (const Attr& a : attrs) {
    if (!first) out += ", ";
    first = false;
    out += a.name;  // names are [a-z0-9_]: DOT identifiers as they are
    out += '=';
    switch (a.type) {
      case AttrType::integer:
        out += '"' + std::to_string(a.number) + '"';
        break;
      case AttrType::boolean:
        out += a.flag ? "\"true\"" : "\"false\"";
        break;
      default:
        append_dot_quoted(out, a.text);
    }
  }
}

}  // namespace

void write_dot(std::string& out, const ExportWalk& walk) {
  out += "digraph stdgraph {\n";
  std::vector<std::string> ids(walk.graph.node_count());
  walk.nodes([&](std::size_t node, std::span<const Attr> attrs) {
    ids[node] = dot_quoted(walk.node_id(node));
    out += "  " + ids[node] + " [";
    attributes(out, attrs);
    out += "];\n";
  });
  // An edge's `label` attribute (its relation, or responsible / parent) names it on a
  // drawing: written once, with the others.
  walk.edges([&](std::size_t from, std::size_t to, std::size_t, std::span<const Attr> attrs) {
    out += "  " + ids[from] + " -> " + ids[to] + " [";
    attributes(out, attrs);
    out += "];\n";
  });
  out += "}\n";
}

}  // namespace stdgraph::render
