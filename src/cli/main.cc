// stdgraph: parses the command line and hands over to one command.
#include <CLI/CLI.hpp>

#include "context.h"
#include "huge_pages.h"

int main(int argc, char** argv) {
  using namespace stdgraph::cli;
  use_huge_pages(argv);
  constexpr CommandAdder kCommands[] = {add_validate, add_show,     add_stats, add_deps,
                                        add_impact,   add_chains,   add_risk,  add_export,
                                        add_check,    add_overlaps, add_gaps,  add_counterparts,
                                        add_ask,      add_roadmap,  add_report};

  CLI::App app{"stdgraph: the work programme of a standards body as a graph"};
  app.set_version_flag("--version", "stdgraph 0.1.0");
  app.require_subcommand(1);
  app.fallthrough();
  GlobalOptions options;
  app.add_option("--data", options.data,
                 "Record files or folders to read (default: the built-in data set)")
      ->check(CLI::ExistingPath);
  app.add_flag("--no-cache", options.no_cache,
               "Parse every file; neither read nor write the cache of parsed files");
  int exit_code = kOk;
  for (CommandAdder add : kCommands) add(app, options, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kOk : kUsage;
  }
  return exit_code;
}
