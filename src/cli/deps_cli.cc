#include "deps_cli.h"

#include "stdgraph/util/escape.h"

#include <iostream>

#include <fmt/format.h>

#include "context.h"
#include "stdgraph/analysis/describe.h"

namespace stdgraph::cli {

void add_types_option(CLI::App& command, std::vector<std::string>& types) {
  command
      .add_option("--types", types,
                  fmt::format("Relation types to follow, comma-separated, or all (default: all "
                              "but informative-reference): {}",
                              fmt::join(dependency_type_names(), ", ")))
      ->delimiter(',');
}

std::optional<DependencyTypes> chosen_types(const std::vector<std::string>& names, int& exit_code) {
  if (names.empty()) return DependencyTypes::defaults();
  std::string error;
  auto types = parse_dependency_types(names, &error);
  if (!types) {
    complain(error);
    exit_code = kUsage;
  }
  return types;
}

std::size_t find_item(const Corpus& corpus, std::string_view name, int& exit_code) {
  LookupResult found = lookup(corpus, name);
  if (found.document != npos) return found.document;
  std::cerr << fmt::format("stdgraph: no item is named `{}`", terminal_safe(name));
  if (!found.suggestions.empty())
    std::cerr << fmt::format("; did you mean {}?",
                             terminal_safe(fmt::format("{}", fmt::join(found.suggestions, ", "))));
  std::cerr << '\n';
  exit_code = kUsage;
  return npos;
}

}  // namespace stdgraph::cli
