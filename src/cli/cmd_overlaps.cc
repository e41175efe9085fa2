// stdgraph overlaps: which items of the programme cover the same ground?
#include <iostream>

#include "context.h"
#include "stdgraph/render/match.h"
#include "timing.h"

namespace stdgraph::cli {

void add_overlaps(CLI::App& app, GlobalOptions& options, int& exit_code) {
  CLI::App* cmd = app.add_subcommand(
      "overlaps", "Pairs and clusters of items whose subjects overlap, most similar first");
  static OverlapReport report;
  static std::size_t top = 0;
  cmd->add_option("--min-score", report.options.min_score, "Smallest score to report (0 to 1)")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->add_option("--top", top, "List at most this many pairs (0: all)")->capture_default_str();
  cmd->add_option("--per-item", report.options.per_item,
                  "Keep each item's nearest N pairs (0: every pair above --min-score)")
      ->capture_default_str();
  cmd->add_flag("--across-groups", report.options.across_groups,
                "Only pairs from two different groups");
  cmd->add_flag("--all-editions", report.options.all_editions,
                "Compare old editions too (default: each work's newest edition)");
  cmd->add_option("--group", report.options.group,
                  "Only pairs with an item of this group or Question");
  cmd->add_flag("--show-tied", report.show_tied,
                "Also list pairs already related (editions, supplements, ...) in text output");
  add_format_option(*cmd, options, {"text", "json", "csv"});
  cmd->callback([&options, &exit_code] {
    (void)exit_code;
    Loaded& data = load(options, true);
    MatchIndex& index = data.match_index(options);
    Timing timing;
    report.options.top = top;
    report.result = index.overlaps(report.options);
    timing.lap("overlaps");
    if (options.format == "json")
      write_json(std::cout, data.corpus, report);
    else if (options.format == "csv")
      write_csv(std::cout, data.corpus, report);
    else
      write_text(std::cout, data.corpus, report);
    std::cout.flush();
    timing.lap("output");
  });
}

}  // namespace stdgraph::cli
