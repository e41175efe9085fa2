// STDGRAPH_TIMING=1: the time of each step of a command apart from the load, on stderr,
// for the benchmark scripts (scripts/bench-deps, scripts/bench-overlaps).
#pragma once

#include <chrono>
#include <string_view>

namespace stdgraph::cli {

// With STDGRAPH_TIMING set, prints "<label>: <seconds> s" on stderr for each lap.
class Timing {
 public:
  Timing();
  void lap(std::string_view label);

 private:
  bool on_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace stdgraph::cli
