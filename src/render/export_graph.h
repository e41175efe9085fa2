// The nodes and edges an export writes, each with its attributes, built once for the
// three formats so that they carry the same data.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "stdgraph/corpus.h"
#include "stdgraph/export.h"
#include "stdgraph/graph.h"

namespace stdgraph::render {

struct ExportNode {
  std::string id;                     // the document's id, or "group:" + the group's id
  nlohmann::ordered_json attributes;  // name -> string, integer, boolean, array or object
};

struct ExportEdge {
  std::size_t from = 0;  // indices in ExportGraph::nodes
  std::size_t to = 0;
  nlohmann::ordered_json attributes;
};

struct ExportGraph {
  std::vector<ExportNode> nodes;
  std::vector<ExportEdge> edges;
};

ExportGraph export_graph(const Corpus& corpus, const Graph& graph,
                         const ExportSelection& selection);

// The three writers.
void write_graphml(std::ostream& out, const ExportGraph& g);
void write_node_link_json(std::ostream& out, const ExportGraph& g);
void write_dot(std::ostream& out, const ExportGraph& g);

// JSON text for attribute values that GraphML and DOT cannot hold (arrays, objects).
std::string as_text(const nlohmann::ordered_json& value);

}  // namespace stdgraph::render
