// The cache of parsed files is never trusted: a truncated, bit-flipped, foreign, other-
// version or inconsistent cache is ignored with a one-line note and rebuilt, the records
// are the same as without a cache, and processes sharing one cache all succeed.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <fmt/format.h>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <thread>

#include "stdgraph/load/cache.h"
#include "stdgraph/load/load.h"
#include "support.h"

using namespace stdgraph;
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kHeader = 16 + 4 + 8 + 8;  // magic, version, size, checksum

// A data set of `files` native files of `per_file` documents each (cached: documents
// only), and one file with a meeting (never cached).
void make_data(const fs::path& dir, int files, int per_file, const std::string& series = "X") {
  fs::create_directories(dir);
  for (int f = 0; f < files; ++f) {
    std::ofstream out(dir / fmt::format("part-{:04}.yaml", f));
    out << "documents:\n";
    for (int d = 0; d < per_file; ++d) {
      int n = f * per_file + d;
      out << fmt::format(
          "  - id: {2}.{0}\n    kind: recommendation\n    title: Security of thing {2}{0}\n"
          "    history: [{{date: 2023-09-08, status: approved, source: T/t/{0}}}]\n"
          "    relations: [{{type: normative-reference, target: {2}.{1}}}]\n",
          n, n == 0 ? 0 : n - 1, series);
    }
  }
  if (series == "X")
    std::ofstream(dir / "meeting.yaml")
        << "meetings:\n  - id: M1\n    group: SG17\n    start: 2025-09-04\n    source: 003/text\n"
           "groups:\n  - {id: SG17, kind: study-group, source: 003/text}\n";
}

// Everything a load gives, as one string to compare.
std::string fingerprint(const RecordSet& set, const Diagnostics& diags) {
  std::ostringstream out;
  for (const auto& d : set.documents) {
    out << d.id << '|' << d.title() << '|' << d.pos.line << ':' << d.pos.column << '|'
        << d.history.size() << '|';
    for (const auto& r : d.relations) out << r.target << ',';
    out << '\n';
  }
  for (const auto& g : set.groups) out << g.id << '\n';
  out << set.meetings.size() << " meetings\n";
  for (const auto& d : diags.items()) out << format_diagnostic(d) << '\n';
  return out.str();
}

class CacheDir {
 public:
  explicit CacheDir(const std::string& name)
      : root_(fs::temp_directory_path() / ("stdgraph-cache-" + name)) {
    fs::remove_all(root_);
    make_data(data(), 20, 40);
    if (const char* old = std::getenv("STDGRAPH_CACHE_DIR")) saved_ = old;
    setenv("STDGRAPH_CACHE_DIR", cache().c_str(), 1);
  }
  ~CacheDir() {
    if (saved_)
      setenv("STDGRAPH_CACHE_DIR", saved_->c_str(), 1);
    else
      unsetenv("STDGRAPH_CACHE_DIR");
    fs::remove_all(root_);
  }
  fs::path data() const { return root_ / "data"; }
  fs::path cache() const { return root_ / "cache"; }
  // The one cache file (after a load with the cache).
  fs::path file() const {
    REQUIRE(fs::exists(cache()));
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(cache())) files.push_back(e.path());
    REQUIRE(files.size() == 1);
    return files[0];
  }
  std::string load(LoadReport& report, bool use_cache = true) const {
    Diagnostics diags;
    RecordSet set = load_paths({data()}, diags, LoadOptions{use_cache}, &report);
    return fingerprint(set, diags);
  }

 private:
  fs::path root_;
  std::optional<std::string> saved_;
};

void write_bytes(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

// Loads through a damaged cache: the note names the reason, the records are those of a
// load without the cache, and the rebuilt cache serves the next load whole.
void check_rejected(const CacheDir& dir, const std::string& damaged, const std::string& reason) {
  LoadReport plain_report;
  std::string plain = dir.load(plain_report, false);
  write_bytes(dir.file(), damaged);
  LoadReport report;
  std::string through = dir.load(report);
  CHECK(report.cache_note.find("ignoring the cache") != std::string::npos);
  CHECK(report.cache_note.find("(" + reason + ")") != std::string::npos);
  CHECK(report.cache_note.find('\n') == std::string::npos);
  CHECK(report.parsed == report.files);
  CHECK(through == plain);
  LoadReport again;
  CHECK(dir.load(again) == plain);
  CHECK(again.cache_note.empty());
  CHECK(again.from_cache == again.files - 1);  // all but the file with a meeting
}

}  // namespace

