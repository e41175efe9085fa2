// stdgraph counterparts: for the items of other groups, the security items that answer them,
// and those with none.
#include <algorithm>

#include <fmt/format.h>

#include "gaps_cli.h"
#include "stdgraph/util/escape.h"
#include "stdgraph/util/text_util.h"

namespace stdgraph::cli {
namespace {

// Every --topic must name a topic (or a topic path) of the taxonomies.
void check_topics(const std::vector<Taxonomy>& taxonomies, const std::vector<std::string>& names) {
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
    throw Failure(kUsage, fmt::format("no topic is named `{}`{}", terminal_safe(name),
                                      guess.empty() ? ""
                                                    : fmt::format("; did you mean `{}`?",
                                                                  terminal_safe(guess))));
  }
}

bool has_security_aspect(const std::vector<Taxonomy>& taxonomies) {
  return std::any_of(taxonomies.begin(), taxonomies.end(), [](const Taxonomy& t) {
    return std::any_of(t.aspects.begin(), t.aspects.end(),
                       [](const Aspect& a) { return fold_title(a.name) == "security"; });
  });
}

class Counterparts final : public Command {
 public:
  CLI::App* add(CLI::App& app, GlobalOptions& global) override {
    CLI::App* cmd = app.add_subcommand(
        "counterparts",
        "Security counterparts of other groups' items, and the items that have none");
    cmd->add_option("--taxonomy", taxonomies_,
                    "Taxonomy files or shipped names (default: every shipped taxonomy)");
    cmd->add_option("--security-group", options_.security_group,
                    "The group whose items are security work (besides items under `security`)")
        ->capture_default_str();
    cmd->add_option("--topic", options_.topics, "Only items of these topics (name or A > B path)");
    cmd->add_option("--min-score", options_.min_score,
                    "Text score (0..1, as `check` computes it) a topic-shared counterpart needs")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    cmd->add_option("--top", options_.top, "Counterparts listed per item (0: all)")
        ->capture_default_str();
    add_report_options(*cmd, args_, false);
    add_format_option(*cmd, global, kReportFormats);
    return cmd;
  }

  int run(const GlobalOptions& global) override {
    options_.as_of = parse_as_of(args_.as_of);
    Loaded& data = load(global, false);
    check_groups(data.corpus, {options_.security_group});
    Analyzer analyzer(glossary_for(global));
    std::vector<std::string> names = taxonomies_;
    if (names.empty())
      for (const auto& p : taxonomy_files(taxonomy_dir(global))) names.push_back(p.string());
    std::vector<Taxonomy> taxonomies;
    for (const std::string& name : names)
      taxonomies.push_back(read_taxonomy(global, name, analyzer, data.corpus));
    if (!has_security_aspect(taxonomies))
      throw Failure(kUsage,
                    "no taxonomy has an aspect named `security`\n  hint: counterparts find "
                    "security items by its cues; add it (see data/taxonomies/aspects.yaml)");
    check_topics(taxonomies, options_.topics);
    CounterpartReport report =
        counterparts(data.corpus, analyzer, data.match_index(global), taxonomies, options_);
    return emit(global, data, args_.output, render_report(global.format, report), taxonomies_);
  }

 private:
  std::vector<std::string> taxonomies_;
  CounterpartOptions options_;
  ReportArgs args_;
};

}  // namespace

std::unique_ptr<Command> make_counterparts() {
  return std::make_unique<Counterparts>();
}

}  // namespace stdgraph::cli
