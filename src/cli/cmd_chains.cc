// stdgraph chains: the longest chains, the most depended-on items, loops.
#include <iostream>

#include "deps_cli.h"
#include "stdgraph/analysis/chains.h"

namespace stdgraph::cli {
namespace {

class Chains final : public Command {
 public:
  CLI::App* add(CLI::App& app, GlobalOptions& global) override {
    CLI::App* cmd =
        app.add_subcommand("chains", "Longest dependency chains, most depended-on items, loops");
    cmd->add_option("--longest", chains_.longest, "Chains to list")->capture_default_str();
    cmd->add_option("--top", chains_.top, "Most depended-on items to list")->capture_default_str();
    cmd->add_option("--rank-by", rank_by_, "Order of the most depended-on items")
        ->check(CLI::IsMember({"dependents", "pagerank"}))
        ->capture_default_str();
    add_types_option(*cmd, types_);
    add_format_option(*cmd, global, kStepsFormats);
    return cmd;
  }

  int run(const GlobalOptions& global) override {
    chains_.types = chosen_types(types_);
    chains_.rank_by = rank_by_ == "pagerank" ? RankBy::pagerank : RankBy::dependents;
    Loaded& data = load(global, false);
    Timing timing;
    const Graph& graph = data.graph();
    timing.lap("graph");
    ChainsReport report = analyse_chains(data.corpus, graph, chains_);
    timing.lap("chains");
    write_steps(std::cout, global.format, data.corpus, report, chains_);
    return kOk;
  }

 private:
  ChainsOptions chains_;
  std::string rank_by_ = "dependents";
  std::vector<std::string> types_;
};

}  // namespace

std::unique_ptr<Command> make_chains() {
  return std::make_unique<Chains>();
}

}  // namespace stdgraph::cli
