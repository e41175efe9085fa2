#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <system_error>
#include <thread>

#include <fmt/format.h>

#include "cache.h"
#include "stdgraph/load.h"

namespace stdgraph {
namespace fs = std::filesystem;
namespace {

bool is_record_file(const fs::path& p) {
  auto ext = p.extension().string();
  return (ext == ".yaml" || ext == ".yml") && p.stem() != "glossary";
}

// A data folder may carry what configures the analyses beside its records: the acronym
// glossary (glossary.yaml) and the gap taxonomies (taxonomies/). Neither is a record.
bool is_record_folder(const fs::path& p) { return p.filename() != "taxonomies"; }

// Expands folders into their record files, sorted so that every run reads in one order.
std::vector<fs::path> expand(const fs::path& path, Diagnostics& diags) {
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    diags.error({path.string(), 0, 0}, "no-such-path", "no such file or folder",
                "check the path given to --data");
    return {};
  }
  if (fs::is_regular_file(status)) return {path};
  if (!fs::is_directory(status)) {
    // A device or a pipe could be read forever (--data /dev/zero).
    diags.error({path.string(), 0, 0}, "unreadable", "not a file or folder",
                "give --data record files (*.yaml) or folders of them");
    return {};
  }
  std::vector<fs::path> files;
  for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_directory() && !is_record_folder(it->path()))
      it.disable_recursion_pending();
    else if (it->is_regular_file() && is_record_file(it->path()))
      files.push_back(it->path());
  }
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

std::string read_text(const fs::path& file, FileResult& result) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    result.diags.error({file.string(), 0, 0}, "unreadable", "cannot open file for reading",
                       "check that the file exists and is readable");
    return {};
  }
  // Read at most a chunk past the limit: a larger file is refused by the loader, not
  // read whole.
  std::string text;
  char chunk[1 << 16];
  while (text.size() <= kMaxRecordFileBytes && (in.read(chunk, sizeof chunk) || in.gcount() > 0))
    text.append(chunk, static_cast<std::size_t>(in.gcount()));
  return text;
}

void parse(const std::string& text, const fs::path& file, FileResult& result) {
  result.records = looks_like_relaton(text) ? load_relaton_text(text, file.string(), result.diags)
                                            : load_native_text(text, file.string(), result.diags);
}

// One file through the cache: an entry of the same size and modification time is taken
// as it is; else the file is read, and an entry of the same content is taken; else the
// file is parsed and a new entry made. `old` entries may be moved from.
FileResult load_file(const fs::path& file, cache::Entries* old, cache::Entry* fresh, bool& parsed,
                     bool& changed) {
  FileResult result;
  parsed = false;
  changed = true;
  if (!old) {
    std::string text = read_text(file, result);
    if (result.diags.items().empty()) parse(text, file, result);
    parsed = true;
    return result;
  }
  struct stat st {};
  bool stat_ok = ::stat(file.c_str(), &st) == 0;
  fresh->size = stat_ok ? static_cast<std::uint64_t>(st.st_size) : 0;
  fresh->mtime_ns = stat_ok ? st.st_mtim.tv_sec * 1'000'000'000LL + st.st_mtim.tv_nsec : 0;
  auto entry = old->find(file.string());
  bool same_stat = stat_ok && entry != old->end() && entry->second.size == fresh->size &&
                   entry->second.mtime_ns == fresh->mtime_ns;
  if (same_stat && cache::decode(entry->second.blob, file.string(), result.records, result.diags)) {
    *fresh = entry->second;  // the blob still points into the cache file's bytes
    changed = false;
    return result;
  }
  // An entry without records is a file the cache does not hold (liaisons, meetings).
  changed = !(same_stat && entry->second.blob.empty());
  result = {};
  std::string text = read_text(file, result);
  if (!result.diags.items().empty()) return result;
  fresh->content_hash = cache::hash_bytes(text);
  if (entry != old->end() && entry->second.content_hash == fresh->content_hash &&
      cache::decode(entry->second.blob, file.string(), result.records, result.diags)) {
    fresh->blob = entry->second.blob;
    parsed = true;  // read again, not parsed: the entry's time is refreshed
    return result;
  }
  result = {};
  parse(text, file, result);
  fresh->set_blob(cache::encode(result.records, result.diags));
  parsed = true;
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

RecordSet load_paths(const std::vector<fs::path>& paths, Diagnostics& diags,
                     const LoadOptions& options, LoadReport* report) {
  std::vector<fs::path> files;
  for (const auto& path : paths)
    for (auto& file : expand(path, diags)) files.push_back(std::move(file));

  LoadReport local;
  LoadReport& r = report ? *report : local;
  r.files = files.size();
  std::optional<fs::path> cache_path;
  cache::File cache_file;
  cache::Entries& old = cache_file.entries;
  if (options.cache && (cache_path = cache::path_for(paths)))
    cache::read(*cache_path, cache_file, r.cache_note);
  std::vector<cache::Entry> fresh(options.cache ? files.size() : 0);
  std::vector<char> parsed(files.size(), 0), changed(files.size(), 0);

  // Files are independent: parse them on every core, then merge in file order so that
  // the result does not depend on scheduling.
  std::vector<FileResult> results(files.size());
  std::atomic<std::size_t> next{0}, done{0};
  Progress progress(files.size());
  auto work = [&](bool reports) {
    auto last = std::chrono::steady_clock::now();
    for (std::size_t i; (i = next.fetch_add(1)) < files.size();) {
      bool was_parsed = false, was_changed = false;
      results[i] = load_file(files[i], cache_path ? &old : nullptr,
                             cache_path ? &fresh[i] : nullptr, was_parsed, was_changed);
      parsed[i] = was_parsed;
      changed[i] = was_changed;
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

  for (char p : parsed) r.parsed += p;
  r.from_cache = files.size() - r.parsed;
  bool dirty = old.size() != files.size();
  for (char c : changed) dirty |= c != 0;
  if (cache_path && dirty) {
    cache::Entries entries;
    for (std::size_t i = 0; i < files.size(); ++i)
      entries.emplace(files[i].string(), std::move(fresh[i]));
    cache::write(*cache_path, entries, r.cache_note);
  }

  RecordSet all;
  std::size_t documents = 0, groups = 0;
  for (const auto& r : results) {
    documents += r.records.documents.size();
    groups += r.records.groups.size();
  }
  all.documents.reserve(documents);
  all.groups.reserve(groups);
  all.files.reserve(files.size());
  for (auto& r : results) {
    for (auto& d : r.diags.items()) diags.add(d);
    all.append(std::move(r.records));
  }
  return all;
}

}  // namespace stdgraph
