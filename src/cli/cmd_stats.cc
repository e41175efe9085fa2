// stdgraph stats: counts by kind, group, Question, status, relation type and source table.
#include <iostream>

#include "command.h"
#include "stdgraph/analysis/stats.h"
#include "stdgraph/render/json.h"
#include "stdgraph/render/text.h"

namespace stdgraph::cli {
namespace {

class StatsCommand final : public Command {
 public:
  CLI::App* add(CLI::App& app, GlobalOptions& global) override {
    CLI::App* cmd = app.add_subcommand("stats", "Count items by kind, group, status, relation");
    add_format_option(*cmd, global, {"text", "json"});
    return cmd;
  }

  int run(const GlobalOptions& global) override {
    Loaded& data = load(global, false);
    Stats stats = compute_stats(data.corpus);
    write_as(std::cout, global.format,
             {{"json", [&](std::ostream& out) { out << json_text(to_json(stats)) << '\n'; }},
              {"text", [&](std::ostream& out) { write_text(out, stats); }}});
    return kOk;
  }
};

}  // namespace

std::unique_ptr<Command> make_stats() {
  return std::make_unique<StatsCommand>();
}

}  // namespace stdgraph::cli
