// stdgraph risk: drafts hanging on unapproved work; references to texts no longer in force.
#include <iostream>

#include "context.h"
#include "deps_cli.h"
#include "stdgraph/analysis/risk.h"
#include "stdgraph/render/deps.h"

namespace stdgraph::cli {

void add_risk(CLI::App& app, GlobalOptions& options, int& exit_code) {
  CLI::App* cmd = app.add_subcommand(
      "risk", "Drafts that rest on unapproved work; references to withdrawn texts");
  static std::vector<std::string> types;
  add_types_option(*cmd, types);
  add_format_option(*cmd, options, {"text", "json", "csv"});
  cmd->callback([&options, &exit_code] {
    auto chosen = chosen_types(types, exit_code);
    if (!chosen) return;
    RiskOptions risk{*chosen};
    Loaded& data = load(options, false);
    Timing timing;
    const Graph& graph = data.graph();
    timing.lap("graph");
    RiskReport report = find_risks(data.corpus, graph, risk);
    timing.lap("risk");
    if (options.format == "json")
      std::cout << json_text(to_json(data.corpus, report, risk)) << '\n';
    else if (options.format == "csv")
      write_csv(std::cout, data.corpus, report);
    else
      write_text(std::cout, data.corpus, report, risk);
    exit_code = kOk;
  });
}

}  // namespace stdgraph::cli
