// The selection options `roadmap` and `report` share: which items, as of when, in which lanes.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "command.h"
#include "context.h"
#include "stdgraph/analysis/roadmap.h"
#include "stdgraph/render/graphviz.h"

namespace stdgraph::cli {

struct RoadmapArgs {
  RoadmapOptions options;
  std::vector<std::string> ids;       // --ids A,B,...
  std::vector<std::string> statuses;  // --status approved,planned
  std::string as_of;                  // --as-of DATE
  std::string lanes = "auto";
  std::string step = "auto";
  std::vector<std::string> topics;      // --topic NAME (a topic's name or its A > B path)
  std::vector<std::string> taxonomies;  // --taxonomy F: where topics are looked up
  std::vector<std::string> within;      // the --group a topic was narrowed to (for titles)
};

void add_selection_options(CLI::App& command, RoadmapArgs& args);

// Turns the option text into args.options; a value that is not valid throws
// Failure(kUsage) saying why.
void resolve_selection(RoadmapArgs& args);

// The roadmap's layout from --layout (timeline, relations).
RoadmapLayout layout_named(const std::string& name);

// --topic: the items under each named topic of the taxonomies (args.taxonomies, or every
// shipped one), as the gap analysis puts them there (gaps.h: a term in the title, scope or
// keywords, or membership), join the selection like --ids. With --group, only the topic's
// items of those groups: the groups narrow the topic instead of adding all their items.
// A topic no taxonomy has throws Failure(kUsage) with the nearest name.
void select_topics(const GlobalOptions& options, Loaded& data, RoadmapArgs& args);

// A short description of the selection, for titles: "SG17, as of 2023-09-08".
std::string describe_selection(const RoadmapArgs& args);

}  // namespace stdgraph::cli
