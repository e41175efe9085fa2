// What every command shares: the global options, loading the data, the exit codes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "stdgraph/corpus.h"
#include "stdgraph/diagnostics.h"
#include "stdgraph/graph.h"

namespace stdgraph::cli {

enum ExitCode : int {
  kOk = 0,
  kFindings = 1,  // validate found errors
  kUsage = 2,     // bad arguments, or an item that is not there
  kNoData = 3,    // the data could not be read at all
};

struct GlobalOptions {
  std::vector<std::string> data;  // empty: the built-in data set
  std::string format = "text";
  bool no_cache = false;
};

struct Loaded {
  Diagnostics diagnostics;  // what the loader and the corpus found
  Corpus corpus;

  // Built on first use: `stats` never needs it.
  const Graph& graph() {
    if (!graph_) graph_.emplace(corpus);
    return *graph_;
  }

 private:
  std::optional<Graph> graph_;
};

// Loads --data (or the built-in set). For commands other than validate, errors in the
// records are printed to stderr with a pointer to `stdgraph validate`; the rest loads.
// The data lives until the process ends.
Loaded& load(const GlobalOptions& options, bool quiet_diagnostics);

// Adds --format to a command, accepting the given values.
void add_format_option(CLI::App& command, GlobalOptions& options,
                       const std::vector<std::string>& formats);

// One subcommand: adds itself to the app and, when chosen, sets the exit code.
using CommandAdder = void (*)(CLI::App& app, GlobalOptions& options, int& exit_code);

void add_validate(CLI::App& app, GlobalOptions& options, int& exit_code);
void add_show(CLI::App& app, GlobalOptions& options, int& exit_code);
void add_stats(CLI::App& app, GlobalOptions& options, int& exit_code);

}  // namespace stdgraph::cli
