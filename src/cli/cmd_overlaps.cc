// stdgraph overlaps: which items of the programme cover the same ground?
#include <iostream>

#include "command.h"
#include "stdgraph/render/match.h"
#include "timing.h"

namespace stdgraph::cli {
namespace {

class Overlaps final : public Command {
 public:
  CLI::App* add(CLI::App& app, GlobalOptions& global) override {
    CLI::App* cmd = app.add_subcommand(
        "overlaps", "Pairs and clusters of items whose subjects overlap, most similar first");
    OverlapOptions& o = report_.options;
    cmd->add_option("--min-score", o.min_score, "Smallest score to report (0 to 1)")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    cmd->add_option("--top", top_, "List at most this many pairs (0: all)")->capture_default_str();
    cmd->add_option("--per-item", o.per_item,
                    "Keep each item's nearest N pairs (0: every pair above --min-score)")
        ->capture_default_str();
    cmd->add_flag("--across-groups", o.across_groups, "Only pairs from two different groups");
    cmd->add_flag("--all-editions", o.all_editions,
                  "Compare old editions too (default: each work's newest edition)");
    cmd->add_option("--group", o.group, "Only pairs with an item of this group or Question");
    cmd->add_option("--body", o.bodies,
                    "Only pairs with an item of these bodies (comma-separated: ITU-T,ETSI,...)")
        ->delimiter(',');
    cmd->add_flag("--across-bodies", o.across_bodies,
                  "Only pairs of two bodies (with --body ITU-T: ITU-T's items beside others')");
    cmd->add_flag("--show-tied", report_.show_tied,
                  "Also list pairs already related (editions, supplements, ...) in text output");
    add_format_option(*cmd, global, {"text", "json", "csv"});
    return cmd;
  }

  int run(const GlobalOptions& global) override {
    Loaded& data = load(global, true);
    MatchIndex& index = data.match_index(global);
    require_bodies(index, report_.options.bodies);
    Timing timing;
    report_.options.top = top_;
    report_.result = index.overlaps(report_.options);
    timing.lap("overlaps");
    const Corpus& corpus = data.corpus;
    write_as(std::cout, global.format,
             {{"json", [&](std::ostream& out) { write_json(out, corpus, report_); }},
              {"csv", [&](std::ostream& out) { write_csv(out, corpus, report_); }},
              {"text", [&](std::ostream& out) { write_text(out, corpus, report_); }}});
    std::cout.flush();
    timing.lap("output");
    return kOk;
  }

 private:
  OverlapReport report_;
  std::size_t top_ = 0;
};

}  // namespace

std::unique_ptr<Command> make_overlaps() {
  return std::make_unique<Overlaps>();
}

}  // namespace stdgraph::cli
