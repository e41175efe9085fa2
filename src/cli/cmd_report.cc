// stdgraph report: one self-contained HTML page with the data's date and sources, the
// roadmap, the gap matrices, the overlap and duplicate findings, the risk list and a
// sortable, filterable item table. Each section is the result of the analysis behind its
// own command (roadmap, gaps, overlaps, risk), narrowed to the selection.
#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "context.h"
#include "gaps_cli.h"
#include "output.h"
#include "roadmap_args.h"
#include "stdgraph/analysis/gaps.h"
#include "stdgraph/analysis/narrow.h"
#include "stdgraph/analysis/risk.h"
#include "stdgraph/render/graphviz.h"
#include "stdgraph/render/report_html.h"

namespace stdgraph::cli {
namespace {

std::string today() {
  std::time_t now = std::time(nullptr);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", std::gmtime(&now));
  return buf;
}

// The gap matrix of each taxonomy (`names`, or every shipped one), for the selection's
// groups as given (before --topic narrowed them) and the selection's date. A taxonomy that
// cannot be read throws Failure.
void gap_matrices(const GlobalOptions& options, Loaded& data, const RoadmapSelection& selection,
                  const std::vector<std::string>& groups, std::vector<std::string> names,
                  std::vector<GapReport>& reports, std::string& note) {
  if (names.empty())
    for (const auto& p : taxonomy_files(taxonomy_dir(options))) names.push_back(p.string());
  GapOptions gap_options;
  gap_options.as_of = selection.as_of;
  gap_options.groups = groups;
  // SG17's items are security work, as `gaps` has it, in data that has an SG17.
  if (data.corpus.find_group(gap_options.security_group) == npos)
    gap_options.security_group.clear();
  Analyzer analyzer(glossary_for(options));
  for (const std::string& name : names) {
    reports.push_back(gap_report(data.corpus, analyzer,
                                 read_taxonomy(options, name, analyzer, data.corpus), gap_options));
  }
  note = fmt::format(
      "Items of {}, status as of {}{}.",
      gap_options.groups.empty() ? std::string("every group")
                                 : fmt::format("{}", fmt::join(gap_options.groups, ", ")),
      selection.as_of ? selection.as_of->to_string() : "the newest event in the records",
      gap_options.security_group.empty()
          ? ""
          : fmt::format("; items of {} count as security work whatever their titles say",
                        gap_options.security_group));
}

class Report final : public Command {
 public:
  CLI::App* add(CLI::App& app, GlobalOptions& global) override {
    CLI::App* cmd = app.add_subcommand(
        "report",
        "Write one self-contained HTML report: sources, roadmap, gaps, overlaps, risks, all "
        "items");
    add_selection_options(*cmd, args_);
    cmd->add_option("--taxonomy", args_.taxonomies,
                    "Gap matrices of these taxonomies, and where --topic is looked up (files or "
                    "shipped names; default: every shipped taxonomy)");
    cmd->add_option("--layout", layout_, "The roadmap's layout")
        ->check(CLI::IsMember({"timeline", "relations"}))
        ->capture_default_str();
    cmd->add_flag("--no-gaps", no_gaps_, "Leave out the gap matrices");
    cmd->add_flag("--no-overlaps", no_overlaps_, "Leave out the overlap and duplicate findings");
    cmd->add_flag("--no-risk", no_risk_, "Leave out the risk list");
    cmd->add_option("-o,--output", output_, "The HTML file to write")->required();
    add_format_option(*cmd, global, {"text"});
    return cmd;
  }

  int run(const GlobalOptions& global) override {
    resolve_selection(args_);
    Loaded& data = load(global, false);
    const std::vector<std::string> groups = args_.options.selection.groups;  // as given
    select_topics(global, data, args_);
    RoadmapModel model = build_roadmap(data.corpus, data.graph(), args_.options);
    if (!model.problems.empty()) {
      for (const auto& p : model.problems) complain(p);
      return kUsage;
    }
    ReportInput in;
    std::vector<GapReport> gaps;
    if (!no_gaps_) {
      gap_matrices(global, data, args_.options.selection, groups, args_.taxonomies, gaps,
                   in.gaps_note);
      in.gaps = &gaps;
    }
    in.selection = describe_selection(args_);
    in.title = "stdgraph report: " + in.selection;
    in.generated = today();
    in.corpus = &data.corpus;
    in.sources = {compute_stats(data.corpus), newest_event(data.corpus), provenance(data.corpus)};
    in.items = model.selected;

    GraphvizOptions render_options;
    render_options.layout = layout_named(layout_);
    render_options.format = "svg";
    render_options.link_prefix = "#row-";
    GraphvizResult drawn = render_roadmap(model, render_options);
    in.roadmap = {&model, drawn.data, drawn.error, drawn.engine};

    OverlapResult overlaps;
    if (!no_overlaps_) {
      OverlapOptions o;
      if (groups.size() == 1) o.group = groups[0];
      overlaps = narrowed(data.match_index(global).overlaps(o), model.selected);
      in.overlaps = &overlaps;
    }
    RiskReport risk;
    if (!no_risk_) {
      risk = narrowed(data.corpus, find_risks(data.corpus, data.graph(), RiskOptions{}),
                      model.selected);
      in.risk = &risk;
    }

    std::string html = render_report_html(in);
    if (int written = write_document(global, data, output_, {html}, args_.taxonomies);
        written != kOk)
      return written;
    std::vector<std::string> parts = {
        fmt::format("{} items", model.selected.size()),
        drawn.error.empty() ? "roadmap with " + drawn.engine : "no roadmap"};
    if (in.gaps) {
      std::size_t gap_count = 0;
      for (const GapReport& g : gaps) gap_count += g.gaps.size();
      parts.push_back(fmt::format("{} gaps in {} taxonomies", gap_count, gaps.size()));
    }
    if (in.overlaps) parts.push_back(fmt::format("{} overlapping pairs", overlaps.pairs.size()));
    if (in.risk)
      parts.push_back(fmt::format("{} drafts at risk, {} stale references", risk.at_risk.size(),
                                  risk.stale.size()));
    (output_ == "-" ? std::cerr : std::cout) << fmt::format(
        "wrote {}: {} ({} KB)\n", output_, fmt::join(parts, ", "), html.size() / 1024);
    if (!drawn.error.empty())
      std::cerr << "stdgraph: no roadmap in the report: " << drawn.error << '\n';
    return kOk;
  }

 private:
  RoadmapArgs args_;
  std::string layout_ = "timeline";
  std::string output_;
  bool no_overlaps_ = false, no_gaps_ = false, no_risk_ = false;
};

}  // namespace

std::unique_ptr<Command> make_report() {
  return std::make_unique<Report>();
}

}  // namespace stdgraph::cli
