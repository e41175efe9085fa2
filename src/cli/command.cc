#include "command.h"

#include <fmt/format.h>

namespace stdgraph::cli {

void write_as(std::ostream& out, std::string_view format, std::initializer_list<Writer> writers) {
  for (const Writer& w : writers)
    if (w.format == format) return w.write(out);
  // add_format_option checks the value against the same list, so this is a programming error.
  throw std::logic_error(fmt::format("no writer for --format {}", format));
}

}  // namespace stdgraph::cli
