// stdgraph validate: every check, as file:line:col diagnostics; exit 1 on any error.
#include <iostream>

#include "context.h"
#include "stdgraph/analysis/validate.h"
#include "stdgraph/render/json.h"
#include "stdgraph/render/text.h"

namespace stdgraph::cli {

void add_validate(CLI::App& app, GlobalOptions& options, int& exit_code) {
  CLI::App* cmd = app.add_subcommand("validate", "Check the records; exit 1 on any error");
  add_format_option(*cmd, options, {"text", "json"});
  cmd->callback([&options, &exit_code] {
    Loaded& data = load(options, true);
    for (auto& d : validate(data.corpus, data.graph())) data.diagnostics.add(std::move(d));
    data.diagnostics.sort();
    if (options.format == "json")
      std::cout << json_text(to_json(data.diagnostics.items())) << '\n';
    else
      write_text(std::cout, data.diagnostics.items(), data.corpus.files.size());
    exit_code = data.diagnostics.error_count() > 0 ? kFindings : kOk;
  });
}

}  // namespace stdgraph::cli
