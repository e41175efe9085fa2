// `stdgraph export`: one entry for the three formats.
#include "export_graph.h"
#include "stdgraph/render_export.h"

namespace stdgraph {
std::optional<ExportFormat> parse_export_format(std::string_view name) {
  if (name == "graphml") return ExportFormat::graphml;
  if (name == "json") return ExportFormat::json;
  if (name == "dot") return ExportFormat::dot;
  return std::nullopt;
}

void write_export(std::ostream& out, ExportFormat format, const Corpus& corpus, const Graph& graph,
                  const ExportSelection& selection) {
  render::ExportGraph g = render::export_graph(corpus, graph, selection);
  switch (format) {
    case ExportFormat::graphml:
      render::write_graphml(out, g);
      break;
    case ExportFormat::json:
      render::write_node_link_json(out, g);
      break;
    case ExportFormat::dot:
      render::write_dot(out, g);
      break;
  }
}

}  // namespace stdgraph
