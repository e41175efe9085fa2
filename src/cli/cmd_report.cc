// stdgraph report: one self-contained HTML page with the data's date and sources, the
// roadmap, the overlap and duplicate findings and a sortable, filterable item table.
#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <set>

#include <fmt/format.h>

#include "context.h"
#include "roadmap_args.h"
#include "stdgraph/render_graphviz.h"
#include "stdgraph/report_html.h"
#include "stdgraph/write_file.h"

namespace stdgraph::cli {
namespace {

std::string today() {
  std::time_t now = std::time(nullptr);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", std::gmtime(&now));
  return buf;
}

}  // namespace

void add_report(CLI::App& app, GlobalOptions& options, int& exit_code) {
  CLI::App* cmd = app.add_subcommand(
      "report", "Write one self-contained HTML report: sources, roadmap, overlaps, all items");
  static RoadmapArgs args;
  static std::string layout = "timeline";
  static std::string output;
  static bool no_overlaps = false;
  add_selection_options(*cmd, args);
  cmd->add_option("--layout", layout, "The roadmap's layout")
      ->check(CLI::IsMember({"timeline", "relations"}))
      ->capture_default_str();
  cmd->add_flag("--no-overlaps", no_overlaps, "Leave out the overlap and duplicate findings");
  cmd->add_option("-o,--output", output, "The HTML file to write")->required();
  add_format_option(*cmd, options, {"text"});
  cmd->callback([&options, &exit_code] {
    if (std::string problem = resolve_selection(args); !problem.empty()) {
      std::cerr << "stdgraph: " << problem << '\n';
      exit_code = kUsage;
      return;
    }
    Loaded& data = load(options, false);
    RoadmapModel model = build_roadmap(data.corpus, data.graph(), args.options);
    if (!model.problems.empty()) {
      for (const auto& p : model.problems) std::cerr << "stdgraph: " << p << '\n';
      exit_code = kUsage;
      return;
    }
    ReportInput in;
    in.selection = describe_selection(args);
    in.title = "stdgraph report: " + in.selection;
    in.generated = today();
    in.corpus = &data.corpus;
    in.sources = report_sources(data.corpus);
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
      if (args.options.selection.groups.size() == 1) o.group = args.options.selection.groups[0];
      overlaps = data.match_index(options).overlaps(o);
      std::set<std::size_t> chosen(model.selected.begin(), model.selected.end());
      std::erase_if(overlaps.pairs,
                    [&](const OverlapPair& p) { return !chosen.count(p.a) && !chosen.count(p.b); });
      std::erase_if(overlaps.clusters, [&](const std::vector<std::size_t>& c) {
        return std::none_of(c.begin(), c.end(), [&](std::size_t d) { return chosen.count(d); });
      });
      in.overlaps = &overlaps;
    }

    std::string html = render_report_html(in);
    std::filesystem::path path(output);
    std::error_code ec;
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
    if (std::string failed = write_file_atomically(path, html); !failed.empty()) {
      std::cerr << "stdgraph: " << failed << '\n';
      exit_code = kNoData;
      return;
    }
    std::cout << fmt::format("wrote {}: {} items, roadmap {}, {} overlapping pairs ({} KB)\n",
                             output, model.selected.size(),
                             drawn.error.empty() ? "with " + drawn.engine : "left out",
                             in.overlaps ? overlaps.pairs.size() : 0, html.size() / 1024);
    if (!drawn.error.empty())
      std::cerr << "stdgraph: no roadmap in the report: " << drawn.error << '\n';
    exit_code = kOk;
  });
}

}  // namespace stdgraph::cli
