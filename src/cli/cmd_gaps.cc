// stdgraph gaps --taxonomy FILE: the topic x aspect matrix of a subject and its empty cells.
#include <sstream>

#include "gaps_cli.h"
#include "stdgraph/render/gaps.h"

namespace stdgraph::cli {

void add_gaps(CLI::App& app, GlobalOptions& options, int& exit_code) {
  CLI::App* cmd = app.add_subcommand(
      "gaps", "Gap analysis: topics x aspects of a taxonomy; empty cells are the gaps");
  static std::string taxonomy_name;
  static ReportArgs args;
  cmd->add_option(
         "--taxonomy", taxonomy_name,
         "Taxonomy file, or a shipped one by name (dlt, qkdn, digital-twin-metaverse, ...)")
      ->required();
  add_report_options(*cmd, args, true);
  add_format_option(*cmd, options, {"text", "md", "csv", "json", "html"});
  cmd->callback([&options, &exit_code] {
    GapOptions gap_options;
    if (!parse_as_of(args.as_of, gap_options.as_of, exit_code)) return;
    Loaded& data = load(options, false);
    if (!check_groups(data.corpus, args.groups, exit_code)) return;
    gap_options.groups = args.groups;
    if (!security_group(data.corpus, args, gap_options.security_group, exit_code)) return;
    Analyzer analyzer(glossary_for(options));
    auto taxonomy = read_taxonomy(options, taxonomy_name, analyzer, data.corpus, exit_code);
    if (!taxonomy) return;
    GapReport report = gap_report(data.corpus, analyzer, *taxonomy, gap_options);
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
    emit(options, data, args.output, out.str(), exit_code, {taxonomy_name});
  });
}

}  // namespace stdgraph::cli
