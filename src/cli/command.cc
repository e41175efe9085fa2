#include "command.h"

#include <algorithm>

#include <fmt/format.h>

#include "stdgraph/model/bodies.h"

namespace stdgraph::cli {

void write_as(std::ostream& out, std::string_view format, std::initializer_list<Writer> writers) {
  for (const Writer& w : writers)
    if (w.format == format) return w.write(out);
  // add_format_option checks the value against the same list, so this is a programming error.
  throw std::logic_error(fmt::format("no writer for --format {}", format));
}

void require_bodies(const MatchIndex& index, const std::vector<std::string>& wanted) {
  const std::vector<std::string> loaded = index.bodies();
  for (const std::string& w : wanted) {
    bool found = std::any_of(loaded.begin(), loaded.end(),
                             [&](const std::string& body) { return body_matches(body, w); });
    if (!found)
      throw Failure(kUsage,
                    fmt::format("--body {}: no loaded item is of that body; the loaded bodies "
                                "are {} (add the body's catalogue with --data)",
                                w, fmt::join(loaded, ", ")));
  }
}

}  // namespace stdgraph::cli
