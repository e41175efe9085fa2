// Diagnostics: what is wrong, where (file:line:col), and what to do about it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "stdgraph/model/model.h"

namespace stdgraph {

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  SourcePos pos;
  std::string code;     // stable kebab-case name of the check ("unknown-key")
  std::string message;  // what is wrong
  std::string hint;     // what to do; one line
};

// "file:line:col: error: message" and, when there is a hint, "  hint: ..." on a second line.
// For the terminal: the file name, message and hint as terminal_safe writes them, so each
// is exactly one line and no control character in them reaches the terminal.
std::string format_diagnostic(const Diagnostic& d);

// How a message points at another record: "line 12" in the same file, else "file:12".
std::string refer_to(const SourcePos& other, const SourcePos& here);

class Diagnostics {
 public:
  void error(SourcePos pos, std::string code, std::string message, std::string hint = {});
  void warning(SourcePos pos, std::string code, std::string message, std::string hint = {});
  void add(Diagnostic d) { items_.push_back(std::move(d)); }

  const std::vector<Diagnostic>& items() const { return items_; }
  std::size_t error_count() const;
  std::size_t warning_count() const;
  // Orders by file, line, column so output is stable whatever the check order.
  void sort();

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace stdgraph
