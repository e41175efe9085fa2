#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "stdgraph/load/cache.h"
#include "stdgraph/load/load.h"
#include "stdgraph/model/links.h"
#include "stdgraph/util/parallel.h"
#include "stdgraph/util/read_input.h"

namespace stdgraph {
namespace fs = std::filesystem;
namespace {

bool is_record_file(const fs::path& p) {
  auto ext = p.extension().string();
  return (ext == ".yaml" || ext == ".yml") && p.stem() != "glossary";
}

// A data folder may carry what configures the analyses beside its records: the acronym
// glossary (glossary.yaml) and the gap taxonomies (taxonomies/). Neither is a record.
bool is_record_folder(const fs::path& p) {
  return p.filename() != "taxonomies";
}

// A folder entry the walk passes over, said so rather than skipped silently: a link to a
// folder (not followed, so that a loop of links cannot walk forever), a dangling link, or a
// FIFO, device or socket named like a record file. A link to a record file is read.
void skip_unreadable_entry(const fs::directory_entry& entry, Diagnostics& diags) {
  std::error_code ec;
  const std::string name = entry.path().string();
  auto target = fs::status(entry.path(), ec);
  if (entry.is_symlink(ec)) {
    if (!fs::exists(target)) {
      if (is_record_file(entry.path()))
        diags.warning({name, 0, 0}, "skipped",
                      "a link to nothing (dangling symbolic link): not read",
                      "point the link at a record file, or remove it");
    } else if (fs::is_directory(target)) {
      diags.warning({name, 0, 0}, "skipped",
                    "a symbolic link to a folder: its records are not read (links to "
                    "folders are not followed)",
                    "give the folder itself to --data, or replace the link by the folder");
    } else if (!fs::is_regular_file(target) && is_record_file(entry.path())) {
      struct stat st {};
      ::stat(name.c_str(), &st);
      diags.warning(
          {name, 0, 0}, "skipped",
          fmt::format("a link to {}, not to a record file: not read", file_type_name(st.st_mode)),
          "point the link at a record file, or remove it");
    }
    return;
  }
  struct stat st {};
  ::lstat(name.c_str(), &st);
  diags.warning({name, 0, 0}, "skipped",
                fmt::format("{} named like a record file: not read", file_type_name(st.st_mode)),
                "record files are regular files; rename or remove this one");
}

// Expands folders into their record files, sorted so that every run reads in one order.
// `linked` is set when a file was reached through a symbolic link (it may be named twice).
std::vector<fs::path> expand(const fs::path& path, Diagnostics& diags, bool& linked) {
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    diags.error({path.string(), 0, 0}, "no-such-path", "no such file or folder",
                "check the path given to --data");
    return {};
  }
  if (fs::is_regular_file(status)) {
    linked |= fs::is_symlink(fs::symlink_status(path, ec));
    return {path};
  }
  if (!fs::is_directory(status)) {
    // A device or a pipe could be read forever (--data /dev/zero).
    diags.error({path.string(), 0, 0}, "unreadable", "not a file or folder",
                "give --data record files (*.yaml) or folders of them");
    return {};
  }
  std::vector<fs::path> files;
  for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code type_ec;
    if (it->is_symlink(type_ec)) {
      linked = true;
      skip_unreadable_entry(*it, diags);
      if (it->is_regular_file(type_ec) && is_record_file(it->path())) files.push_back(it->path());
    } else if (it->is_directory(type_ec)) {
      if (!is_record_folder(it->path())) it.disable_recursion_pending();
    } else if (is_record_file(it->path())) {
      if (it->is_regular_file(type_ec))
        files.push_back(it->path());
      else
        skip_unreadable_entry(*it, diags);
    }
  }
  if (ec)
    diags.error({path.string(), 0, 0}, "unreadable",
                fmt::format("cannot list folder: {}", ec.message()));
  // In the order of fs::path's comparison (name by name), which on these paths, all from one
  // folder walk, is that of their text with the separator before every other character:
  // the same order, without splitting 16,000 paths into names at every comparison.
  auto rank = [](char c) { return c == '/' ? 0 : static_cast<unsigned char>(c) + 1; };
  std::sort(files.begin(), files.end(), [&](const fs::path& a, const fs::path& b) {
    const std::string &x = a.native(), &y = b.native();
    return std::lexicographical_compare(x.begin(), x.end(), y.begin(), y.end(),
                                        [&](char c, char d) { return rank(c) < rank(d); });
  });
  return files;
}

