// stdgraph export: the graph (or a selection) as GraphML, node-link JSON or DOT.
#include <iostream>

#include "context.h"
#include "deps_cli.h"
#include "output.h"
#include "stdgraph/render/export.h"

namespace stdgraph::cli {

namespace {

class Export final : public Command {
 public:
  CLI::App* add(CLI::App& app, GlobalOptions& global) override {
    CLI::App* cmd = app.add_subcommand(
        "export", "The graph for Gephi, yEd, NetworkX, Neo4j or Graphviz (every attribute)");
    cmd->add_option("--select", selectors_,
                    "Keep only: NAME (the item and its chains both ways), group:ID, kind:KIND, "
                    "status:STATUS; repeat to add");
    cmd->add_option("-o,--output", output_,
                    "Write to this file (whole or not at all; - for stdout), not stdout");
    add_types_option(*cmd, types_);
    add_format_option(*cmd, global, {"graphml", "json", "dot"});
    return cmd;
  }

  int run(const GlobalOptions& global) override {
    // The global default is "text", which export does not write: GraphML then.
    auto format = parse_export_format(global.format == "text" ? "graphml" : global.format);
    DependencyTypes types = chosen_types(types_);
    if (!format) return kOk;
    Loaded& data = load(global, false);
    Timing timing;
    const Graph& graph = data.graph();
    timing.lap("graph");
    std::string error;
    auto selection = select_for_export(data.corpus, graph, selectors_, types, &error);
    if (!selection) throw Failure(kUsage, error);
    const std::string text = export_graph(*format, data.corpus, graph, *selection);
    timing.lap("export");
    return write_document(global, data, output_, {text});
  }

 private:
  std::vector<std::string> selectors_;
  std::vector<std::string> types_;
  std::string output_;
};

}  // namespace

std::unique_ptr<Command> make_export() {
  return std::make_unique<Export>();
}

}  // namespace stdgraph::cli
