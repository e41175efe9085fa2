// What gaps, counterparts and ask share on the command line: the taxonomy folder, reading a
// taxonomy named by file or by shipped name, --as-of, --group, and writing the output
// (stdout, or -o FILE whole or not at all).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "context.h"
#include "stdgraph/analysis/gaps.h"
#include "stdgraph/analysis/taxonomy.h"
#include "stdgraph/load/taxonomy.h"

namespace stdgraph::cli {

// Where taxonomies named without a path are found: taxonomies/ in the first --data folder
// that has one (as glossary.yaml is found), else data/taxonomies of the built-in data set.
std::filesystem::path taxonomy_dir(const GlobalOptions& options);

// The options every one of the three commands has (--group and --security-group: gaps and
// ask; counterparts has its own --security-group).
struct ReportArgs {
  std::string as_of;
  std::vector<std::string> groups;
  std::string security_group = "SG17";
  std::string output;
};
void add_report_options(CLI::App& command, ReportArgs& args, bool with_groups);

// --security-group as the analyses take it ("none" -> ""); an unknown group: message,
// kUsage, false.
bool security_group(const Corpus& corpus, const ReportArgs& args, std::string& group,
                    int& exit_code);

// --as-of as a date (nullopt when not given). A bad date: message, kUsage, false.
bool parse_as_of(const std::string& text, std::optional<Date>& as_of, int& exit_code);
// Every --group must be a group of the data. An unknown one: message, kUsage, false.
bool check_groups(const Corpus& corpus, const std::vector<std::string>& groups, int& exit_code);

// Reads the taxonomy `name` (a file, or a shipped name such as `dlt`) and resolves its
// members; prints every problem as file:line:col. On an error sets kUsage, returns nullopt.
std::optional<Taxonomy> read_taxonomy(const GlobalOptions& options, const std::string& name,
                                      const Analyzer& analyzer, const Corpus& corpus,
                                      int& exit_code);
// Aspects alone, from aspects.yaml of taxonomy_dir (for ask without --taxonomy).
std::optional<Taxonomy> read_standard_aspects(const GlobalOptions& options,
                                              const Analyzer& analyzer, int& exit_code);

// Writes the rendered report to stdout, or to `output` by write_document's rules (never
// over an input: the records, the glossary, the taxonomy folder and `taxonomies`).
void emit(const GlobalOptions& options, const Loaded& data, const std::string& output,
          const std::string& content, int& exit_code,
          const std::vector<std::string>& taxonomies = {});

}  // namespace stdgraph::cli
