// The selection options `roadmap` and `report` share: which items, as of when, in which lanes.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "stdgraph/roadmap.h"

namespace stdgraph::cli {

struct RoadmapArgs {
  RoadmapOptions options;
  std::vector<std::string> ids;       // --ids A,B,...
  std::vector<std::string> statuses;  // --status approved,planned
  std::string as_of;                  // --as-of DATE
  std::string lanes = "auto";
  std::string step = "auto";
};

void add_selection_options(CLI::App& command, RoadmapArgs& args);

// Turns the option text into args.options; an error message when a value is not valid.
std::string resolve_selection(RoadmapArgs& args);

// A short description of the selection, for titles: "SG17, as of 2023-09-08".
std::string describe_selection(const RoadmapArgs& args);

}  // namespace stdgraph::cli
