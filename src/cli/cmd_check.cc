// stdgraph check: is anyone already doing this? The nearest items to a proposal.
#include <iostream>

#include <fmt/format.h>

#include "command.h"
#include "deps_cli.h"
#include "stdgraph/analysis/proposal.h"
#include "stdgraph/load/load.h"
#include "stdgraph/render/match.h"
#include "stdgraph/util/escape.h"
#include "stdgraph/util/read_input.h"
#include "timing.h"

namespace stdgraph::cli {
namespace {

// A proposal's file or scope, through the checks every input gets (a regular file, at most
// kMaxRecordFileBytes): `--scope-file /dev/zero` is refused, not read until memory runs out.
std::string read_whole(const std::string& path) {
  InputText input = read_input_file(path, kMaxRecordFileBytes);
  if (input.error.empty() && input.text.size() > kMaxRecordFileBytes)
    input.error = fmt::format("larger than {} MB", kMaxRecordFileBytes >> 20);
  if (!input.error.empty())
    throw Failure(kUsage, fmt::format("cannot read {}: {}", path, input.error));
  return std::move(input.text);
}

// The query from --file: the first document of a record file in the native schema.
Query query_from_file(const Corpus& corpus, const std::string& path) {
  std::string text = read_whole(path);
  Diagnostics diags;
  RecordSet records = load_native_text(text, path, diags, RecordRole::proposal);
  for (const auto& d : diags.items()) std::cerr << format_diagnostic(d) << '\n';
  if (diags.error_count() > 0) throw Failure(kUsage, "");
  if (records.documents.empty()) {
    std::cerr << fmt::format(
        "{}: no document to check\n  hint: write the proposal as `documents:` with one item "
        "(see data/README.md)\n",
        terminal_safe(path));
    throw Failure(kUsage, "");
  }
  Query q = query_for_proposal(corpus, records.documents.front());
  if (q.self != npos)
    for (const std::string& name : q.names)
      if (corpus.find_document(name) == q.self) {
        complain(fmt::format("{} is already in the data as {}; comparing it with every other item",
                             name, corpus.documents[q.self].id));
        break;
      }
  return q;
}

class Check final : public Command {
 public:
  CLI::App* add(CLI::App& app, GlobalOptions& global) override {
    CLI::App* cmd = app.add_subcommand(
        "check", "Before a new work item: the nearest existing items, and why they match");
    auto* title = cmd->add_option("--title", title_, "Title of the proposed item");
    cmd->add_option("--scope", scope_, "Its scope, as text");
    cmd->add_option("--scope-file", scope_file_, "Its scope, from a text file")
        ->check(CLI::ExistingFile);
    cmd->add_option("--keywords", keywords_, "Keywords (comma-separated)")->delimiter(',');
    cmd->add_option("--question", question_, "Its Question (e.g. Q14/17): same Question counts");
    auto* file = cmd->add_option("--file", file_, "A proposal as a record file (native schema)")
                     ->check(CLI::ExistingFile);
    auto* like = cmd->add_option("--like", like_, "An existing item: what else is like it?");
    cmd->add_option("--group", group_, "Only items of this group or Question");
    cmd->add_option("--body", bodies_,
                    "Only items of these bodies (comma-separated: ITU-T,ETSI,3GPP,IEC,ISO)")
        ->delimiter(',');
    cmd->add_option("--top", top_, "How many items to list")->capture_default_str();
    cmd->add_flag("--all-editions", all_editions_,
                  "List every edition (default: one row per work, its best-matching edition)");
    cmd->add_option("--fail-above", fail_above_,
                    "Exit with code 4 when an item scores at or above this (0 to 1)")
        ->check(CLI::Range(0.0, 1.0));
    title->excludes(file)->excludes(like);
    file->excludes(like);
    add_format_option(*cmd, global, {"text", "json"});
    return cmd;
  }

  int run(const GlobalOptions& global) override {
    if (title_.empty() && file_.empty() && like_.empty()) {
      std::cerr << "stdgraph check: give --title (with --scope, --keywords), --file or --like\n";
      return kUsage;
    }
    Loaded& data = load(global, true);
    MatchIndex& index = data.match_index(global);
    require_bodies(index, bodies_);
    CheckReport report;
    report.query = query(data.corpus, index);
    report.compared = data.corpus.documents.size();
    report.fail_above = fail_above_;
    Timing timing;
    report.matches = index.check(report.query, CheckOptions{top_, group_, bodies_, all_editions_});
    timing.lap("check");
    write_as(std::cout, global.format,
             {{"json",
               [&](std::ostream& out) { out << json_text(to_json(data.corpus, report)) << '\n'; }},
              {"text", [&](std::ostream& out) { write_text(out, data.corpus, report); }}});
    if (fail_above_ && !report.matches.empty() && report.matches.front().score >= *fail_above_) {
      const Match& best = report.matches.front();
      complain(fmt::format("{} scores {:.2f}, at or above --fail-above {:.2f}",
                           data.corpus.documents[best.document].id, best.score, *fail_above_));
      return kMatchFound;
    }
    return kOk;
  }

 private:
  Query query(const Corpus& corpus, MatchIndex& index) const {
    if (!like_.empty()) return index.query_for(find_item(corpus, like_));
    if (!file_.empty()) return query_from_file(corpus, file_);
    Query q;
    q.title = title_;
    q.scope = scope_;
    if (!scope_file_.empty()) q.scope += (q.scope.empty() ? "" : "\n") + read_whole(scope_file_);
    q.keywords = keywords_;
    q.question = question_;
    return q;
  }

  std::string title_, scope_, scope_file_, file_, like_, group_, question_;
  std::vector<std::string> keywords_, bodies_;
  std::size_t top_ = 10;
  bool all_editions_ = false;
  std::optional<double> fail_above_;
};

}  // namespace

std::unique_ptr<Command> make_check() {
  return std::make_unique<Check>();
}

}  // namespace stdgraph::cli