TEST_CASE("a truncated cache is ignored and rebuilt", "[cache]") {
  CacheDir dir("truncated");
  LoadReport first;
  dir.load(first);
  const std::string good = test::read_file(dir.file());
  REQUIRE(good.size() > kHeader + 100);
  for (std::size_t keep : {std::size_t{0}, std::size_t{10}, kHeader - 1, kHeader, kHeader + 1,
                           good.size() / 2, good.size() - 1}) {
    INFO("kept " << keep << " of " << good.size() << " bytes");
    check_rejected(dir, good.substr(0, keep),
                   keep < kHeader ? "not a stdgraph cache" : "truncated");
  }
}

TEST_CASE("a bit flipped anywhere in a cache is caught", "[cache]") {
  CacheDir dir("flipped");
  LoadReport first;
  dir.load(first);
  const std::string good = test::read_file(dir.file());
  struct Flip {
    std::size_t at;
    std::string reason;
  };
  // Byte 16 is the version's low byte: flipping its bit 2 gives another version.
  std::string flipped_version = fmt::format("format version {}", good[16] ^ 0x04);
  for (Flip flip : {Flip{0, "not a stdgraph cache"}, Flip{15, "not a stdgraph cache"},
                    Flip{16, flipped_version}, Flip{20, "truncated"}, Flip{28, "checksum mismatch"},
                    Flip{kHeader, "checksum mismatch"}, Flip{good.size() / 2, "checksum mismatch"},
                    Flip{good.size() - 1, "checksum mismatch"}}) {
    INFO("byte " << flip.at);
    std::string bad = good;
    bad[flip.at] ^= flip.at == 16 ? 0x04 : 0x01;
    check_rejected(dir, bad, flip.reason);
  }
}

TEST_CASE("a foreign file in the cache's place is ignored and replaced", "[cache]") {
  CacheDir dir("foreign");
  LoadReport first;
  dir.load(first);
  std::string size_of_cache(test::read_file(dir.file()).size(), '\0');
  for (std::size_t i = 0; i < size_of_cache.size(); ++i)
    size_of_cache[i] = static_cast<char>((i * 2654435761u) >> 13);
  for (const std::string& foreign :
       {std::string("documents:\n  - id: X.1\n"), std::string("\x89PNG\r\n\x1a\n", 8),
        std::string("\x1f\x8b\x08\x00", 4), size_of_cache}) {
    check_rejected(dir, foreign, "not a stdgraph cache");
  }
}

TEST_CASE("a cache of another format version is ignored, whatever its checksum", "[cache]") {
  CacheDir dir("version");
  LoadReport first;
  dir.load(first);
  const std::string good = test::read_file(dir.file());
  for (std::uint32_t version : {1u, 3u, 0xFFFFFFFFu}) {
    INFO("version " << version);
    std::string other = good;  // the payload and its checksum stay valid
    std::memcpy(other.data() + 16, &version, 4);
    check_rejected(dir, other, fmt::format("format version {}", version));
  }
}