struct FileResult {
  RecordSet records;
  Diagnostics diags;
};

std::string read_text(const fs::path& file, FileResult& result) {
  // At most a byte past the limit: a larger file is refused by the loader, not read whole.
  InputText input = read_input_file(file, kMaxRecordFileBytes);
  if (!input.error.empty())
    result.diags.error({file.string(), 0, 0}, "unreadable",
                       fmt::format("cannot read the file: {}", input.error),
                       "check that the file exists, is readable and is a regular file");
  return std::move(input.text);
}

void parse(const std::string& text, const fs::path& file, FileResult& result) {
  result.records = load_record_text(text, file.string(), result.diags);
}

// One file through the cache: an entry of the same status (size, times, inode, device) is
// taken as it is, unless it is racy (see cache::FileState); else the file is read, and an
// entry of the same content is taken; else the file is parsed and a new entry made. `old`
// entries may be moved from.
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
  const std::int64_t checked = cache::now_ns();
  bool stat_ok = ::stat(file.c_str(), &st) == 0;
  if (stat_ok) fresh->set_status(st, checked);
  auto entry = old->find(file.string());
  bool same_stat = stat_ok && entry != old->end() && entry->second.same_status(st);
  if (same_stat && !entry->second.racy() &&
      cache::decode(entry->second.blob, file.string(), result.records, result.diags)) {
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
    // Read again, not parsed: a changed status is refreshed, and a racy entry is rewritten
    // once its times are far enough behind the clock to be trusted without reading.
    parsed = !same_stat;
    changed = !same_stat || !fresh->racy();
    return result;
  }
  result = {};
  parse(text, file, result);
  fresh->set_blob(cache::encode(result.records, result.diags));
  parsed = true;
  return result;
}

// stat() of files through an open descriptor of the folder of the last one: a lookup of one
// name rather than a walk of the whole path, for files that share a folder.
class FolderStat {
 public:
  FolderStat() = default;
  FolderStat(const FolderStat&) = delete;
  FolderStat& operator=(const FolderStat&) = delete;
  ~FolderStat() {
    if (fd_ >= 0) ::close(fd_);
  }
  bool stat(const std::string& file, struct stat& st) {
    std::size_t slash = file.rfind('/');
    if (slash == std::string::npos || slash == 0) return ::stat(file.c_str(), &st) == 0;
    std::string_view folder(file.data(), slash);
    if (fd_ < 0 || folder != folder_) {
      if (fd_ >= 0) ::close(fd_);
      folder_ = folder;
      fd_ = ::open(folder_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    }
    if (fd_ < 0) return ::stat(file.c_str(), &st) == 0;
    return ::fstatat(fd_, file.c_str() + slash + 1, &st, 0) == 0;
  }

 private:
  std::string folder_;
  int fd_ = -1;
};

// Runs work(i) for every i below n on every core. `progress`, when set, is told from the
// calling thread every 100 ms how many are done, and once at the end that all are.
template <typename Work>
void on_every_core(std::size_t n, const LoadProgress& progress, const Work& work) {
  std::atomic<std::size_t> done{0};
  auto last = std::chrono::steady_clock::now();
  // Fewer threads for few files: starting one costs more than parsing 64 small files.
  const ParallelOptions options{std::min(thread_count(), n / 64 + 1), 1};
  parallel_chunks(n, options, [&](std::size_t worker, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) work(i);
    std::size_t finished = done.fetch_add(end - begin) + (end - begin);
    if (worker == 0 && progress &&
        std::chrono::steady_clock::now() - last > std::chrono::milliseconds(100)) {
      progress(finished, n);
      last = std::chrono::steady_clock::now();
    }
  });
  if (progress) progress(n, n);
}

void add_note(LoadReport& r, const std::string& note) {
  if (note.empty()) return;
  if (!r.cache_note.empty()) r.cache_note += '\n';
  r.cache_note += note;
}

