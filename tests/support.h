// What the tests share: paths of the build and the sources, running the binary,
// loading records the way the CLI does.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "stdgraph/graph/graph.h"
#include "stdgraph/model/corpus.h"
#include "stdgraph/model/diagnostics.h"
#include "stdgraph/model/taxonomy.h"
#include "stdgraph/text/text.h"

namespace stdgraph::test {

// True in the suite built with AddressSanitizer (CI's second suite), where the largest cases
// are made smaller or do less.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

std::string source_path(const std::string& relative);  // under the project
std::string data_dir();                                // the built-in data set

struct RunResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};
// Runs the built stdgraph with the arguments (each quoted for the shell).
RunResult run_stdgraph(const std::vector<std::string>& args);

// Every command `stdgraph --help` lists, run as a user might: with an item name where it
// takes one, in each --format it offers, writing into out_dir where it has -o (one run per
// shape, see support.cc). `global` goes before the command (e.g. --data PATH).
struct CommandRun {
  std::string command;
  std::vector<std::string> args;
  RunResult result;
};
std::vector<std::string> commands();
std::vector<CommandRun> run_every_command(const std::vector<std::string>& global,
                                          const std::string& item, const std::string& out_dir);

struct Loaded {
  Diagnostics diagnostics;  // loader, corpus and validate together, sorted
  Corpus corpus;
};
Loaded load_and_validate(const std::vector<std::string>& paths);
// Loads records from YAML text (file name "test.yaml") without validating.
Corpus load_text(const std::string& yaml, Diagnostics& diags);

std::string read_file(const std::string& path);

// A taxonomy as read, made ready for matching (prepare_taxonomy).
Taxonomy prepared(Taxonomy taxonomy, const Analyzer& analyzer, Diagnostics& diags);

// A string as one word for sh: in single quotes, its own single quotes escaped.
std::string shell_quote(const std::string& s);

// An empty folder /tmp/stdgraph-NAME (emptied if it was there), for a test to fill.
std::filesystem::path fresh_dir(const std::string& name);

// A scratch folder of a unique name, removed when the test ends.
struct TempDir {
  std::filesystem::path path;
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

}  // namespace stdgraph::test
