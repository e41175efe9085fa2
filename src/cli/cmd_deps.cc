// stdgraph deps NAME: what an item rests on, as an indented tree.
#include <iostream>

#include "context.h"
#include "deps_cli.h"
#include "stdgraph/render/deps.h"

namespace stdgraph::cli {

void add_deps(CLI::App& app, GlobalOptions& options, int& exit_code) {
  CLI::App* cmd =
      app.add_subcommand("deps", "What an item rests on: references, bases, editions, ...");
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
    DependencyTree tree = dependencies(data.corpus, graph, item, Direction::upstream,
                                       DependencyOptions{depth, *chosen});
    timing.lap("deps");
    if (options.format == "json")
      std::cout << json_text(to_json(data.corpus, tree)) << '\n';
    else if (options.format == "csv")
      write_csv(std::cout, data.corpus, tree);
    else
      write_text(std::cout, data.corpus, tree);
    exit_code = kOk;
  });
}

}  // namespace stdgraph::cli
