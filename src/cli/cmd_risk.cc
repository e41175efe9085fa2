// stdgraph risk: drafts hanging on unapproved work; references to texts no longer in force.
#include <iostream>

#include "deps_cli.h"
#include "stdgraph/analysis/risk.h"

namespace stdgraph::cli {
namespace {

class Risk final : public Command {
 public:
  CLI::App* add(CLI::App& app, GlobalOptions& global) override {
    CLI::App* cmd = app.add_subcommand(
        "risk", "Drafts that rest on unapproved work; references to withdrawn texts");
    add_types_option(*cmd, types_);
    add_format_option(*cmd, global, kStepsFormats);
    return cmd;
  }

  int run(const GlobalOptions& global) override {
    RiskOptions risk{chosen_types(types_)};
    Loaded& data = load(global, false);
    Timing timing;
    const Graph& graph = data.graph();
    timing.lap("graph");
    RiskReport report = find_risks(data.corpus, graph, risk);
    timing.lap("risk");
    write_steps(std::cout, global.format, data.corpus, report, risk);
    return kOk;
  }

 private:
  std::vector<std::string> types_;
};

}  // namespace

std::unique_ptr<Command> make_risk() {
  return std::make_unique<Risk>();
}

}  // namespace stdgraph::cli
