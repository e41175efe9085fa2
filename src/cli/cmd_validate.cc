// stdgraph validate: every check, as file:line:col diagnostics; exit 1 on any error.
#include <iostream>

#include "command.h"
#include "stdgraph/analysis/validate.h"
#include "stdgraph/render/json.h"
#include "stdgraph/render/text.h"

namespace stdgraph::cli {
namespace {

class Validate final : public Command {
 public:
  CLI::App* add(CLI::App& app, GlobalOptions& global) override {
    CLI::App* cmd = app.add_subcommand("validate", "Check the records; exit 1 on any error");
    add_format_option(*cmd, global, {"text", "json"});
    return cmd;
  }

  int run(const GlobalOptions& global) override {
    Loaded& data = load(global, true);
    for (auto& d : validate(data.corpus, data.graph())) data.diagnostics.add(std::move(d));
    data.diagnostics.sort();
    const auto& items = data.diagnostics.items();
    write_as(
        std::cout, global.format,
        {{"json", [&](std::ostream& out) { out << json_text(to_json(items)) << '\n'; }},
         {"text", [&](std::ostream& out) { write_text(out, items, data.corpus.files.size()); }}});
    return data.diagnostics.error_count() > 0 ? kFindings : kOk;
  }
};

}  // namespace

std::unique_ptr<Command> make_validate() {
  return std::make_unique<Validate>();
}

}  // namespace stdgraph::cli
