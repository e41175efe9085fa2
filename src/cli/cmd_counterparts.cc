// stdgraph counterparts: for the items of other groups, the security items that answer them,
// and those with none.
#include <algorithm>
#include <iostream>
#include <sstream>

#include <fmt/format.h>

#include "gaps_cli.h"
#include "stdgraph/render/gaps.h"
#include "stdgraph/util/escape.h"
#include "stdgraph/util/text_util.h"

namespace stdgraph::cli {
namespace {

struct CounterpartArgs {
  std::vector<std::string> taxonomies;
  std::string security_group = "SG17";
  std::vector<std::string> topics;
  double min_score = 0.0;
  std::size_t top = 5;
  ReportArgs report;
};

// Every --topic must name a topic (or a topic path) of the taxonomies.
bool check_topics(const std::vector<Taxonomy>& taxonomies, const std::vector<std::string>& names,
                  int& exit_code) {
  std::vector<std::string> all;
  for (const Taxonomy& t : taxonomies)
    for (const TopicRef& ref : flatten(t)) {
      all.push_back(ref.topic->name);
      all.push_back(ref.path);
    }
  for (const std::string& name : names) {
    std::string key = fold_title(name);
    if (std::any_of(all.begin(), all.end(),
                    [&](const std::string& a) { return fold_title(a) == key; }))
      continue;
    std::vector<std::string_view> views(all.begin(), all.end());
    std::string guess = nearest_word(name, views);
    std::cerr << fmt::format(
        "stdgraph: no topic is named `{}`{}\n", terminal_safe(name),
        guess.empty() ? "" : fmt::format("; did you mean `{}`?", terminal_safe(guess)));
    exit_code = kUsage;
    return false;
  }
  return true;
}

}  // namespace

void add_counterparts(CLI::App& app, GlobalOptions& options, int& exit_code) {
  CLI::App* cmd = app.add_subcommand(
      "counterparts", "Security counterparts of other groups' items, and the items that have none");
  static CounterpartArgs args;
  cmd->add_option("--taxonomy", args.taxonomies,
                  "Taxonomy files or shipped names (default: every shipped taxonomy)");
  cmd->add_option("--security-group", args.security_group,
                  "The group whose items are security work (besides items under `security`)")
      ->capture_default_str();
  cmd->add_option("--topic", args.topics, "Only items of these topics (name or A > B path)");
  cmd->add_option("--min-score", args.min_score,
                  "Text score (0..1, as `check` computes it) a topic-shared counterpart needs")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->add_option("--top", args.top, "Counterparts listed per item (0: all)")
      ->capture_default_str();
  add_report_options(*cmd, args.report, false);
  add_format_option(*cmd, options, {"text", "md", "csv", "json", "html"});
  cmd->callback([&options, &exit_code] {
    CounterpartOptions co;
    if (!parse_as_of(args.report.as_of, co.as_of, exit_code)) return;
    Loaded& data = load(options, false);
    if (!check_groups(data.corpus, {args.security_group}, exit_code)) return;
    co.security_group = args.security_group;
    co.topics = args.topics;
    co.min_score = args.min_score;
    co.top = args.top;
    Analyzer analyzer(glossary_for(options));
    std::vector<std::string> names = args.taxonomies;
    if (names.empty())
      for (const auto& p : taxonomy_files(taxonomy_dir(options))) names.push_back(p.string());
    std::vector<Taxonomy> taxonomies;
    for (const std::string& name : names) {
      auto t = read_taxonomy(options, name, analyzer, data.corpus, exit_code);
      if (!t) return;
      taxonomies.push_back(std::move(*t));
    }
    if (std::none_of(taxonomies.begin(), taxonomies.end(), [](const Taxonomy& t) {
          return std::any_of(t.aspects.begin(), t.aspects.end(),
                             [](const Aspect& a) { return fold_title(a.name) == "security"; });
        })) {
      std::cerr << "stdgraph: no taxonomy has an aspect named `security`\n  hint: counterparts "
                   "find security items by its cues; add it (see data/taxonomies/aspects.yaml)\n";
      exit_code = kUsage;
      return;
    }
    if (!check_topics(taxonomies, args.topics, exit_code)) return;
    CounterpartReport report =
        counterparts(data.corpus, analyzer, data.match_index(options), taxonomies, co);
    std::ostringstream out;
    if (options.format == "json")
      out << json_text(to_json(report)) << '\n';
    else if (options.format == "md")
      write_markdown(out, report);
    else if (options.format == "csv")
      write_csv(out, report);
    else if (options.format == "html")
      write_html(out, report);
    else
      write_text(out, report);
    emit(options, data, args.report.output, out.str(), exit_code, args.taxonomies);
  });
}

}  // namespace stdgraph::cli
