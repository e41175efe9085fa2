// Node-link JSON, the shape of NetworkX's node_link_data (and D3's force layouts):
// {"directed", "multigraph", "graph", "nodes": [{"id", ...}], "links": [{"source",
// "target", "key", ...}]}, written as it goes; then the liaisons and meetings that touch the
// kept nodes ("liaisons": [...], "meetings": [...]), which node-link readers pass over.
#include <fmt/format.h>

#include "export_graph.h"
#include "stdgraph/util/escape.h"

namespace stdgraph::render {
namespace {

void members(std::string& out, std::span<const Attr> attrs) {
  for (const Attr& a : attrs) {
    out += ", ";
    append_json_quoted(out, a.name);
    out += ": ";
    switch (a.type) {
      case AttrType::integer:
        out += std::to_string(a.number);
        break;
      case AttrType::boolean:
        out += a.flag ? "true" : "false";
        break;
      case AttrType::json:
        out += a.text;  // already JSON
        break;
      case AttrType::string:
        append_json_quoted(out, a.text);
        break;
    }
  }
}

}  // namespace

void write_node_link_json(std::string& out, const ExportWalk& walk) {
  out += "{\"directed\": true, \"multigraph\": true, \"graph\": {\"name\": \"stdgraph\"},\n";
  out += "\"nodes\": [";
  std::vector<std::string> ids(walk.graph.node_count());
  bool first = true;
  walk.nodes([&](std::size_t node, std::span<const Attr> attrs) {
    ids[node] = json_quoted(walk.node_id(node));
    out += first ? "\n" : ",\n";
    first = false;
    out += " {\"id\": " + ids[node];
    members(out, attrs);
    out += "}";
  });
  out += "\n],\n\"links\": [";
  first = true;
  walk.edges(
      [&](std::size_t from, std::size_t to, std::size_t number, std::span<const Attr> attrs) {
        out += first ? "\n" : ",\n";
        first = false;
        out += " {\"source\": " + ids[from] + ", \"target\": " + ids[to] +
               ", \"key\": " + std::to_string(number);
        members(out, attrs);
        out += "}";
      });
  out += "\n],\n";
  for (const char* part : {"liaisons", "meetings"}) {
    out += fmt::format("\"{}\": [", part);
    first = true;
    auto line = [&](std::string_view record) {
      out += first ? "\n " : ",\n ";
      first = false;
      out += record;
    };
    if (std::string_view(part) == "liaisons")
      walk.liaisons(line);
    else
      walk.meetings(line);
    out += first ? "]" : "\n]";
    out += std::string_view(part) == "liaisons" ? ",\n" : "}\n";
  }
}

}  // namespace stdgraph::render
