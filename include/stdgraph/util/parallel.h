// The one parallel loop of the code base: an index range cut into chunks, which a few
// threads take in order until none is left. Loading files, checking the cache and building
// and querying the match index all run on it.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace stdgraph {

// The threads to use when `wanted` are asked for: 0 means one per core.
inline std::size_t thread_count(std::size_t wanted = 0) {
  if (wanted) return wanted;
  return std::max(1u, std::thread::hardware_concurrency());
}

struct ParallelOptions {
  std::size_t threads = 0;  // 0: one per core (thread_count)
  std::size_t grain = 1;    // indices taken at a time: more for cheap bodies
};

// How many workers parallel_chunks runs for n indices: never more than the chunks, and at
// least one. Size per-worker state with it.
inline std::size_t worker_count(std::size_t n, const ParallelOptions& options) {
  std::size_t grain = std::max<std::size_t>(1, options.grain);
  std::size_t chunks = (n + grain - 1) / grain;
  return std::max<std::size_t>(1, std::min(thread_count(options.threads), chunks));
}

// Calls body(worker, begin, end) on consecutive chunks [begin, end) of [0, n), each
// `grain` long (the last may be shorter), handed out in order to whichever worker is free.
// Worker 0 is the calling thread (so it alone may, say, report progress); the others are
// threads started for this call and joined before it returns. `worker` is below
// worker_count(n, options): an index into per-worker state. The order in which chunks
// finish depends on scheduling, so a body writes its results to slots of its own indices
// (or to per-worker state merged afterwards in a fixed order). If a body throws, no further
// chunk is handed out and the first exception is rethrown here once all workers are done.
template <typename Body>
void parallel_chunks(std::size_t n, const ParallelOptions& options, Body&& body) {
  const std::size_t grain = std::max<std::size_t>(1, options.grain);
  const std::size_t workers = worker_count(n, options);
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto work = [&](std::size_t worker) {
    try {
      for (std::size_t begin; (begin = next.fetch_add(grain)) < n;)
        body(worker, begin, std::min(n, begin + grain));
    } catch (...) {
      next = n;  // no chunk is handed out after a failure
      std::lock_guard<std::mutex> lock(failure_mutex);
      if (!failure) failure = std::current_exception();
    }
  };
  std::vector<std::thread> pool;
  pool.reserve(workers - 1);
  for (std::size_t w = 1; w < workers; ++w) pool.emplace_back(work, w);
  work(0);
  for (auto& thread : pool) thread.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace stdgraph
