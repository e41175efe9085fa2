#include "stdgraph/model/diagnostics.h"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

#include "stdgraph/util/escape.h"

namespace stdgraph {

std::string format_diagnostic(const Diagnostic& d) {
  // A file name, message or hint quotes what the records hold: each stays on its line
  // and shows a control character as an escape (a newline in a file name as `\n`).
  std::string place = terminal_safe(d.pos.file);
  if (d.pos.line > 0) place += fmt::format(":{}:{}", d.pos.line, d.pos.column);
  std::string text =
      fmt::format("{}: {}: {}", place.empty() ? "stdgraph" : place,
                  d.severity == Severity::error ? "error" : "warning", terminal_safe(d.message));
  if (!d.hint.empty()) text += fmt::format("\n  hint: {}", terminal_safe(d.hint));
  return text;
}

void Diagnostics::error(SourcePos pos, std::string code, std::string message, std::string hint) {
  items_.push_back(
      {Severity::error, std::move(pos), std::move(code), std::move(message), std::move(hint)});
}

void Diagnostics::warning(SourcePos pos, std::string code, std::string message, std::string hint) {
  items_.push_back(
      {Severity::warning, std::move(pos), std::move(code), std::move(message), std::move(hint)});
}

std::size_t Diagnostics::error_count() const {
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::size_t Diagnostics::warning_count() const {
  return items_.size() - error_count();
}

void Diagnostics::sort() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.pos.file, a.pos.line, a.pos.column) <
           std::tie(b.pos.file, b.pos.line, b.pos.column);
  });
}

std::string refer_to(const SourcePos& other, const SourcePos& here) {
  if (other.file == here.file) return "line " + std::to_string(other.line);
  return other.file + ":" + std::to_string(other.line);
}

}  // namespace stdgraph
