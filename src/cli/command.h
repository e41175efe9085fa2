// The shape of every subcommand: its options in its own fields, `add` to declare it on the
// command line, `run` to do it once the line is parsed. main.cc holds the table of commands
// and runs the one chosen; nothing else keeps state between the two steps.
#pragma once

#include <functional>
#include <initializer_list>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "context.h"

namespace stdgraph::cli {

class Command {
 public:
  virtual ~Command() = default;
  // Declares the subcommand, binding its options to this object's fields (and --format to
  // global.format).
  virtual CLI::App* add(CLI::App& app, GlobalOptions& global) = 0;
  // Does the work; returns the exit code (ExitCode).
  virtual int run(const GlobalOptions& global) = 0;
};

// A command stops with this where it cannot go on: main prints the message (made inert for
// a terminal, as complain does; nothing when it is empty because the reason is already
// printed, such as diagnostics) and exits with the code. Helpers throw it rather than
// printing and setting an exit code.
class Failure : public std::runtime_error {
 public:
  Failure(int code, const std::string& message) : std::runtime_error(message), code_(code) {}
  int code() const { return code_; }

 private:
  int code_;
};

// The one format dispatch: the writer for the chosen --format, one per value the command
// offers (add_format_option lists the same values).
struct Writer {
  std::string_view format;
  std::function<void(std::ostream&)> write;
};
void write_as(std::ostream& out, std::string_view format, std::initializer_list<Writer> writers);

// check and overlaps --body: each named body must be the body of a loaded item (exit 2
// naming the loaded bodies otherwise: `--body ETSU` is a typo, not an empty answer).
void require_bodies(const MatchIndex& index, const std::vector<std::string>& wanted);

std::unique_ptr<Command> make_validate();
std::unique_ptr<Command> make_show();
std::unique_ptr<Command> make_deps();
std::unique_ptr<Command> make_impact();
std::unique_ptr<Command> make_chains();
std::unique_ptr<Command> make_risk();
std::unique_ptr<Command> make_check();
std::unique_ptr<Command> make_overlaps();
std::unique_ptr<Command> make_gaps();
std::unique_ptr<Command> make_counterparts();
std::unique_ptr<Command> make_ask();
std::unique_ptr<Command> make_stats();
std::unique_ptr<Command> make_export();
std::unique_ptr<Command> make_roadmap();
std::unique_ptr<Command> make_report();
std::unique_ptr<Command> make_link();

}  // namespace stdgraph::cli
