// stdgraph show NAME: one item by any of its names.
#include <iostream>

#include "command.h"
#include "deps_cli.h"
#include "stdgraph/analysis/describe.h"
#include "stdgraph/render/json.h"
#include "stdgraph/render/text.h"

namespace stdgraph::cli {
namespace {

class Show final : public Command {
 public:
  CLI::App* add(CLI::App& app, GlobalOptions& global) override {
    CLI::App* cmd = app.add_subcommand("show", "Show one item: fields, history, relations");
    cmd->add_option("name", name_, "Number or provisional name (X.1817, X.5Gsec-message)")
        ->required();
    add_format_option(*cmd, global, {"text", "json"});
    return cmd;
  }

  int run(const GlobalOptions& global) override {
    Loaded& data = load(global, false);
    DocumentView view = describe(data.corpus, data.graph(), find_item(data.corpus, name_));
    write_as(std::cout, global.format,
             {{"json", [&](std::ostream& out) { out << json_text(to_json(view)) << '\n'; }},
              {"text", [&](std::ostream& out) { write_text(out, view); }}});
    return kOk;
  }

 private:
  std::string name_;
};

}  // namespace

std::unique_ptr<Command> make_show() {
  return std::make_unique<Show>();
}

}  // namespace stdgraph::cli
