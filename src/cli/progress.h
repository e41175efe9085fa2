// Progress of a long load on the terminal: the drawing the load library leaves to its caller.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

namespace stdgraph::cli {

// A LoadOptions::progress that draws "loading [#####     ] 8000/16172 files" on stderr,
// redrawn in place, and erases it when done == total. It draws nothing when stderr is not a
// terminal or the load is small (under 500 files: over before a bar would help).
std::function<void(std::size_t done, std::size_t total)> terminal_progress();

}  // namespace stdgraph::cli
