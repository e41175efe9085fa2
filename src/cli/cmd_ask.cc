// stdgraph ask SUBJECT --aspect ASPECT: which work exists on a subject under an aspect
// ("digital twin" --aspect security: FG-MV's question to SG17).
#include <fmt/format.h>

#include "gaps_cli.h"
#include "stdgraph/util/escape.h"

namespace stdgraph::cli {
namespace {

class Ask final : public Command {
 public:
  CLI::App* add(CLI::App& app, GlobalOptions& global) override {
    CLI::App* cmd = app.add_subcommand(
        "ask", "Which work exists on a subject (under an aspect): items, status, group, scope");
    cmd->add_option(
           "subject", subjects_,
           "Words of the subject (\"digital twin\"), or the name of a topic of --taxonomy; "
           "several: any of them")
        ->required();
    cmd->add_option("--aspect", aspects_,
                    "Only items under this aspect (security, requirements, ...); several: all");
    cmd->add_option("--taxonomy", taxonomy_name_,
                    "Taxonomy whose topics and aspects to use (default: the standard aspects)");
    add_report_options(*cmd, args_, true);
    add_format_option(*cmd, global, kReportFormats);
    return cmd;
  }

  int run(const GlobalOptions& global) override {
    AskOptions ask_options;
    ask_options.as_of = parse_as_of(args_.as_of);
    Loaded& data = load(global, false);
    check_groups(data.corpus, args_.groups);
    Analyzer analyzer(glossary_for(global));
    Taxonomy taxonomy = taxonomy_name_.empty()
                            ? read_standard_aspects(global, analyzer)
                            : read_taxonomy(global, taxonomy_name_, analyzer, data.corpus);
    ask_options.subjects = subjects_;
    ask_options.aspects = aspects_;
    ask_options.groups = args_.groups;
    ask_options.security_group = security_group(data.corpus, args_);
    AskResult result = ask(data.corpus, analyzer, taxonomy, ask_options);
    if (!result.unknown_aspect.empty()) {
      std::vector<std::string> names;
      for (const Aspect& a : taxonomy.aspects) names.push_back(terminal_safe(a.name));
      throw Failure(kUsage, fmt::format("no aspect is named `{}`{}\n  hint: the aspects are: {}",
                                        terminal_safe(result.unknown_aspect),
                                        result.suggestion.empty()
                                            ? ""
                                            : fmt::format("; did you mean `{}`?",
                                                          terminal_safe(result.suggestion)),
                                        fmt::join(names, ", ")));
    }
    if (!result.empty_subject.empty())
      throw Failure(kUsage, fmt::format("`{}` has no word to look for (only stop words)\n  hint: "
                                        "give the subject's own words, e.g. \"digital twin\"",
                                        terminal_safe(result.empty_subject)));
    return emit(global, data, args_.output, render_report(global.format, result.answer),
                {taxonomy_name_});
  }

 private:
  std::vector<std::string> subjects_;
  std::vector<std::string> aspects_;
  std::string taxonomy_name_;
  ReportArgs args_;
};

}  // namespace

std::unique_ptr<Command> make_ask() {
  return std::make_unique<Ask>();
}

}  // namespace stdgraph::cli
