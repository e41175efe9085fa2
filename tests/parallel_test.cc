// The one parallel loop (util/parallel.h): every index once, in chunks of the grain, worker 0
// on the calling thread, never more workers than chunks, and a body's exception rethrown.
#include <atomic>
#include <catch2/catch.hpp>
#include <stdexcept>
#include <thread>
#include <vector>

#include "stdgraph/util/parallel.h"

using namespace stdgraph;

TEST_CASE("parallel_chunks runs every index once, in chunks of the grain") {
  for (std::size_t n : {0u, 1u, 63u, 64u, 1000u}) {
    std::vector<std::atomic<int>> seen(n);
    std::atomic<bool> chunks_fit{true};
    parallel_chunks(n, {4, 64}, [&](std::size_t, std::size_t begin, std::size_t end) {
      if (begin % 64 != 0 || end - begin > 64 || end > n) chunks_fit = false;
      for (std::size_t i = begin; i < end; ++i) ++seen[i];
    });
    CHECK(chunks_fit);
    for (std::size_t i = 0; i < n; ++i) REQUIRE(seen[i] == 1);
  }
}

TEST_CASE("parallel_chunks: worker 0 is the calling thread, workers index per-worker state") {
  const ParallelOptions options{3, 1};
  REQUIRE(worker_count(100, options) == 3);
  REQUIRE(worker_count(2, options) == 2);  // never more workers than chunks
  REQUIRE(worker_count(0, options) == 1);
  REQUIRE(worker_count(1000, {0, 10}) >= 1);
  const auto caller = std::this_thread::get_id();
  std::vector<long> sums(worker_count(100, options), 0);
  std::atomic<bool> zero_on_caller{true};
  parallel_chunks(100, options, [&](std::size_t worker, std::size_t begin, std::size_t end) {
    if (worker == 0 && std::this_thread::get_id() != caller) zero_on_caller = false;
    for (std::size_t i = begin; i < end; ++i) sums[worker] += static_cast<long>(i);
  });
  CHECK(zero_on_caller);
  long total = 0;
  for (long s : sums) total += s;
  CHECK(total == 99 * 100 / 2);
}

TEST_CASE("parallel_chunks rethrows a body's exception once every worker is done") {
  std::atomic<int> after{0};
  auto run = [&] {
    parallel_chunks(10000, {4, 1}, [&](std::size_t, std::size_t begin, std::size_t) {
      if (begin == 10) throw std::runtime_error("file 10 is unreadable");
      ++after;
    });
  };
  REQUIRE_THROWS_WITH(run(), "file 10 is unreadable");
  CHECK(after < 10000);  // no chunk is handed out after the failure
}
