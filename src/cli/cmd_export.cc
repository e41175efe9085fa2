// stdgraph export: the graph (or a selection) as GraphML, node-link JSON or DOT.
#include <iostream>

#include "context.h"
#include "deps_cli.h"
#include "output.h"
#include "stdgraph/render/export.h"

namespace stdgraph::cli {

void add_export(CLI::App& app, GlobalOptions& options, int& exit_code) {
  CLI::App* cmd = app.add_subcommand(
      "export", "The graph for Gephi, yEd, NetworkX, Neo4j or Graphviz (every attribute)");
  static std::vector<std::string> selectors;
  static std::vector<std::string> types;
  static std::string output;
  cmd->add_option("--select", selectors,
                  "Keep only: NAME (the item and its chains both ways), group:ID, kind:KIND, "
                  "status:STATUS; repeat to add");
  cmd->add_option("-o,--output", output,
                  "Write to this file (whole or not at all; - for stdout), not stdout");
  add_types_option(*cmd, types);
  add_format_option(*cmd, options, {"graphml", "json", "dot"});
  cmd->callback([&options, &exit_code] {
    // The global default is "text", which export does not write: GraphML then.
    auto format = parse_export_format(options.format == "text" ? "graphml" : options.format);
    DependencyTypes chosen = chosen_types(types);
    if (!format) return;
    Loaded& data = load(options, false);
    Timing timing;
    const Graph& graph = data.graph();
    timing.lap("graph");
    std::string error;
    auto selection = select_for_export(data.corpus, graph, selectors, chosen, &error);
    if (!selection) {
      complain(error);
      exit_code = kUsage;
      return;
    }
    const std::string text = export_graph(*format, data.corpus, graph, *selection);
    timing.lap("export");
    exit_code = write_document(options, data, output, {text});
  });
}

}  // namespace stdgraph::cli
