// stdgraph gaps --taxonomy FILE: the topic x aspect matrix of a subject and its empty cells.
#include "gaps_cli.h"

namespace stdgraph::cli {
namespace {

class Gaps final : public Command {
 public:
  CLI::App* add(CLI::App& app, GlobalOptions& global) override {
    CLI::App* cmd = app.add_subcommand(
        "gaps", "Gap analysis: topics x aspects of a taxonomy; empty cells are the gaps");
    cmd->add_option(
           "--taxonomy", taxonomy_name_,
           "Taxonomy file, or a shipped one by name (dlt, qkdn, digital-twin-metaverse, ...)")
        ->required();
    add_report_options(*cmd, args_, true);
    add_format_option(*cmd, global, kReportFormats);
    return cmd;
  }

  int run(const GlobalOptions& global) override {
    GapOptions gap_options;
    gap_options.as_of = parse_as_of(args_.as_of);
    Loaded& data = load(global, false);
    check_groups(data.corpus, args_.groups);
    gap_options.groups = args_.groups;
    gap_options.security_group = security_group(data.corpus, args_);
    Analyzer analyzer(glossary_for(global));
    Taxonomy taxonomy = read_taxonomy(global, taxonomy_name_, analyzer, data.corpus);
    GapReport report = gap_report(data.corpus, analyzer, taxonomy, gap_options);
    return emit(global, data, args_.output, render_report(global.format, report), {taxonomy_name_});
  }

 private:
  std::string taxonomy_name_;
  ReportArgs args_;
};

}  // namespace

std::unique_ptr<Command> make_gaps() {
  return std::make_unique<Gaps>();
}

}  // namespace stdgraph::cli
