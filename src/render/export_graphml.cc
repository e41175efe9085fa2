// GraphML: a <key> per attribute name (typed string, int or boolean; arrays and objects
// as JSON text), then the nodes and edges of one directed graph.
#include <map>

#include <fmt/ostream.h>

#include "export_graph.h"
#include "stdgraph/escape.h"

namespace stdgraph::render {

void write_graphml(std::ostream& out, const ExportGraph& g) {
  using json = nlohmann::ordered_json;
  auto type_of = [](const json& v) -> std::string_view {
    if (v.is_boolean()) return "boolean";
    if (v.is_number_integer()) return "int";
    return "string";
  };
  // Keys in the order first seen; a name seen with two types is a string.
  struct Key {
    std::string id;
    std::string_view type;
  };
  auto collect = [&](auto& keys, auto& order, const json& attributes, char prefix) {
    for (const auto& [name, value] : attributes.items()) {
      auto [it, inserted] =
          keys.try_emplace(name, Key{fmt::format("{}{}", prefix, keys.size()), type_of(value)});
      if (inserted)
        order.push_back(name);
      else if (it->second.type != type_of(value))
        it->second.type = "string";
    }
  };
  std::map<std::string, Key> node_keys, edge_keys;
  std::vector<std::string> node_order, edge_order;
  for (const auto& n : g.nodes) collect(node_keys, node_order, n.attributes, 'n');
  for (const auto& e : g.edges) collect(edge_keys, edge_order, e.attributes, 'e');

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const auto& name : node_order)
    fmt::print(out, "  <key id=\"{}\" for=\"node\" attr.name=\"{}\" attr.type=\"{}\"/>\n",
               node_keys[name].id, xml_escaped(name), node_keys[name].type);
  for (const auto& name : edge_order)
    fmt::print(out, "  <key id=\"{}\" for=\"edge\" attr.name=\"{}\" attr.type=\"{}\"/>\n",
               edge_keys[name].id, xml_escaped(name), edge_keys[name].type);
  out << "  <graph id=\"stdgraph\" edgedefault=\"directed\">\n";
  auto data = [&](const std::map<std::string, Key>& keys, const json& attributes) {
    for (const auto& [name, value] : attributes.items())
      fmt::print(out, "      <data key=\"{}\">{}</data>\n", keys.at(name).id,
                 xml_escaped(as_text(value)));
  };
  for (const auto& n : g.nodes) {
    fmt::print(out, "    <node id=\"{}\">\n", xml_escaped(n.id));
    data(node_keys, n.attributes);
    out << "    </node>\n";
  }
  for (std::size_t i = 0; i < g.edges.size(); ++i) {
    const auto& e = g.edges[i];
    fmt::print(out, "    <edge id=\"e{}\" source=\"{}\" target=\"{}\">\n", i,
               xml_escaped(g.nodes[e.from].id), xml_escaped(g.nodes[e.to].id));
    data(edge_keys, e.attributes);
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace stdgraph::render