TEST_CASE("a cache with a valid checksum but impossible contents is ignored", "[cache]") {
  CacheDir dir("inconsistent");
  LoadReport first;
  dir.load(first);
  auto framed = [](const std::string& payload) { return cache::header_for(payload) + payload; };
  auto u32 = [](std::uint32_t v) { return std::string(reinterpret_cast<const char*>(&v), 4); };
  auto u64 = [](std::uint64_t v) { return std::string(reinterpret_cast<const char*>(&v), 8); };
  // Four billion entries in a few bytes.
  check_rejected(dir, framed(u32(0xFFFFFFFF) + std::string(64, '\0')), "inconsistent contents");
  // An entry whose file name runs past the end.
  check_rejected(dir, framed(u32(1) + u64(1ull << 40) + std::string(48, 'a')),
                 "inconsistent contents");
  // An entry whose records run past the end.
  check_rejected(dir, framed(u32(1) + u64(1) + "a" + u64(0) + u64(0) + u64(0) + u64(999)),
                 "inconsistent contents");
  // A whole entry, then bytes that belong to nothing.
  check_rejected(dir, framed(u32(0) + "junk"), "trailing bytes");
  // One file listed twice (found by cache_fuzz: the second was dropped, and the cache
  // written back from the first alone was refused).
  std::string entry =
      u64(0) + u64(1) + u64(2) + u64(3) + u64(4) + u64(5) + u64(6) + u64(7) + u64(0);
  check_rejected(dir, framed(u32(2) + entry + entry), "a file listed twice");
}

TEST_CASE("a cache of 73-byte entries is accepted and round-trips", "[cache]") {
  // 73 bytes each (one-letter paths, empty blobs; 41 before format 5): an entry's bound once
  // refused the smallest.
  auto u32 = [](std::uint32_t v) { return std::string(reinterpret_cast<const char*>(&v), 4); };
  auto u64 = [](std::uint64_t v) { return std::string(reinterpret_cast<const char*>(&v), 8); };
  auto status = [&](std::uint64_t first) {
    std::string s;
    for (std::uint64_t v = first; v < first + 7; ++v) s += u64(v);  // size ... content hash
    return s;
  };
  std::string payload =
      u32(2) + u64(1) + "a" + status(1) + u64(0) + u64(1) + "b" + status(4) + u64(0);
  cache::Entries entries;
  std::string why;
  REQUIRE(cache::parse(cache::header_for(payload) + payload, entries, why));
  CHECK(entries.size() == 2);
  CHECK(entries.at("b").mtime_ns == 5);
  std::string again = cache::payload_of(entries);
  cache::Entries back;
  REQUIRE(cache::parse(cache::header_for(again) + again, back, why));
  CHECK(back.size() == 2);
}

TEST_CASE("an entry whose records do not decode is parsed again, the rest still cached",
          "[cache]") {
  CacheDir dir("bad-entry");
  LoadReport first;
  std::string plain = dir.load(first);
  cache::File file;
  std::string note;
  cache::read(dir.file(), file, note);
  REQUIRE(note.empty());
  cache::Entries entries;
  for (const auto& [name, entry] : file.entries) {
    entries[name] = entry;
    entries[name].set_blob(std::string(entry.blob));  // its own bytes: the file is unmapped
  }
  file.clear();
  std::string damaged_file = (dir.data() / "part-0007.yaml").string();
  REQUIRE(entries.count(damaged_file) == 1);
  std::string blob(entries[damaged_file].blob);
  blob[blob.size() / 2] ^= 0x7F;  // checksummed again below: only decode can tell
  blob.resize(blob.size() - 3);
  entries[damaged_file].set_blob(blob);
  std::string payload = cache::payload_of(entries);
  write_bytes(dir.file(), cache::header_for(payload) + payload);
  LoadReport report;
  CHECK(dir.load(report) == plain);
  CHECK(report.cache_note.empty());
  CHECK(report.parsed == 2);  // the damaged entry's file, and the file with a meeting
  CHECK(report.from_cache == report.files - 2);
}

TEST_CASE("a cache that cannot be written is a note, the command still succeeds", "[cache]") {
  CacheDir dir("unwritable");
  fs::create_directories(dir.cache().parent_path());
  write_bytes(dir.cache(), "a file where the cache folder should be");
  auto run = test::run_stdgraph({"--data", dir.data().string(), "stats", "--format", "json"});
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("\"documents\": 800") != std::string::npos);
  CHECK(run.err.find("could not write the cache") != std::string::npos);
  CHECK(std::count(run.err.begin(), run.err.end(), '\n') == 1);
  CHECK(test::read_file(dir.cache()) == "a file where the cache folder should be");
}

