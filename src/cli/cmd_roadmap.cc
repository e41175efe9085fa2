// stdgraph roadmap: a roadmap diagram (timeline or relations) of the chosen items, drawn
// by Graphviz in-process; the format is told by the output's extension.
#include <chrono>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "command.h"
#include "output.h"
#include "roadmap_args.h"
#include "stdgraph/analysis/roadmap.h"
#include "stdgraph/render/graphviz.h"

namespace stdgraph::cli {

namespace {

// The file format -o names: standard output (-o -) gets SVG; a file, its extension's.
std::string format_of(const std::string& output) {
  std::string format = output == "-" ? ".svg" : std::filesystem::path(output).extension().string();
  if (!format.empty()) format.erase(0, 1);
  for (auto& c : format) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (format != "svg" && format != "png" && format != "pdf" && format != "dot")
    throw Failure(kUsage, fmt::format("cannot tell the format of `{}`: name it .svg, .png, .pdf "
                                      "or .dot",
                                      output));
  return format;
}

class Roadmap final : public Command {
 public:
  CLI::App* add(CLI::App& app, GlobalOptions& global) override {
    CLI::App* cmd = app.add_subcommand(
        "roadmap", "Draw a roadmap of the chosen items (SVG, PNG, PDF or DOT, by -o's extension)");
    add_selection_options(*cmd, args_);
    cmd->add_option("--taxonomy", args_.taxonomies,
                    "Where --topic is looked up (files or shipped names; default: every shipped "
                    "taxonomy)");
    cmd->add_option("--layout", layout_,
                    "timeline: time left to right, a lane per group; relations: the graph")
        ->check(CLI::IsMember({"timeline", "relations"}))
        ->capture_default_str();
    cmd->add_option("-o,--output", output_,
                    "The file to write: NAME.svg, .png, .pdf or .dot (- for SVG on stdout)")
        ->required();
    add_format_option(*cmd, global, {"text", "json"});
    return cmd;
  }

  int run(const GlobalOptions& global) override {
    std::string format = format_of(output_);
    resolve_selection(args_);
    Loaded& data = load(global, false);
    select_topics(global, data, args_);
    auto t0 = std::chrono::steady_clock::now();
    RoadmapModel model = build_roadmap(data.corpus, data.graph(), args_.options);
    if (!model.problems.empty()) {
      for (const auto& p : model.problems) complain(p);
      return kUsage;
    }
    auto t1 = std::chrono::steady_clock::now();
    GraphvizOptions render_options;
    render_options.layout = layout_named(layout_);
    render_options.format = format;
    render_options.title = "Roadmap: " + describe_selection(args_);
    GraphvizResult drawn = render_roadmap(model, render_options);
    auto t2 = std::chrono::steady_clock::now();
    if (!drawn.error.empty()) throw Failure(kUsage, drawn.error);
    if (int written = write_document(global, data, output_, {drawn.data}, args_.taxonomies);
        written != kOk)
      return written;
    Timings seconds{std::chrono::duration<double>(t1 - t0).count(),
                    std::chrono::duration<double>(t2 - t1).count()};
    // The summary goes to stdout, unless the roadmap itself went there.
    std::ostream& summary = output_ == "-" ? std::cerr : std::cout;
    write_as(summary, global.format,
             {{"json",
               [&](std::ostream& out) {
                 out << json_text(summary_json(model, drawn, format, seconds)) << '\n';
               }},
              {"text", [&](std::ostream& out) { write_summary(out, model, drawn, seconds); }}});
    return kOk;
  }

 private:
  struct Timings {
    double select = 0, render = 0;
  };

  nlohmann::ordered_json summary_json(const RoadmapModel& model, const GraphvizResult& drawn,
                                      const std::string& format, Timings seconds) const {
    std::vector<std::string> node_ids;
    for (const RoadmapNode& node : model.nodes) node_ids.push_back(node.id);
    using json = nlohmann::ordered_json;
    json nodes = json::array();
    for (const RoadmapNode& n : model.nodes) {
      auto text_or_null = [](const std::string& s) { return s.empty() ? json(nullptr) : json(s); };
      nodes.push_back(
          {{"id", n.id},
           {"status", n.status ? json(std::string(to_string(*n.status))) : json(nullptr)},
           {"date", text_or_null(n.date.to_string())},
           {"target", text_or_null(n.target)},
           {"lane", model.lanes[n.lane].id},
           {"column", model.columns[n.column].label},
           {"target_column", n.target_column < model.columns.size()
                                 ? json(model.columns[n.target_column].label)
                                 : json(nullptr)}});
    }
    return {{"output", output_},
            {"format", format},
            {"layout", layout_},
            {"engine", drawn.engine},
            {"items", model.nodes.size()},
            {"documents", model.documents},
            {"edges", model.edges.size()},
            {"relations", model.relations},
            {"edition_edges", model.edition_edges},
            {"duplicate_edges", model.duplicate_edges},
            {"transitive_edges", model.transitive_edges},
            {"no_group", model.no_group},
            {"lanes", model.lanes.size()},
            {"columns", model.columns.size()},
            {"select_seconds", seconds.select},
            {"render_seconds", seconds.render},
            {"notes", drawn.notes},
            {"node_ids", node_ids},
            {"nodes", nodes}};
  }

  void write_summary(std::ostream& out, const RoadmapModel& model, const GraphvizResult& drawn,
                     Timings seconds) const {
    out << fmt::format(
        "wrote {}: {} items ({} documents), {} relations shown of {} ({} inside edition "
        "chains, {} merged, {} implied by longer paths); {} lanes x {} columns; {} layout "
        "with {}; select {:.2f} s, layout and render {:.2f} s\n",
        output_, model.nodes.size(), model.documents, model.edges.size(), model.relations,
        model.edition_edges, model.duplicate_edges, model.transitive_edges, model.lanes.size(),
        model.columns.size(), layout_, drawn.engine, seconds.select, seconds.render);
    if (model.no_group > 0)
      out << fmt::format(
          "{} item{} no group and {} not drawn (records naming neither a group "
          "nor a Question)\n",
          model.no_group, model.no_group == 1 ? " names" : "s name",
          model.no_group == 1 ? "is" : "are");
    for (const auto& note : drawn.notes) std::cerr << "graphviz: " << note << '\n';
  }

  RoadmapArgs args_;
  std::string layout_ = "timeline";
  std::string output_;
};

}  // namespace

std::unique_ptr<Command> make_roadmap() {
  return std::make_unique<Roadmap>();
}

}  // namespace stdgraph::cli
