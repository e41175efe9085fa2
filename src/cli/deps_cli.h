// What deps, impact, chains, risk and export share on the command line: --types, finding
// the named item, and STDGRAPH_TIMING lines for the analysis apart from the load.
#pragma once

#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "command.h"
#include "stdgraph/analysis/deps.h"
#include "stdgraph/model/corpus.h"
#include "stdgraph/render/deps.h"
#include "timing.h"

namespace stdgraph::cli {

// Adds --types (comma-separated or repeated) to a command.
void add_types_option(CLI::App& command, std::vector<std::string>& types);

// What deps and impact take: an item's name, how many steps, which step types.
struct ItemStepsArgs {
  std::string name;
  std::size_t depth = 0;
  std::vector<std::string> types;
};
void add_item_steps_options(CLI::App& command, ItemStepsArgs& args);

// deps and impact: one item, the steps from it one way, a report.
template <class Report>
class ItemSteps final : public Command {
 public:
  using Analysis = Report (*)(const Corpus&, const Graph&, std::size_t, const DependencyOptions&);
  ItemSteps(const char* name, const char* about, Analysis analysis)
      : name_(name), about_(about), analysis_(analysis) {}

  CLI::App* add(CLI::App& app, GlobalOptions& global) override;
  int run(const GlobalOptions& global) override;

 private:
  const char* name_;
  const char* about_;
  Analysis analysis_;
  ItemStepsArgs args_;
};

// The formats deps, impact, chains and risk write, and the one dispatch to their renderers
// (`settings`: what the text and JSON renderers also show, e.g. the chains' options).
inline const std::vector<std::string> kStepsFormats = {"text", "json", "csv"};
template <class Report, class... Settings>
void write_steps(std::ostream& out, std::string_view format, const Corpus& corpus,
                 const Report& report, const Settings&... settings) {
  write_as(
      out, format,
      {{"json",
        [&](std::ostream& o) { o << json_text(to_json(corpus, report, settings...)) << '\n'; }},
       {"csv", [&](std::ostream& o) { write_csv(o, corpus, report); }},
       {"text", [&](std::ostream& o) { write_text(o, corpus, report, settings...); }}});
}

// The step types chosen (the defaults when none are given); an unknown name throws
// Failure(kUsage) saying why.
DependencyTypes chosen_types(const std::vector<std::string>& names);

// The document `name` names (newest edition for a work's bare name); when none does, throws
// Failure(kUsage): "no item is named" with the nearest names.
std::size_t find_item(const Corpus& corpus, std::string_view name);

template <class Report>
CLI::App* ItemSteps<Report>::add(CLI::App& app, GlobalOptions& global) {
  CLI::App* cmd = app.add_subcommand(name_, about_);
  add_item_steps_options(*cmd, args_);
  add_format_option(*cmd, global, kStepsFormats);
  return cmd;
}

template <class Report>
int ItemSteps<Report>::run(const GlobalOptions& global) {
  DependencyOptions options{args_.depth, chosen_types(args_.types)};
  Loaded& data = load(global, false);
  std::size_t item = find_item(data.corpus, args_.name);
  Timing timing;
  const Graph& graph = data.graph();
  timing.lap("graph");
  Report report = analysis_(data.corpus, graph, item, options);
  timing.lap(name_);
  write_steps(std::cout, global.format, data.corpus, report);
  return kOk;
}

}  // namespace stdgraph::cli