// Overlapping --data roots (`--data d --data d/x.yaml`) or a link to a record file in the
// tree name one file twice; it is read once, where it is first named.
void drop_files_named_twice(std::vector<fs::path>& files) {
  std::set<std::pair<dev_t, ino_t>> seen;
  std::vector<fs::path> kept;
  kept.reserve(files.size());
  for (auto& file : files) {
    struct stat st {};
    if (::stat(file.c_str(), &st) == 0 && !seen.insert({st.st_dev, st.st_ino}).second) continue;
    kept.push_back(std::move(file));
  }
  files = std::move(kept);
}

// One load: the files named, and the cache of them as read.
struct Session {
  std::vector<fs::path> files;
  std::optional<fs::path> cache_path;
  cache::File cache;                // its entries' blobs point into its bytes
  std::vector<cache::Entry> fresh;  // what the cache will hold, one per file
  LoadProgress progress;

  Session(const std::vector<fs::path>& paths, Diagnostics& diags, const LoadOptions& options,
          LoadReport& r)
      : progress(options.progress) {
    bool linked = false;
    for (const auto& path : paths)
      for (auto& file : expand(path, diags, linked)) files.push_back(std::move(file));
    if (paths.size() > 1 || linked) drop_files_named_twice(files);
    r.files = files.size();
    if (options.cache && (cache_path = cache::path_for(paths))) {
      std::string note;
      cache::read(*cache_path, cache, note);
      add_note(r, note);
    }
    fresh.resize(cache_path ? files.size() : 0);
  }

  // True when the cache holds every file, at its status, with its records, and no other
  // file; `digest` then names the set of files and their contents. A racy entry counts only
  // once its file's content hash is checked; one that is no longer racy does not, so that
  // read() rewrites it.
  bool unchanged(std::uint64_t& digest) const {
    const cache::Entries& old = cache.entries;
    if (!cache_path || old.size() != files.size()) return false;
    std::vector<std::string> names(files.size());
    std::vector<std::uint64_t> hashes(files.size());
    std::atomic<bool> same{true};
    // Each worker takes runs of files, which mostly share a folder.
    const ParallelOptions options{0, 256};
    std::vector<FolderStat> folders(worker_count(files.size(), options));
    parallel_chunks(
        files.size(), options, [&](std::size_t worker, std::size_t from, std::size_t to) {
          const std::int64_t now = cache::now_ns();
          for (std::size_t i = from; i < to && same.load(std::memory_order_relaxed); ++i) {
            names[i] = files[i].string();
            struct stat st {};
            auto entry = old.find(names[i]);
            if (entry == old.end() || entry->second.blob.empty() ||
                !folders[worker].stat(names[i], st) || !entry->second.same_status(st) ||
                (entry->second.racy() && !entry->second.racy_at(now))) {
              same = false;
              return;
            }
            if (entry->second.racy()) {
              FileResult contents;
              std::string text = read_text(files[i], contents);
              if (!contents.diags.items().empty() ||
                  cache::hash_bytes(text) != entry->second.content_hash) {
                same = false;
                return;
              }
            }
            hashes[i] = entry->second.content_hash;
          }
        });
    if (same) digest = cache::digest_of(names, hashes);
    return same;
  }

  // After read(): the digest of the files as read, when the cache holds every one's records.
  std::optional<std::uint64_t> fresh_digest;

  std::optional<std::uint64_t> digest_of_fresh() const {
    if (!cache_path) return std::nullopt;
    std::vector<std::string> names(files.size());
    std::vector<std::uint64_t> hashes(files.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
      if (fresh[i].blob.empty()) return std::nullopt;
      names[i] = files[i].string();
      hashes[i] = fresh[i].content_hash;
    }
    return cache::digest_of(names, hashes);
  }

