// stdgraph chains: the longest chains, the most depended-on items, loops.
#include <iostream>

#include "context.h"
#include "deps_cli.h"
#include "stdgraph/analysis/chains.h"
#include "stdgraph/render/deps.h"

namespace stdgraph::cli {

void add_chains(CLI::App& app, GlobalOptions& options, int& exit_code) {
  CLI::App* cmd =
      app.add_subcommand("chains", "Longest dependency chains, most depended-on items, loops");
  static ChainsOptions chains;
  static std::string rank_by = "dependents";
  static std::vector<std::string> types;
  cmd->add_option("--longest", chains.longest, "Chains to list")->capture_default_str();
  cmd->add_option("--top", chains.top, "Most depended-on items to list")->capture_default_str();
  cmd->add_option("--rank-by", rank_by, "Order of the most depended-on items")
      ->check(CLI::IsMember({"dependents", "pagerank"}))
      ->capture_default_str();
  add_types_option(*cmd, types);
  add_format_option(*cmd, options, {"text", "json", "csv"});
  cmd->callback([&options, &exit_code] {
    auto chosen = chosen_types(types, exit_code);
    if (!chosen) return;
    chains.types = *chosen;
    chains.rank_by = rank_by == "pagerank" ? RankBy::pagerank : RankBy::dependents;
    Loaded& data = load(options, false);
    Timing timing;
    const Graph& graph = data.graph();
    timing.lap("graph");
    ChainsReport report = analyse_chains(data.corpus, graph, chains);
    timing.lap("chains");
    if (options.format == "json")
      std::cout << json_text(to_json(data.corpus, report, chains)) << '\n';
    else if (options.format == "csv")
      write_csv(std::cout, data.corpus, report);
    else
      write_text(std::cout, data.corpus, report, chains);
    exit_code = kOk;
  });
}

}  // namespace stdgraph::cli
