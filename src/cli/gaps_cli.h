// What gaps, counterparts and ask share on the command line: the taxonomy folder, reading a
// taxonomy named by file or by shipped name, --as-of, --group, and writing the output
// (stdout, or -o FILE whole or not at all).
#pragma once

#include <filesystem>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "command.h"
#include "context.h"
#include "stdgraph/analysis/gaps.h"
#include "stdgraph/analysis/taxonomy.h"
#include "stdgraph/load/taxonomy.h"
#include "stdgraph/render/gaps.h"

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

// --security-group as the analyses take it ("none" -> ""); an unknown group throws
// Failure(kUsage).
std::string security_group(const Corpus& corpus, const ReportArgs& args);

// --as-of as a date (nullopt when not given); a bad date throws Failure(kUsage).
std::optional<Date> parse_as_of(const std::string& text);
// Every --group must be a group of the data; an unknown one throws Failure(kUsage).
void check_groups(const Corpus& corpus, const std::vector<std::string>& groups);

// Reads the taxonomy `name` (a file, or a shipped name such as `dlt`) and resolves its
// members; prints every problem as file:line:col. On an error throws Failure(kUsage).
Taxonomy read_taxonomy(const GlobalOptions& options, const std::string& name,
                       const Analyzer& analyzer, const Corpus& corpus);
// Aspects alone, from aspects.yaml of taxonomy_dir (for ask without --taxonomy).
Taxonomy read_standard_aspects(const GlobalOptions& options, const Analyzer& analyzer);

// The formats the three commands write, and the one dispatch to their renderers.
inline const std::vector<std::string> kReportFormats = {"text", "md", "csv", "json", "html"};
template <class Report>
std::string render_report(std::string_view format, const Report& report) {
  std::ostringstream out;
  write_as(out, format,
           {{"json", [&](std::ostream& o) { o << json_text(to_json(report)) << '\n'; }},
            {"md", [&](std::ostream& o) { write_markdown(o, report); }},
            {"csv", [&](std::ostream& o) { write_csv(o, report); }},
            {"html", [&](std::ostream& o) { write_html(o, report); }},
            {"text", [&](std::ostream& o) { write_text(o, report); }}});
  return out.str();
}

// Writes the rendered report to stdout, or to `output` by write_document's rules (never
// over an input: the records, the glossary, the taxonomy folder and `taxonomies`); returns
// the exit code.
int emit(const GlobalOptions& options, const Loaded& data, const std::string& output,
         const std::string& content, const std::vector<std::string>& taxonomies = {});

}  // namespace stdgraph::cli
