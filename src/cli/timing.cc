#include "timing.h"

#include <cstdlib>
#include <iostream>

#include <fmt/format.h>

namespace stdgraph::cli {

Timing::Timing()
    : on_(std::getenv("STDGRAPH_TIMING") != nullptr), last_(std::chrono::steady_clock::now()) {}

void Timing::lap(std::string_view label) {
  auto now = std::chrono::steady_clock::now();
  if (on_)
    std::cerr << fmt::format("{}: {:.6f} s\n", label,
                             std::chrono::duration<double>(now - last_).count());
  last_ = now;
}

}  // namespace stdgraph::cli
