// stdgraph check: is anyone already doing this? The nearest items to a proposal.
#include <iostream>

#include <fmt/format.h>

#include "context.h"
#include "stdgraph/analysis/describe.h"
#include "stdgraph/load/load.h"
#include "stdgraph/render/match.h"
#include "stdgraph/util/escape.h"
#include "stdgraph/util/read_input.h"
#include "timing.h"

namespace stdgraph::cli {
namespace {

struct CheckArgs {
  std::string title, scope, scope_file, file, like, group, question;
  std::vector<std::string> keywords;
  std::size_t top = 10;
  std::optional<double> fail_above;
};

// A proposal's file or scope, through the checks every input gets (a regular file, at most
// kMaxRecordFileBytes): `--scope-file /dev/zero` is refused, not read until memory runs out.
std::optional<std::string> read_whole(const std::string& path) {
  InputText input = read_input_file(path, kMaxRecordFileBytes);
  if (input.error.empty() && input.text.size() > kMaxRecordFileBytes)
    input.error = fmt::format("larger than {} MB", kMaxRecordFileBytes >> 20);
  if (input.error.empty()) return std::move(input.text);
  complain(fmt::format("cannot read {}: {}", path, input.error));
  return std::nullopt;
}

// The query from --file: the first document of a record file in the native schema.
std::optional<Query> query_from_file(const Corpus& corpus, const std::string& path) {
  auto text = read_whole(path);
  if (!text) return std::nullopt;
  Diagnostics diags;
  RecordSet records = load_native_text(*text, path, diags, RecordRole::proposal);
  for (const auto& d : diags.items()) std::cerr << format_diagnostic(d) << '\n';
  if (diags.error_count() > 0) return std::nullopt;
  if (records.documents.empty()) {
    std::cerr << fmt::format(
        "{}: no document to check\n  hint: write the proposal as `documents:` with one item "
        "(see data/README.md)\n",
        terminal_safe(path));
    return std::nullopt;
  }
  const Document& d = records.documents.front();
  Query q;
  q.title = d.title();
  q.scope = d.scope;
  q.keywords = d.keywords;
  q.names.push_back(d.id);
  q.names.insert(q.names.end(), d.aliases.begin(), d.aliases.end());
  q.group = d.group;
  q.question = d.question;
  for (const Relation& r : d.relations)
    if (std::size_t t = corpus.find_document(r.target); t != npos) q.references.push_back(t);
  // A proposal already in the data is compared with everything but itself.
  for (const std::string& name : q.names)
    if (std::size_t self = corpus.find_document(name); self != npos) {
      q.self = self;
      std::cerr << fmt::format(
          "stdgraph: {} is already in the data as {}; comparing it with "
          "every other item\n",
          terminal_safe(name), terminal_safe(corpus.documents[self].id));
      break;
    }
  return q;
}

}  // namespace

void add_check(CLI::App& app, GlobalOptions& options, int& exit_code) {
  CLI::App* cmd = app.add_subcommand(
      "check", "Before a new work item: the nearest existing items, and why they match");
  static CheckArgs args;
  auto* title = cmd->add_option("--title", args.title, "Title of the proposed item");
  cmd->add_option("--scope", args.scope, "Its scope, as text");
  cmd->add_option("--scope-file", args.scope_file, "Its scope, from a text file")
      ->check(CLI::ExistingFile);
  cmd->add_option("--keywords", args.keywords, "Keywords (comma-separated)")->delimiter(',');
  cmd->add_option("--question", args.question, "Its Question (e.g. Q14/17): same Question counts");
  auto* file = cmd->add_option("--file", args.file, "A proposal as a record file (native schema)")
                   ->check(CLI::ExistingFile);
  auto* like = cmd->add_option("--like", args.like, "An existing item: what else is like it?");
  cmd->add_option("--group", args.group, "Only items of this group or Question");
  cmd->add_option("--top", args.top, "How many items to list")->capture_default_str();
  cmd->add_option("--fail-above", args.fail_above,
                  "Exit with code 4 when an item scores at or above this (0 to 1)")
      ->check(CLI::Range(0.0, 1.0));
  title->excludes(file)->excludes(like);
  file->excludes(like);
  add_format_option(*cmd, options, {"text", "json"});
  cmd->callback([&options, &exit_code, cmd] {
    if (args.title.empty() && args.file.empty() && args.like.empty()) {
      std::cerr << "stdgraph check: give --title (with --scope, --keywords), --file or --like\n";
      exit_code = kUsage;
      return;
    }
    Loaded& data = load(options, true);
    std::optional<Query> query;
    MatchIndex& index = data.match_index(options);
    if (!args.like.empty()) {
      LookupResult found = lookup(data.corpus, args.like);
      if (found.document == npos) {
        std::cerr << fmt::format("stdgraph: no item is named `{}`", terminal_safe(args.like));
        std::vector<std::string> suggestions;
        for (const auto& s : found.suggestions) suggestions.push_back(terminal_safe(s));
        if (!suggestions.empty())
          std::cerr << fmt::format("; did you mean {}?", fmt::join(suggestions, ", "));
        std::cerr << '\n';
        exit_code = kUsage;
        return;
      }
      query = index.query_for(found.document);
    } else if (!args.file.empty()) {
      query = query_from_file(data.corpus, args.file);
      if (!query) {
        exit_code = kUsage;
        return;
      }
    } else {
      query.emplace();
      query->title = args.title;
      query->scope = args.scope;
      if (!args.scope_file.empty()) {
        auto text = read_whole(args.scope_file);
        if (!text) {
          exit_code = kUsage;
          return;
        }
        query->scope += (query->scope.empty() ? "" : "\n") + *text;
      }
      query->keywords = args.keywords;
      query->question = args.question;
    }
    (void)cmd;
    CheckReport report;
    report.query = *query;
    report.compared = data.corpus.documents.size();
    report.fail_above = args.fail_above;
    Timing timing;
    report.matches = index.check(*query, CheckOptions{args.top, args.group});
    timing.lap("check");
    if (options.format == "json")
      std::cout << json_text(to_json(data.corpus, report)) << '\n';
    else
      write_text(std::cout, data.corpus, report);
    if (args.fail_above && !report.matches.empty() &&
        report.matches.front().score >= *args.fail_above) {
      const Match& best = report.matches.front();
      std::cerr << fmt::format("stdgraph: {} scores {:.2f}, at or above --fail-above {:.2f}\n",
                               terminal_safe(data.corpus.documents[best.document].id), best.score,
                               *args.fail_above);
      exit_code = kMatchFound;
    }
  });
}

}  // namespace stdgraph::cli
