// stdgraph: parses the command line and hands over to one command.
#include <memory>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "command.h"
#include "context.h"
#include "huge_pages.h"

int main(int argc, char** argv) {
  using namespace stdgraph::cli;
  use_huge_pages(argv);
  // In the order `stdgraph --help` lists them.
  std::unique_ptr<Command> commands[] = {
      make_validate(), make_show(),     make_stats(),  make_deps(),
      make_impact(),   make_chains(),   make_risk(),   make_export(),
      make_check(),    make_overlaps(), make_gaps(),   make_counterparts(),
      make_ask(),      make_roadmap(),  make_report(), make_link()};

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
  app.add_flag("--link-certain", options.link_certain,
               "Join each draft to the catalogue record that certainly is its publication "
               "(identical title, kind and study group, published later; see `link`), marked "
               "inferred");
  std::vector<std::pair<CLI::App*, Command*>> table;
  for (auto& command : commands) table.emplace_back(command->add(app, options), command.get());
  try {
    app.parse(argc, argv);
    for (auto& [subcommand, command] : table)
      if (subcommand->parsed()) return command->run(options);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kOk : kUsage;
  } catch (const Failure& failure) {
    if (failure.what()[0] != '\0') complain(failure.what());
    return failure.code();
  }
  return kUsage;  // require_subcommand(1) makes this unreachable
}
