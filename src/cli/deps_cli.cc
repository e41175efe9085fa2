#include "deps_cli.h"

#include <fmt/format.h>

#include "command.h"
#include "stdgraph/analysis/describe.h"
#include "stdgraph/util/escape.h"

namespace stdgraph::cli {

void add_types_option(CLI::App& command, std::vector<std::string>& types) {
  command
      .add_option("--types", types,
                  fmt::format("Relation types to follow, comma-separated, or all (default: all "
                              "but informative-reference): {}",
                              fmt::join(dependency_type_names(), ", ")))
      ->delimiter(',');
}

void add_item_steps_options(CLI::App& command, ItemStepsArgs& args) {
  command
      .add_option("name", args.name,
                  "Any name of the item (a work's bare number: its newest edition)")
      ->required();
  command.add_option("--depth", args.depth, "Steps to follow (0: to the end of every chain)")
      ->capture_default_str();
  add_types_option(command, args.types);
}

DependencyTypes chosen_types(const std::vector<std::string>& names) {
  if (names.empty()) return DependencyTypes::defaults();
  std::string error;
  auto types = parse_dependency_types(names, &error);
  if (!types) throw Failure(kUsage, error);
  return *types;
}

std::size_t find_item(const Corpus& corpus, std::string_view name) {
  LookupResult found = lookup(corpus, name);
  if (found.document != npos) return found.document;
  // Each name on one line, whatever it holds; complain makes the whole message inert too.
  std::string message = fmt::format("no item is named `{}`", terminal_safe(name));
  if (!found.suggestions.empty())
    message += fmt::format("; did you mean {}?",
                           terminal_safe(fmt::format("{}", fmt::join(found.suggestions, ", "))));
  throw Failure(kUsage, message);
}

}  // namespace stdgraph::cli
