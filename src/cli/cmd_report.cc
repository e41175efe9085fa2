// stdgraph report: one self-contained HTML page with the data's date and sources, the
// roadmap, the gap matrices, the overlap and duplicate findings, the risk list and a
// sortable, filterable item table. Each section is the result of the analysis behind its
// own command (roadmap, gaps, overlaps, risk), narrowed to the selection.
#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <set>

#include <fmt/format.h>

#include "context.h"
#include "gaps_cli.h"
#include "output.h"
#include "roadmap_args.h"
#include "stdgraph/analysis/gaps.h"
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
bool gap_matrices(const GlobalOptions& options, Loaded& data, const RoadmapSelection& selection,
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
    std::optional<Taxonomy> taxonomy = read_taxonomy(options, name, analyzer, data.corpus);
    reports.push_back(gap_report(data.corpus, analyzer, *taxonomy, gap_options));
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
  return true;
}

// The risks of the selected items: drafts among them and the references they make.
RiskReport selected_risks(const Corpus& corpus, const Graph& graph,
                          const std::vector<std::size_t>& selected) {
  RiskReport all = find_risks(corpus, graph, RiskOptions{});
  std::vector<bool> chosen(corpus.documents.size(), false);
  for (std::size_t d : selected) chosen[d] = true;
  RiskReport out;
  for (std::size_t d : selected) {
    auto status = corpus.documents[d].status();
    out.drafts += status && is_pending(*status);
  }
  for (auto& r : all.at_risk)
    if (chosen[r.draft]) out.at_risk.push_back(std::move(r));
  for (auto& s : all.stale)
    if (chosen[s.step.from]) out.stale.push_back(std::move(s));
  return out;
}

}  // namespace

void add_report(CLI::App& app, GlobalOptions& options, int& exit_code) {
  CLI::App* cmd = app.add_subcommand(
      "report",
      "Write one self-contained HTML report: sources, roadmap, gaps, overlaps, risks, all items");
  static RoadmapArgs args;
  static std::string layout = "timeline";
  static std::string output;
  static bool no_overlaps = false, no_gaps = false, no_risk = false;
  add_selection_options(*cmd, args);
  cmd->add_option("--taxonomy", args.taxonomies,
                  "Gap matrices of these taxonomies, and where --topic is looked up (files or "
                  "shipped names; default: every shipped taxonomy)");
  cmd->add_option("--layout", layout, "The roadmap's layout")
      ->check(CLI::IsMember({"timeline", "relations"}))
      ->capture_default_str();
  cmd->add_flag("--no-gaps", no_gaps, "Leave out the gap matrices");
  cmd->add_flag("--no-overlaps", no_overlaps, "Leave out the overlap and duplicate findings");
  cmd->add_flag("--no-risk", no_risk, "Leave out the risk list");
  cmd->add_option("-o,--output", output, "The HTML file to write")->required();
  add_format_option(*cmd, options, {"text"});
  cmd->callback([&options, &exit_code] {
    if (std::string problem = resolve_selection(args); !problem.empty()) {
      complain(problem);
      exit_code = kUsage;
      return;
    }
    Loaded& data = load(options, false);
    const std::vector<std::string> groups = args.options.selection.groups;  // as given
    if (!select_topics(options, data, args, exit_code)) return;
    RoadmapModel model = build_roadmap(data.corpus, data.graph(), args.options);
    if (!model.problems.empty()) {
      for (const auto& p : model.problems) complain(p);
      exit_code = kUsage;
      return;
    }
    ReportInput in;
    std::vector<GapReport> gaps;
    if (!no_gaps) {
      if (!gap_matrices(options, data, args.options.selection, groups, args.taxonomies, gaps,
                        in.gaps_note))
        return;
      in.gaps = &gaps;
    }
    in.selection = describe_selection(args);
    in.title = "stdgraph report: " + in.selection;
    in.generated = today();
    in.corpus = &data.corpus;
    in.sources = {compute_stats(data.corpus), newest_event(data.corpus), provenance(data.corpus)};
    in.items = model.selected;

    GraphvizOptions render_options;
    render_options.layout =
        layout == "relations" ? RoadmapLayout::relations : RoadmapLayout::timeline;
    render_options.format = "svg";
    render_options.link_prefix = "#row-";
    GraphvizResult drawn = render_roadmap(model, render_options);
    in.roadmap = {&model, drawn.data, drawn.error, drawn.engine};

    OverlapResult overlaps;
    if (!no_overlaps) {
      OverlapOptions o;
      if (groups.size() == 1) o.group = groups[0];
      overlaps = data.match_index(options).overlaps(o);
      std::set<std::size_t> chosen(model.selected.begin(), model.selected.end());
      std::erase_if(overlaps.pairs,
                    [&](const OverlapPair& p) { return !chosen.count(p.a) && !chosen.count(p.b); });
      std::erase_if(overlaps.clusters, [&](const std::vector<std::size_t>& c) {
        return std::none_of(c.begin(), c.end(), [&](std::size_t d) { return chosen.count(d); });
      });
      in.overlaps = &overlaps;
    }

    RiskReport risk;
    if (!no_risk) {
      risk = selected_risks(data.corpus, data.graph(), model.selected);
      in.risk = &risk;
    }

    std::string html = render_report_html(in);
    if (int written = write_document(options, data, output, {html}, args.taxonomies);
        written != kOk) {
      exit_code = written;
      return;
    }
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
    (output == "-" ? std::cerr : std::cout) << fmt::format(
        "wrote {}: {} ({} KB)\n", output, fmt::join(parts, ", "), html.size() / 1024);
    if (!drawn.error.empty())
      std::cerr << "stdgraph: no roadmap in the report: " << drawn.error << '\n';
    exit_code = kOk;
  });
}

}  // namespace stdgraph::cli
