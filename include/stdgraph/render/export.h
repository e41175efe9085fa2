// The graph for other tools: GraphML (Gephi, yEd, NetworkX, Neo4j), node-link JSON
// (NetworkX node_link_graph, D3) and DOT (Graphviz), each with every attribute of every
// node and edge. docs/deps.md lists the attributes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "stdgraph/analysis/export.h"
#include "stdgraph/graph/graph.h"
#include "stdgraph/model/corpus.h"

namespace stdgraph {

enum class ExportFormat : std::uint8_t { graphml, json, dot };
std::optional<ExportFormat> parse_export_format(std::string_view name);

// The whole export as one text, for stdout or write_file_atomically.
std::string export_graph(ExportFormat format, const Corpus& corpus, const Graph& graph,
                         const ExportSelection& selection);

}  // namespace stdgraph
