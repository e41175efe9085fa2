// stdgraph deps NAME: what an item rests on, as an indented tree.
#include <iostream>

#include "command.h"
#include "deps_cli.h"
#include "stdgraph/render/deps.h"

namespace stdgraph::cli {
namespace {

class Deps final : public Command {
 public:
  CLI::App* add(CLI::App& app, GlobalOptions& global) override {
    CLI::App* cmd =
        app.add_subcommand("deps", "What an item rests on: references, bases, editions, ...");
    cmd->add_option("name", name_,
                    "Any name of the item (a work's bare number: its newest edition)")
        ->required();
    cmd->add_option("--depth", depth_, "Steps to follow (0: to the end of every chain)")
        ->capture_default_str();
    add_types_option(*cmd, types_);
    add_format_option(*cmd, global, {"text", "json", "csv"});
    return cmd;
  }

  int run(const GlobalOptions& global) override {
    DependencyTypes types = chosen_types(types_);
    Loaded& data = load(global, false);
    std::size_t item = find_item(data.corpus, name_);
    Timing timing;
    const Graph& graph = data.graph();
    timing.lap("graph");
    DependencyTree tree = dependencies(data.corpus, graph, item, Direction::upstream,
                                       DependencyOptions{depth_, types});
    timing.lap("deps");
    const Corpus& corpus = data.corpus;
    write_as(std::cout, global.format,
             {{"json", [&](std::ostream& out) { out << json_text(to_json(corpus, tree)) << '\n'; }},
              {"csv", [&](std::ostream& out) { write_csv(out, corpus, tree); }},
              {"text", [&](std::ostream& out) { write_text(out, corpus, tree); }}});
    return kOk;
  }

 private:
  std::string name_;
  std::size_t depth_ = 0;
  std::vector<std::string> types_;
};

}  // namespace

std::unique_ptr<Command> make_deps() {
  return std::make_unique<Deps>();
}

}  // namespace stdgraph::cli
