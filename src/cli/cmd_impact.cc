// stdgraph impact NAME: what rests on an item, grouped by group and Question.
#include <iostream>

#include "command.h"
#include "deps_cli.h"
#include "stdgraph/render/deps.h"

namespace stdgraph::cli {
namespace {

class Impact final : public Command {
 public:
  CLI::App* add(CLI::App& app, GlobalOptions& global) override {
    CLI::App* cmd =
        app.add_subcommand("impact", "What a change to an item touches, by group and Question");
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
    ImpactReport report = impact(data.corpus, graph, item, DependencyOptions{depth_, types});
    timing.lap("impact");
    const Corpus& corpus = data.corpus;
    write_as(
        std::cout, global.format,
        {{"json", [&](std::ostream& out) { out << json_text(to_json(corpus, report)) << '\n'; }},
         {"csv", [&](std::ostream& out) { write_csv(out, corpus, report); }},
         {"text", [&](std::ostream& out) { write_text(out, corpus, report); }}});
    return kOk;
  }

 private:
  std::string name_;
  std::size_t depth_ = 0;
  std::vector<std::string> types_;
};

}  // namespace

std::unique_ptr<Command> make_impact() {
  return std::make_unique<Impact>();
}

}  // namespace stdgraph::cli
