// stdgraph show NAME: one item by any of its names.
#include <iostream>

#include <fmt/format.h>

#include "context.h"
#include "stdgraph/analysis/describe.h"
#include "stdgraph/render/json.h"
#include "stdgraph/render/text.h"
#include "stdgraph/util/escape.h"

namespace stdgraph::cli {

void add_show(CLI::App& app, GlobalOptions& options, int& exit_code) {
  CLI::App* cmd = app.add_subcommand("show", "Show one item: fields, history, relations");
  static std::string name;
  cmd->add_option("name", name, "Number or provisional name (X.1817, X.5Gsec-message)")->required();
  add_format_option(*cmd, options, {"text", "json"});
  cmd->callback([&options, &exit_code] {
    Loaded& data = load(options, false);
    LookupResult found = lookup(data.corpus, name);
    if (found.document == npos) {
      std::cerr << fmt::format("stdgraph: no item is named `{}`", terminal_safe(name));
      std::vector<std::string> suggestions;
      for (const auto& s : found.suggestions) suggestions.push_back(terminal_safe(s));
      if (!suggestions.empty())
        std::cerr << fmt::format("; did you mean {}?", fmt::join(suggestions, ", "));
      std::cerr << '\n';
      exit_code = kUsage;
      return;
    }
    DocumentView view = describe(data.corpus, data.graph(), found.document);
    if (options.format == "json")
      std::cout << json_text(to_json(view)) << '\n';
    else
      write_text(std::cout, view);
  });
}

}  // namespace stdgraph::cli