  // Reads every file (through the cache), rewrites the cache if anything changed, and
  // merges the records in file order.
  RecordSet read(Diagnostics& diags, LoadReport& r) {
    cache::Entries& old = cache.entries;
    std::vector<char> parsed(files.size(), 0), changed(files.size(), 0);
    // Files are independent: parse them on every core, then merge in file order so that
    // the result does not depend on scheduling.
    std::vector<FileResult> results(files.size());
    on_every_core(files.size(), progress, [&](std::size_t i) {
      bool was_parsed = false, was_changed = false;
      results[i] = load_file(files[i], cache_path ? &old : nullptr,
                             cache_path ? &fresh[i] : nullptr, was_parsed, was_changed);
      parsed[i] = was_parsed;
      changed[i] = was_changed;
    });

    for (char p : parsed) r.parsed += p;
    r.from_cache = files.size() - r.parsed;
    bool dirty = old.size() != files.size();
    for (char c : changed) dirty |= c != 0;
    fresh_digest = digest_of_fresh();
    if (cache_path && dirty) {
      cache::Entries entries;
      for (std::size_t i = 0; i < files.size(); ++i)
        entries.emplace(files[i].string(), std::move(fresh[i]));
      std::string note;
      cache::write(*cache_path, entries, note);
      add_note(r, note);
    }

    RecordSet all;
    std::size_t documents = 0, groups = 0;
    for (const auto& result : results) {
      documents += result.records.documents.size();
      groups += result.records.groups.size();
    }
    all.documents.reserve(documents);
    all.groups.reserve(groups);
    all.files.reserve(files.size());
    // A catalogue names its body's groups in every record (90,000 copies of "3GPP" and its
    // committees): of implied groups alike in all but their place, the first place is kept,
    // the one Corpus::build would keep, whatever the order the paths were given in.
    std::unordered_map<std::string, std::size_t> implied;
    auto place = [](const Group& g) { return std::tie(g.pos.file, g.pos.line, g.pos.column); };
    for (auto& result : results) {
      for (auto& d : result.diags.items()) diags.add(d);
      for (Group& g : result.records.groups) {
        if (!g.implied) {
          all.groups.push_back(std::move(g));
          continue;
        }
        auto [it, fresh_id] = implied.emplace(g.id, all.groups.size());
        if (fresh_id) {
          all.groups.push_back(std::move(g));
          continue;
        }
        Group& kept = all.groups[it->second];
        if (kept.kind != g.kind || kept.name != g.name || kept.parent != g.parent ||
            kept.members != g.members) {
          all.groups.push_back(std::move(g));  // unlike: Corpus::build reports or picks
        } else if (place(g) < place(kept)) {
          kept = std::move(g);
        }
      }
      result.records.groups.clear();
      all.append(std::move(result.records));
    }
    return all;
  }
};

}  // namespace

RecordSet load_paths(const std::vector<fs::path>& paths, Diagnostics& diags,
                     const LoadOptions& options, LoadReport* report) {
  LoadReport local;
  LoadReport& r = report ? *report : local;
  Session session(paths, diags, options, r);
  return session.read(diags, r);
}

Corpus load_corpus(const std::vector<fs::path>& paths, Diagnostics& diags,
                   const LoadOptions& options, LoadReport* report) {
  LoadReport local;
  LoadReport& r = report ? *report : local;
  Session session(paths, diags, options, r);
  std::uint64_t digest = 0;
  if (!options.link_certain && session.unchanged(digest)) {
    // Only the files' sizes, times and hashes were needed: the records in the cache of
    // files (read again from it if the corpus cache fails) need not stay resident while
    // the corpus is decoded.
    session.cache.release(0, session.cache.bytes().size());
    Corpus corpus;
    std::string note;
    bool whole = cache::read_corpus(cache::corpus_path_for(*session.cache_path), digest, corpus,
                                    diags, note);
    add_note(r, note);
    if (whole) {
      r.from_cache = r.files;
      r.whole_corpus = true;
      return corpus;
    }
  }
  // What the files and the corpus say, kept apart from what naming the files said (a
  // missing --data path), which is said again on every run.
  Diagnostics found;
  RecordSet records = session.read(found, r);
  if (options.link_certain)
    for (Link& link : certain_links(records.documents)) records.links.push_back(std::move(link));
  Corpus corpus = Corpus::build(std::move(records), found);
  if (session.fresh_digest && !options.link_certain) {
    std::string note;
    cache::write_corpus(cache::corpus_path_for(*session.cache_path), corpus, found,
                        *session.fresh_digest, note);
    add_note(r, note);
  }
  for (const auto& d : found.items()) diags.add(d);
  return corpus;
}

}  // namespace stdgraph
