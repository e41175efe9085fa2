// `stdgraph export`: one entry for the three formats.
#include "stdgraph/render/export.h"
#include "export_graph.h"

namespace stdgraph {

std::optional<ExportFormat> parse_export_format(std::string_view name) {
  if (name == "graphml") return ExportFormat::graphml;
  if (name == "json") return ExportFormat::json;
  if (name == "dot") return ExportFormat::dot;
  return std::nullopt;
}

std::string export_graph(ExportFormat format, const Corpus& corpus, const Graph& graph,
                         const ExportSelection& selection) {
  render::ExportWalk walk{corpus, graph, selection};
  std::string out;
  switch (format) {
    case ExportFormat::graphml:
      render::write_graphml(out, walk);
      break;
    case ExportFormat::json:
      render::write_node_link_json(out, walk);
      break;
    case ExportFormat::dot:
      render::write_dot(out, walk);
      break;
  }
  return out;
}

}  // namespace stdgraph
