// stdgraph roadmap: a roadmap diagram (timeline or relations) of the chosen items, drawn
// by Graphviz in-process; the format is told by the output's extension.
#include <chrono>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "context.h"
#include "output.h"
#include "roadmap_args.h"
#include "stdgraph/analysis/roadmap.h"
#include "stdgraph/render/graphviz.h"

namespace stdgraph::cli {

void add_roadmap(CLI::App& app, GlobalOptions& options, int& exit_code) {
  CLI::App* cmd = app.add_subcommand(
      "roadmap", "Draw a roadmap of the chosen items (SVG, PNG, PDF or DOT, by -o's extension)");
  static RoadmapArgs args;
  static std::string layout = "timeline";
  static std::string output;
  add_selection_options(*cmd, args);
  cmd->add_option("--taxonomy", args.taxonomies,
                  "Where --topic is looked up (files or shipped names; default: every shipped "
                  "taxonomy)");
  cmd->add_option("--layout", layout,
                  "timeline: time left to right, a lane per group; relations: the graph")
      ->check(CLI::IsMember({"timeline", "relations"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", output,
                  "The file to write: NAME.svg, .png, .pdf or .dot (- for SVG on stdout)")
      ->required();
  add_format_option(*cmd, options, {"text", "json"});
  cmd->callback([&options, &exit_code] {
    // Standard output (-o -) gets SVG; a file, the format its extension names.
    std::string format =
        output == "-" ? ".svg" : std::filesystem::path(output).extension().string();
    if (!format.empty()) format.erase(0, 1);
    for (auto& c : format) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (format != "svg" && format != "png" && format != "pdf" && format != "dot") {
      complain(
          fmt::format("cannot tell the format of `{}`: name it .svg, .png, .pdf or .dot", output));
      exit_code = kUsage;
      return;
    }
    if (std::string problem = resolve_selection(args); !problem.empty()) {
      complain(problem);
      exit_code = kUsage;
      return;
    }
    Loaded& data = load(options, false);
    if (!select_topics(options, data, args, exit_code)) return;
    auto t0 = std::chrono::steady_clock::now();
    RoadmapModel model = build_roadmap(data.corpus, data.graph(), args.options);
    if (!model.problems.empty()) {
      for (const auto& p : model.problems) complain(p);
      exit_code = kUsage;
      return;
    }
    auto t1 = std::chrono::steady_clock::now();
    GraphvizOptions render_options;
    render_options.layout =
        layout == "relations" ? RoadmapLayout::relations : RoadmapLayout::timeline;
    render_options.format = format;
    render_options.title = "Roadmap: " + describe_selection(args);
    GraphvizResult drawn = render_roadmap(model, render_options);
    auto t2 = std::chrono::steady_clock::now();
    if (!drawn.error.empty()) {
      complain(drawn.error);
      exit_code = kUsage;
      return;
    }
    if (int written = write_document(options, data, output, {drawn.data}, args.taxonomies);
        written != kOk) {
      exit_code = written;
      return;
    }
    double select_s = std::chrono::duration<double>(t1 - t0).count();
    double layout_s = std::chrono::duration<double>(t2 - t1).count();
    // The summary goes to stdout, unless the roadmap itself went there.
    std::ostream& summary = output == "-" ? std::cerr : std::cout;
    if (options.format == "json") {
      nlohmann::ordered_json j = {{"output", output},
                                  {"format", format},
                                  {"layout", layout},
                                  {"engine", drawn.engine},
                                  {"items", model.nodes.size()},
                                  {"documents", model.documents},
                                  {"edges", model.edges.size()},
                                  {"relations", model.relations},
                                  {"edition_edges", model.edition_edges},
                                  {"duplicate_edges", model.duplicate_edges},
                                  {"transitive_edges", model.transitive_edges},
                                  {"lanes", model.lanes.size()},
                                  {"columns", model.columns.size()},
                                  {"select_seconds", select_s},
                                  {"render_seconds", layout_s},
                                  {"notes", drawn.notes}};
      summary << json_text(j) << '\n';
    } else {
      summary << fmt::format(
          "wrote {}: {} items ({} documents), {} relations shown of {} ({} inside edition "
          "chains, {} merged, {} implied by longer paths); {} lanes x {} columns; {} layout "
          "with {}; select {:.2f} s, layout and render {:.2f} s\n",
          output, model.nodes.size(), model.documents, model.edges.size(), model.relations,
          model.edition_edges, model.duplicate_edges, model.transitive_edges, model.lanes.size(),
          model.columns.size(), layout, drawn.engine, select_s, layout_s);
      for (const auto& note : drawn.notes) std::cerr << "graphviz: " << note << '\n';
    }
    exit_code = kOk;
  });
}

}  // namespace stdgraph::cli
