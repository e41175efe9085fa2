// What deps, impact, chains, risk and export share on the command line: --types, finding
// the named item, and STDGRAPH_TIMING lines for the analysis apart from the load.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "stdgraph/analysis/deps.h"
#include "stdgraph/model/corpus.h"
#include "timing.h"

namespace stdgraph::cli {

// Adds --types (comma-separated or repeated) to a command.
void add_types_option(CLI::App& command, std::vector<std::string>& types);

// The step types chosen (the defaults when none are given); an unknown name throws
// Failure(kUsage) saying why.
DependencyTypes chosen_types(const std::vector<std::string>& names);

// The document `name` names (newest edition for a work's bare name); when none does, throws
// Failure(kUsage): "no item is named" with the nearest names.
std::size_t find_item(const Corpus& corpus, std::string_view name);

}  // namespace stdgraph::cli