TEST_CASE("the CLI says in one line on stderr that it ignored a damaged cache", "[cache]") {
  CacheDir dir("cli-note");
  auto plain = test::run_stdgraph({"--data", dir.data().string(), "stats", "--format", "json"});
  REQUIRE(plain.exit_code == 0);
  std::string good = test::read_file(dir.file());
  good[good.size() - 5] ^= 0x10;
  write_bytes(dir.file(), good);
  auto run = test::run_stdgraph({"--data", dir.data().string(), "stats", "--format", "json"});
  CHECK(run.exit_code == 0);
  CHECK(run.out == plain.out);
  CHECK(run.err == fmt::format("stdgraph: ignoring the cache {} (checksum mismatch); "
                               "rebuilding it\n",
                               dir.file().string()));
  auto again = test::run_stdgraph({"--data", dir.data().string(), "stats", "--format", "json"});
  CHECK(again.err.empty());
}

TEST_CASE("processes loading the same data at once all succeed and leave a valid cache",
          "[cache]") {
  CacheDir dir("concurrent");
  make_data(dir.data() / "more", 120, 20, "Y");  // long enough for the runs to overlap
  auto plain = test::run_stdgraph(
      {"--no-cache", "--data", dir.data().string(), "stats", "--format", "json"});
  REQUIRE(plain.exit_code == 0);
  fs::path out = dir.cache().parent_path() / "runs";
  fs::create_directories(out);
  constexpr int kRuns = 4;
  auto run_together = [&] {
    std::string script;
    for (int i = 0; i < kRuns; ++i)
      script += fmt::format(
          "('{0}' --data '{1}' stats --format json >'{2}/out{3}' "
          "2>'{2}/err{3}'; echo $? >'{2}/rc{3}') & ",
          STDGRAPH_BIN, dir.data().string(), out.string(), i);
    script += "wait\n";
    std::ofstream(out / "run.sh") << script;
    REQUIRE(std::system(("sh '" + (out / "run.sh").string() + "'").c_str()) == 0);
    for (int i = 0; i < kRuns; ++i) {
      INFO("run " << i);
      CHECK(test::read_file(out / fmt::format("rc{}", i)) == "0\n");
      CHECK(test::read_file(out / fmt::format("out{}", i)) == plain.out);
      CHECK(test::read_file(out / fmt::format("err{}", i)) == "");  // never a broken cache
    }
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir.cache())) names.push_back(e.path().filename());
    CHECK(names.size() == 1);  // the cache, and no temporary left beside it
  };
  run_together();  // all start without a cache and write one
  std::ofstream(dir.data() / "part-0003.yaml", std::ios::app) << "\n";
  run_together();  // all read it, find one file changed, and write it again
  LoadReport report;
  dir.load(report);
  CHECK(report.cache_note.empty());
  CHECK(report.parsed == 1);  // only the file with a meeting
}

TEST_CASE("a run killed at any moment leaves a valid cache or none, and nothing else", "[cache]") {
  CacheDir dir("killed");
  make_data(dir.data() / "more", 120, 20, "Y");
  std::string data = dir.data().string();
  for (int delay_ms : {0, 20, 40, 60, 80, 120, 160, 240}) {
    fs::remove_all(dir.cache());
    std::vector<std::string> args = {STDGRAPH_BIN, "--data", data, "stats"};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    REQUIRE(posix_spawn(&pid, STDGRAPH_BIN, &actions, nullptr, argv.data(), environ) == 0);
    posix_spawn_file_actions_destroy(&actions);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    INFO("killed after " << delay_ms << " ms; " << (WIFSIGNALED(status) ? "killed" : "done"));
    std::vector<fs::path> left;
    if (fs::exists(dir.cache()))
      for (const auto& e : fs::directory_iterator(dir.cache())) left.push_back(e.path());
    CHECK(left.size() <= 1);  // the cache or nothing: no partial file, no temporary
    if (left.size() == 1) {
      cache::File file;
      std::string note;
      cache::read(left[0], file, note);
      CHECK(note.empty());
      CHECK(file.entries.size() > 100);
    }
  }
}
