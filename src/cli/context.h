// What every command shares: the global options, loading the data, the exit codes.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "stdgraph/analysis/match.h"
#include "stdgraph/graph/graph.h"
#include "stdgraph/model/corpus.h"
#include "stdgraph/model/diagnostics.h"
#include "stdgraph/render/json.h"
#include "stdgraph/text/text.h"

namespace stdgraph::cli {

enum ExitCode : int {
  kOk = 0,
  kFindings = 1,    // validate found errors
  kUsage = 2,       // bad arguments, or an item that is not there
  kNoData = 3,      // the data could not be read at all
  kMatchFound = 4,  // check found an item at or above --fail-above
};

// One message on stderr, "stdgraph: " and the text made inert for a terminal (a name or a
// path from the records or the command line may hold escape sequences); line feeds stay.
void complain(std::string_view message);

struct GlobalOptions {
  std::vector<std::string> data;  // empty: the built-in data set
  std::string format = "text";
  bool no_cache = false;
  bool link_certain = false;  // apply certain links at load, marked inferred
};

// The acronym glossary for the data: glossary.yaml in the first --data folder that has
// one, else the built-in data set's. Problems in it are printed to stderr.
std::filesystem::path glossary_path(const GlobalOptions& options);
Glossary glossary_for(const GlobalOptions& options);

struct Loaded {
  Diagnostics diagnostics;  // what the loader and the corpus found
  Corpus corpus;

  // Built on first use: `stats` never needs it.
  const Graph& graph() {
    if (!graph_) graph_.emplace(corpus);
    return *graph_;
  }

  // Built on first use, for check and overlaps.
  MatchIndex& match_index(const GlobalOptions& options);

 private:
  std::optional<Graph> graph_;
  std::optional<MatchIndex> match_;
};

// Loads --data (or the built-in set). For commands other than validate, errors in the
// records are printed to stderr with a pointer to `stdgraph validate`; the rest loads.
// The data lives until the process ends.
Loaded& load(const GlobalOptions& options, bool quiet_diagnostics);

// Adds --format to a command, accepting the given values.
void add_format_option(CLI::App& command, GlobalOptions& options,
                       const std::vector<std::string>& formats);

}  // namespace stdgraph::cli
