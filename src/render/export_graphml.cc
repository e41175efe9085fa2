// GraphML: a typed <key> per attribute name (string, int, boolean; lists and the history
// as JSON text), then the nodes and edges of one directed graph.
#include <map>

#include <fmt/format.h>

#include "export_graph.h"
#include "stdgraph/util/escape.h"

namespace stdgraph::render {
namespace {

std::string_view graphml_type(AttrType t) {
  switch (t) {
    case AttrType::integer:
      return "int";
    case AttrType::boolean:
      return "boolean";
    default:
      return "string";
  }
}

void data(std::string& out, const std::map<std::string_view, std::string>& keys,
          std::span<const Attr> attrs) {
  for (const Attr& a : attrs) {
    out += "      <data key=\"";
    out += keys.at(a.name);
    out += "\">";
    switch (a.type) {
      case AttrType::integer:
        out += std::to_string(a.number);
        break;
      case AttrType::boolean:
        out += a.flag ? "true" : "false";
        break;
      default:
        append_xml_escaped(out, a.text);
    }
    out += "</data>\n";
  }
}

}  // namespace

void write_graphml(std::string& out, const ExportWalk& walk) {
  out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  std::vector<std::string> titles = node_title_languages(walk.corpus, walk.graph, walk.selection);
  std::map<std::string_view, std::string> node_keys, edge_keys;
  auto declare = [&](auto& keys, const char* prefix, const char* domain, std::string_view name,
                     AttrType type) {
    std::string id = fmt::format("{}{}", prefix, keys.size());
    out += fmt::format("  <key id=\"{}\" for=\"{}\" attr.name=\"{}\" attr.type=\"{}\"/>\n", id,
                       domain, xml_escaped(name), graphml_type(type));
    keys.emplace(name, std::move(id));
  };
  for (const auto& [name, type] : node_attribute_names())
    declare(node_keys, "n", "node", name, type);
  for (const auto& name : titles) declare(node_keys, "n", "node", name, AttrType::string);
  for (const auto& [name, type] : edge_attribute_names())
    declare(edge_keys, "e", "edge", name, type);

  out += "  <graph id=\"stdgraph\" edgedefault=\"directed\">\n";
  std::vector<std::string> ids(walk.graph.node_count());
  walk.nodes([&](std::size_t node, std::span<const Attr> attrs) {
    ids[node] = xml_escaped(walk.node_id(node));
    out += "    <node id=\"" + ids[node] + "\">\n";
    data(out, node_keys, attrs);
    out += "    </node>\n";
  });
  walk.edges(
      [&](std::size_t from, std::size_t to, std::size_t number, std::span<const Attr> attrs) {
        out += "    <edge id=\"e" + std::to_string(number) + "\" source=\"" + ids[from] +
               "\" target=\"" + ids[to] + "\">\n";
        data(out, edge_keys, attrs);
        out += "    </edge>\n";
      });
  out += "  </graph>\n</graphml>\n";
}

}  // namespace stdgraph::render
