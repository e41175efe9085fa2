#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <system_error>
#include <thread>

#include <fmt/format.h>

#include "stdgraph/load.h"

namespace stdgraph {
namespace fs = std::filesystem;
namespace {

bool is_record_file(const fs::path& p) {
  auto ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

// Expands folders into their record files, sorted so that every run reads in one order.
std::vector<fs::path> expand(const fs::path& path, Diagnostics& diags) {
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    diags.error({path.string(), 0, 0}, "no-such-path", "no such file or folder",
                "check the path given to --data");
    return {};
  }
  if (!fs::is_directory(status)) return {path};
  std::vector<fs::path> files;
  for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file() && is_record_file(it->path())) files.push_back(it->path());
  if (ec)
    diags.error({path.string(), 0, 0}, "unreadable",
                fmt::format("cannot list folder: {}", ec.message()));
  std::sort(files.begin(), files.end());
  return files;
}

struct FileResult {
  RecordSet records;
  Diagnostics diags;
};

FileResult load_file(const fs::path& file) {
  FileResult result;
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    result.diags.error({file.string(), 0, 0}, "unreadable", "cannot open file for reading",
                       "check that the file exists and is readable");
    return result;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string text = std::move(buffer).str();
  result.records = looks_like_relaton(text) ? load_relaton_text(text, file.string(), result.diags)
                                            : load_native_text(text, file.string(), result.diags);
  return result;
}

// "loading 8,000/16,172 files" on stderr, redrawn in place, when stderr is a terminal.
class Progress {
 public:
  explicit Progress(std::size_t total) : total_(total), shown_(total >= 500 && isatty(2)) {}
  void show(std::size_t done) const {
    if (!shown_) return;
    constexpr int kWidth = 30;
    int filled = static_cast<int>(kWidth * done / std::max<std::size_t>(total_, 1));
    std::fprintf(stderr, "\rloading [%s%s] %zu/%zu files", std::string(filled, '#').c_str(),
                 std::string(kWidth - filled, ' ').c_str(), done, total_);
    std::fflush(stderr);
  }
  void finish() const {
    if (shown_) std::fprintf(stderr, "\r\033[K");
  }

 private:
  std::size_t total_;
  bool shown_;
};

}  // namespace

RecordSet load_paths(const std::vector<fs::path>& paths, Diagnostics& diags) {
  std::vector<fs::path> files;
  for (const auto& path : paths)
    for (auto& file : expand(path, diags)) files.push_back(std::move(file));

  // Files are independent: parse them on every core, then merge in file order so that
  // the result does not depend on scheduling.
  std::vector<FileResult> results(files.size());
  std::atomic<std::size_t> next{0}, done{0};
  Progress progress(files.size());
  auto work = [&](bool reports) {
    auto last = std::chrono::steady_clock::now();
    for (std::size_t i; (i = next.fetch_add(1)) < files.size();) {
      results[i] = load_file(files[i]);
      std::size_t n = done.fetch_add(1) + 1;
      if (reports && std::chrono::steady_clock::now() - last > std::chrono::milliseconds(100)) {
        progress.show(n);
        last = std::chrono::steady_clock::now();
      }
    }
  };
  unsigned threads = std::max(1u, std::min<unsigned>(std::thread::hardware_concurrency(),
                                                     static_cast<unsigned>(files.size() / 64 + 1)));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, false);
  work(true);
  for (auto& t : pool) t.join();
  progress.finish();

  RecordSet all;
  for (auto& r : results) {
    for (auto& d : r.diags.items()) diags.add(d);
    all.append(std::move(r.records));
  }
  return all;
}

}  // namespace stdgraph
