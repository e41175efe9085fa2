// stdgraph stats: counts by kind, group, Question, status, relation type and source table.
#include <iostream>

#include "context.h"
#include "stdgraph/analysis/stats.h"
#include "stdgraph/render/json.h"
#include "stdgraph/render/text.h"

namespace stdgraph::cli {

void add_stats(CLI::App& app, GlobalOptions& options, int& exit_code) {
  CLI::App* cmd = app.add_subcommand("stats", "Count items by kind, group, status, relation");
  add_format_option(*cmd, options, {"text", "json"});
  cmd->callback([&options, &exit_code] {
    Loaded& data = load(options, false);
    Stats stats = compute_stats(data.corpus);
    if (options.format == "json")
      std::cout << json_text(to_json(stats)) << '\n';
    else
      write_text(std::cout, stats);
    exit_code = kOk;
  });
}

}  // namespace stdgraph::cli
