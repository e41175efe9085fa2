// Loading reports its progress through LoadOptions::progress and draws nothing itself: the
// callback hears from the calling thread, never more than the total, and last that all the
// files are read.
#include <catch2/catch.hpp>
#include <fstream>
#include <thread>
#include <utility>
#include <vector>

#include "stdgraph/load/load.h"
#include "support.h"

using namespace stdgraph;

TEST_CASE("the loader tells its progress callback, last, that every file is read") {
  test::TempDir dir;
  constexpr std::size_t kFiles = 200;
  for (std::size_t i = 0; i < kFiles; ++i)
    std::ofstream(dir.path / ("r" + std::to_string(i) + ".yaml"))
        << "documents:\n  - id: X.P" << i << "\n    kind: recommendation\n    title: Item " << i
        << "\n    source: 001/t/" << i << "\n";
  std::vector<std::pair<std::size_t, std::size_t>> calls;
  bool on_caller = true;
  const auto caller = std::this_thread::get_id();
  LoadOptions options;
  options.progress = [&](std::size_t done, std::size_t total) {
    on_caller = on_caller && std::this_thread::get_id() == caller;
    calls.emplace_back(done, total);
  };
  Diagnostics diags;
  RecordSet set = load_paths({dir.path}, diags, options);
  REQUIRE(set.documents.size() == kFiles);
  REQUIRE_FALSE(calls.empty());
  CHECK(on_caller);
  CHECK(calls.back() == std::make_pair(kFiles, kFiles));
  for (auto [done, total] : calls) {
    CHECK(total == kFiles);
    CHECK(done <= total);
  }
}
