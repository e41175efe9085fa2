// stdgraph impact NAME: what rests on an item, grouped by group and Question.
#include <iostream>

#include "context.h"
#include "deps_cli.h"
#include "stdgraph/render/deps.h"

namespace stdgraph::cli {

void add_impact(CLI::App& app, GlobalOptions& options, int& exit_code) {
  CLI::App* cmd =
      app.add_subcommand("impact", "What a change to an item touches, by group and Question");
  static std::string name;
  static std::size_t depth = 0;
  static std::vector<std::string> types;
  cmd->add_option("name", name, "Any name of the item (a work's bare number: its newest edition)")
      ->required();
  cmd->add_option("--depth", depth, "Steps to follow (0: to the end of every chain)")
      ->capture_default_str();
  add_types_option(*cmd, types);
  add_format_option(*cmd, options, {"text", "json", "csv"});
  cmd->callback([&options, &exit_code] {
    auto chosen = chosen_types(types, exit_code);
    if (!chosen) return;
    Loaded& data = load(options, false);
    std::size_t item = find_item(data.corpus, name, exit_code);
    if (item == npos) return;
    Timing timing;
    const Graph& graph = data.graph();
    timing.lap("graph");
    ImpactReport report = impact(data.corpus, graph, item, DependencyOptions{depth, *chosen});
    timing.lap("impact");
    if (options.format == "json")
      std::cout << json_text(to_json(data.corpus, report)) << '\n';
    else if (options.format == "csv")
      write_csv(std::cout, data.corpus, report);
    else
      write_text(std::cout, data.corpus, report);
    exit_code = kOk;
  });
}

}  // namespace stdgraph::cli
