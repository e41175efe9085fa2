#include "gaps_cli.h"

#include "output.h"

#include <iostream>

#include <fmt/format.h>

#include "stdgraph/util/text_util.h"

namespace stdgraph::cli {
namespace {

// Prints every diagnostic; true when there was an error among them.
bool report(Diagnostics& diags) {
  diags.sort();
  for (const auto& d : diags.items()) std::cerr << format_diagnostic(d) << '\n';
  return diags.error_count() > 0;
}

// A path as a user would type it: relative when under the working folder.
std::filesystem::path as_typed(std::filesystem::path path) {
  std::error_code ec;
  auto relative = std::filesystem::relative(path, std::filesystem::current_path(ec), ec);
  if (!ec && !relative.empty() && *relative.begin() != "..") return relative;
  return path;
}

}  // namespace

std::filesystem::path taxonomy_dir(const GlobalOptions& options) {
  namespace fs = std::filesystem;
  for (const std::string& d : options.data) {
    std::error_code ec;
    if (fs::is_directory(fs::path(d) / "taxonomies", ec)) return fs::path(d) / "taxonomies";
  }
  return fs::path(STDGRAPH_DATA_DIR) / "taxonomies";
}

void add_report_options(CLI::App& command, ReportArgs& args, bool with_groups) {
  command.add_option("--as-of", args.as_of,
                     "Status as of this date (YYYY-MM-DD), from the status histories");
  if (with_groups) {
    command.add_option("--group", args.groups, "Only items of these groups (SG17, Q7/17, WP4/17)");
    command
        .add_option("--security-group", args.security_group,
                    "Its items are under the aspect `security` whatever their titles say "
                    "(`none`: only the cue words count)")
        ->capture_default_str();
  }
  command.add_option("-o,--output", args.output, "Write to this file (whole or not at all)");
}

std::optional<Date> parse_as_of(const std::string& text) {
  if (text.empty()) return std::nullopt;
  if (auto as_of = stdgraph::parse_as_of(text)) return as_of;
  throw Failure(kUsage, fmt::format("--as-of `{}` is not a date: {}\n  hint: write YYYY-MM-DD "
                                    "(or YYYY-MM, YYYY: the end of that month or year)",
                                    text, date_problem(text)));
}

void check_groups(const Corpus& corpus, const std::vector<std::string>& groups) {
  for (const std::string& g : groups) {
    if (corpus.find_group(g) != npos) continue;
    std::vector<std::string_view> ids;
    for (const Group& x : corpus.groups) ids.push_back(x.id);
    std::string guess = nearest_word(g, ids);
    throw Failure(kUsage,
                  fmt::format("no group is named `{}`{}", g,
                              guess.empty() ? "" : fmt::format("; did you mean {}?", guess)));
  }
}

std::string security_group(const Corpus& corpus, const ReportArgs& args) {
  std::string group = args.security_group == "none" ? "" : args.security_group;
  if (!group.empty()) check_groups(corpus, {group});
  return group;
}

Taxonomy read_taxonomy(const GlobalOptions& options, const std::string& name,
                       const Analyzer& analyzer, const Corpus& corpus) {
  std::filesystem::path path = find_taxonomy(name, taxonomy_dir(options));
  if (path.empty()) {
    std::vector<std::string> shipped;
    for (const auto& p : taxonomy_files(taxonomy_dir(options)))
      shipped.push_back(p.stem().string());
    throw Failure(kUsage, fmt::format("no taxonomy file `{}`\n  hint: give a file, or one of {}",
                                      name, fmt::join(shipped, ", ")));
  }
  path = as_typed(path);  // messages name it as a user would type it
  Diagnostics diags;
  Taxonomy taxonomy = load_taxonomy(path, diags);
  prepare_taxonomy(taxonomy, analyzer, diags);
  // A taxonomy written for other records than --data names items these do not have: say
  // so and go on. Against the records it ships with, a member must resolve.
  std::error_code ec;
  bool shipped =
      std::filesystem::equivalent(path.parent_path().empty() ? "." : path.parent_path(),
                                  std::filesystem::path(STDGRAPH_DATA_DIR) / "taxonomies", ec);
  resolve_members(taxonomy, corpus, diags,
                  shipped && !options.data.empty() ? Severity::warning : Severity::error);
  if (report(diags))
    throw Failure(kUsage,
                  fmt::format("the taxonomy {} has errors; fix them and run again", path.string()));
  return taxonomy;
}

Taxonomy read_standard_aspects(const GlobalOptions& options, const Analyzer& analyzer) {
  Diagnostics diags;
  Taxonomy taxonomy;
  std::filesystem::path path = as_typed(taxonomy_dir(options) / "aspects.yaml");
  taxonomy.aspects = load_aspects(path, diags);
  prepare_aspects(taxonomy.aspects, analyzer, diags);
  taxonomy.aspects_file = path.string();
  if (report(diags)) throw Failure(kUsage, "");
  return taxonomy;
}

int emit(const GlobalOptions& options, const Loaded& data, const std::string& output,
         const std::string& content, const std::vector<std::string>& taxonomies) {
  return write_document(options, data, output, {content}, taxonomies);
}

}  // namespace stdgraph::cli
