// stdgraph ask SUBJECT --aspect ASPECT: which work exists on a subject under an aspect
// ("digital twin" --aspect security: FG-MV's question to SG17).
#include <iostream>
#include <sstream>

#include <fmt/format.h>

#include "gaps_cli.h"
#include "stdgraph/render/gaps.h"
#include "stdgraph/util/escape.h"

namespace stdgraph::cli {

void add_ask(CLI::App& app, GlobalOptions& options, int& exit_code) {
  CLI::App* cmd = app.add_subcommand(
      "ask", "Which work exists on a subject (under an aspect): items, status, group, scope");
  static std::vector<std::string> subjects;
  static std::vector<std::string> aspects;
  static std::string taxonomy_name;
  static ReportArgs args;
  cmd->add_option("subject", subjects,
                  "Words of the subject (\"digital twin\"), or the name of a topic of --taxonomy; "
                  "several: any of them")
      ->required();
  cmd->add_option("--aspect", aspects,
                  "Only items under this aspect (security, requirements, ...); several: all");
  cmd->add_option("--taxonomy", taxonomy_name,
                  "Taxonomy whose topics and aspects to use (default: the standard aspects)");
  add_report_options(*cmd, args, true);
  add_format_option(*cmd, options, {"text", "md", "csv", "json", "html"});
  cmd->callback([&options, &exit_code] {
    AskOptions ask_options;
    if (!parse_as_of(args.as_of, ask_options.as_of, exit_code)) return;
    Loaded& data = load(options, false);
    if (!check_groups(data.corpus, args.groups, exit_code)) return;
    Analyzer analyzer(glossary_for(options));
    auto taxonomy = taxonomy_name.empty()
                        ? read_standard_aspects(options, analyzer, exit_code)
                        : read_taxonomy(options, taxonomy_name, analyzer, data.corpus, exit_code);
    if (!taxonomy) return;
    ask_options.subjects = subjects;
    ask_options.aspects = aspects;
    ask_options.groups = args.groups;
    if (!security_group(data.corpus, args, ask_options.security_group, exit_code)) return;
    AskResult result = ask(data.corpus, analyzer, *taxonomy, ask_options);
    if (!result.unknown_aspect.empty()) {
      std::vector<std::string> names;
      for (const Aspect& a : taxonomy->aspects) names.push_back(terminal_safe(a.name));
      std::cerr << fmt::format(
          "stdgraph: no aspect is named `{}`{}\n  hint: the aspects are: {}\n",
          terminal_safe(result.unknown_aspect),
          result.suggestion.empty()
              ? ""
              : fmt::format("; did you mean `{}`?", terminal_safe(result.suggestion)),
          fmt::join(names, ", "));
      exit_code = kUsage;
      return;
    }
    if (!result.empty_subject.empty()) {
      std::cerr << fmt::format(
          "stdgraph: `{}` has no word to look for (only stop words)\n  hint: give the "
          "subject's own words, e.g. \"digital twin\"\n",
          terminal_safe(result.empty_subject));
      exit_code = kUsage;
      return;
    }
    const AskAnswer& answer = result.answer;
    std::ostringstream out;
    if (options.format == "json")
      out << json_text(to_json(answer)) << '\n';
    else if (options.format == "md")
      write_markdown(out, answer);
    else if (options.format == "csv")
      write_csv(out, answer);
    else if (options.format == "html")
      write_html(out, answer);
    else
      write_text(out, answer);
    emit(options, data, args.output, out.str(), exit_code, {taxonomy_name});
  });
}

}  // namespace stdgraph::cli
