// What the cache may be trusted with (issue 16, items 3, 4, 9 and 15): an entry is taken only
// while its file's size, modification and change times, inode and device are those it was
// made from, and its content hash is checked again while those times are too close to when
// they were taken (git's "racy" rule); a cache is read only from a file the user owns, that
// no one else may write, in a folder no one else may write; a FIFO in the cache's place
// never blocks; the cache's folder is made 0700 and its files 0600.
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

#include "stdgraph/load/cache.h"
#include "stdgraph/load/load.h"
#include "support.h"

using namespace stdgraph;
namespace fs = std::filesystem;

namespace {

constexpr std::uint32_t kNobody = 65534;

// One document a file, each of the same length: `title` and `status` may be edited in
// place without changing a file's size.
std::string record(int n, const std::string& title, const std::string& status = "approved") {
  return fmt::format(
      "documents:\n  - id: X.{0}\n    kind: recommendation\n    title: Security of thing {1}\n"
      "    history: [{{date: 2023-09-08, status: {2}, source: T/t/{0}}}]\n",
      n, title, status);
}

void write_bytes(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

struct stat status_of(const fs::path& path) {
  struct stat st {};
  REQUIRE(::lstat(path.c_str(), &st) == 0);
  return st;
}

// Rewrites a file with `text` of the same size, then puts its modification time back (as
// touch -d, cp -p, tar, rsync and a fixed SOURCE_DATE_EPOCH do).
void edit_keeping_mtime(const fs::path& file, const std::string& text) {
  struct stat before = status_of(file);
  REQUIRE(text.size() == static_cast<std::size_t>(before.st_size));
  write_bytes(file, text);
  struct timespec times[2] = {before.st_atim, before.st_mtim};
  REQUIRE(utimensat(AT_FDCWD, file.c_str(), times, 0) == 0);
  REQUIRE(status_of(file).st_mtim.tv_nsec == before.st_mtim.tv_nsec);
}

class TrustDir {
 public:
  explicit TrustDir(const std::string& name)
      : root_(fs::temp_directory_path() / ("stdgraph-trust-" + name)) {
    fs::remove_all(root_);
    fs::create_directories(data());
    for (int n = 1; n <= 3; ++n) {
      write_bytes(file(n), record(n, "AAAA"));
      ::chmod(file(n).c_str(), 0644);
    }
    for (const fs::path& folder : {root_, data()})
      ::chmod(folder.c_str(), 0755);  // whatever the umask: read by nobody below
    if (const char* old = std::getenv("STDGRAPH_CACHE_DIR")) saved_ = old;
    use_cache_dir(cache());
  }
  ~TrustDir() {
    if (saved_)
      setenv("STDGRAPH_CACHE_DIR", saved_->c_str(), 1);
    else
      unsetenv("STDGRAPH_CACHE_DIR");
    std::error_code ec;
    fs::permissions(root_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(root_, ec);
  }
  TrustDir(const TrustDir&) = delete;
  TrustDir& operator=(const TrustDir&) = delete;

  void use_cache_dir(const fs::path& dir) { setenv("STDGRAPH_CACHE_DIR", dir.c_str(), 1); }
  fs::path root() const { return root_; }
  fs::path data() const { return root_ / "data"; }
  fs::path cache() const { return root_ / "cache"; }
  fs::path file(int n) const { return data() / fmt::format("x{}.yaml", n); }
  fs::path cache_file() const {
    auto path = cache::path_for({data()});
    REQUIRE(path);
    return *path;
  }
  fs::path corpus_file() const { return cache::corpus_path_for(cache_file()); }

  test::RunResult run(const std::vector<std::string>& command) const {
    std::vector<std::string> args = {"--data", data().string()};
    args.insert(args.end(), command.begin(), command.end());
    return test::run_stdgraph(args);
  }
  std::string title_of(int n) const {
    auto shown = run({"show", fmt::format("X.{}", n)});
    REQUIRE(shown.exit_code == 0);
    for (const char* title : {"AAAA", "BBBB", "FAKE"})
      if (shown.out.find(std::string("thing ") + title) != std::string::npos) return title;
    FAIL("no title in: " << shown.out);
    return {};
  }

 private:
  fs::path root_;
  std::optional<std::string> saved_;
};

// The entries of a cache file, each with its own copy of its records.
cache::Entries read_entries(const fs::path& path) {
  cache::File file;
  std::string note;
  cache::read(path, file, note);
  REQUIRE(note.empty());
  REQUIRE(!file.entries.empty());
  cache::Entries entries;
  for (const auto& [name, entry] : file.entries) {
    entries[name] = entry;
    entries[name].set_blob(std::string(entry.blob));
  }
  return entries;
}

// Writes entries as a valid cache file: what a forger, or a race, would leave.
void write_entries(const fs::path& path, const cache::Entries& entries) {
  std::string payload = cache::payload_of(entries);
  write_bytes(path, cache::header_for(payload) + payload);
}

// The entry as a cache written long after the file's last change would hold it: not racy,
// so taken on its status alone.
void settle(cache::Entry& entry) {
  entry.checked_ns = std::max(entry.mtime_ns, entry.ctime_ns) + 10 * cache::kRacyMarginNs;
}

void settle_all(const fs::path& cache_file) {
  cache::Entries entries = read_entries(cache_file);
  for (auto& [name, entry] : entries) settle(entry);
  write_entries(cache_file, entries);
}

// A cache whose entry for file(1) holds the records of `forged` (a title), with file(1)'s
// present status, settled, and a valid checksum; no corpus cache beside it.
void plant_forged_cache(const TrustDir& dir, const std::string& forged) {
  const std::string original = test::read_file(dir.file(1));
  write_bytes(dir.file(1), record(1, forged));
  REQUIRE(dir.run({"stats"}).exit_code == 0);
  cache::Entry fake = read_entries(dir.cache_file()).at(dir.file(1).string());
  write_bytes(dir.file(1), original);
  REQUIRE(dir.run({"stats"}).exit_code == 0);
  cache::Entries entries = read_entries(dir.cache_file());
  cache::Entry& entry = entries.at(dir.file(1).string());
  entry.content_hash = fake.content_hash;
  entry.set_blob(std::string(fake.blob));
  settle(entry);
  write_entries(dir.cache_file(), entries);
  fs::remove(dir.corpus_file());
}

using test::shell_quote;

// Runs the CLI through a shell `prefix` (timeout, setpriv): exit code, stdout, stderr.
test::RunResult run_with(const std::string& prefix, const TrustDir& dir,
                         const std::vector<std::string>& command) {
  fs::path out = dir.root() / "run.out", err = dir.root() / "run.err";
  std::string args;
  for (const auto& a : command) args += fmt::format(" {}", shell_quote(a));
  std::string line = fmt::format("{} {} --data {}{} >{} 2>{}", prefix, shell_quote(STDGRAPH_BIN),
                                 shell_quote(dir.data().string()), args, shell_quote(out.string()),
                                 shell_quote(err.string()));
  int status = std::system(line.c_str());
  test::RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = test::read_file(out.string());
  result.err = test::read_file(err.string());
  return result;
}

mode_t mode_of(const fs::path& path) {
  return status_of(path).st_mode & 07777;
}

}  // namespace

TEST_CASE("a same-size edit with its modification time put back is seen by show and validate",
          "[cache][trust]") {
  TrustDir dir("mtime-put-back");
  REQUIRE(dir.title_of(1) == "AAAA");
  REQUIRE(dir.run({"validate"}).exit_code == 0);
  // Entries as if the cache had been written well after the files: only their status can
  // tell an edit, not the racy rule.
  settle_all(dir.cache_file());
  REQUIRE(dir.title_of(1) == "AAAA");  // still served from the cache

  edit_keeping_mtime(dir.file(1), record(1, "BBBB"));              // in place: the ctime moves
  edit_keeping_mtime(dir.file(2), record(2, "AAAA", "approvex"));  // an unknown status
  // Replaced by rename (rsync, an editor's save): another inode, the same size and mtime.
  struct stat third = status_of(dir.file(3));
  fs::path tmp = dir.data() / "x3.yaml.tmp";
  write_bytes(tmp, record(3, "BBBB"));
  struct timespec times[2] = {third.st_atim, third.st_mtim};
  REQUIRE(utimensat(AT_FDCWD, tmp.c_str(), times, 0) == 0);
  fs::rename(tmp, dir.file(3));

  CHECK(dir.title_of(1) == "BBBB");
  CHECK(dir.title_of(3) == "BBBB");
  auto validated = dir.run({"validate"});
  CHECK(validated.exit_code == 1);
  CHECK(validated.out.find("x2.yaml") != std::string::npos);
  // The same through the library, which validate and every command share.
  Diagnostics diags;
  RecordSet set = load_paths({dir.data()}, diags, LoadOptions{true});
  CHECK(diags.error_count() > 0);
}

TEST_CASE("an edit made within the timestamp tick the cache checked is seen (racy entry)",
          "[cache][trust]") {
  TrustDir dir("racy");
  REQUIRE(dir.title_of(1) == "AAAA");
  cache::Entries stale = read_entries(dir.cache_file());
  // Both edits land in the tick in which the cache took the files' status, so the status the
  // cache holds is the edited files' own: simulated by giving the stale entries those
  // statuses, as taken just then.
  write_bytes(dir.file(1), record(1, "BBBB"));
  write_bytes(dir.file(2), record(2, "AAAA", "approvex"));
  for (int n : {1, 2}) {
    struct stat st = status_of(dir.file(n));
    cache::Entry& entry = stale.at(dir.file(n).string());
    std::int64_t ctime = st.st_ctim.tv_sec * 1'000'000'000LL + st.st_ctim.tv_nsec;
    entry.set_status(st, ctime + 1'000'000);  // checked 1 ms after the edit
    REQUIRE(entry.racy());
  }
  write_entries(dir.cache_file(), stale);
  CHECK(dir.title_of(1) == "BBBB");  // the whole-corpus path: the content hash is checked
  write_entries(dir.cache_file(), stale);
  CHECK(dir.run({"validate"}).exit_code == 1);  // the file-by-file path
  Diagnostics diags;
  write_entries(dir.cache_file(), stale);
  LoadReport report;
  load_paths({dir.data()}, diags, LoadOptions{true}, &report);
  CHECK(diags.error_count() > 0);
  CHECK(report.parsed == 2);  // the two edited files; the third, racy too, from the cache

  // What the rule buys: the same stale entries, had they been checked long after the files'
  // times, are taken on their status alone (a change within one tick cannot be told then).
  for (auto& [name, entry] : stale) settle(entry);
  write_entries(dir.cache_file(), stale);
  fs::remove(dir.corpus_file());
  CHECK(dir.title_of(1) == "AAAA");
}

TEST_CASE("edits made right after a load are seen, and unchanged racy files come from the cache",
          "[cache][trust]") {
  TrustDir dir("edit-after-load");
  for (int round = 0; round < 3; ++round) {
    std::string title = round % 2 ? "AAAA" : "BBBB";
    Diagnostics before;
    load_paths({dir.data()}, before, LoadOptions{true});
    write_bytes(dir.file(1), record(1, title));  // at once: perhaps within the same tick
    Diagnostics diags;
    RecordSet set = load_paths({dir.data()}, diags, LoadOptions{true});
    REQUIRE(set.documents.size() == 3);
    CHECK(set.documents[0].title() == "Security of thing " + title);
  }
  // Entries made just now are racy: their content is read and checked, and their records
  // are still taken from the cache, not parsed again.
  for (const auto& [name, entry] : read_entries(dir.cache_file())) {
    INFO(name);
    CHECK(entry.racy());
  }
  LoadReport report;
  Diagnostics diags;
  load_paths({dir.data()}, diags, LoadOptions{true}, &report);
  CHECK(report.parsed == 0);
  CHECK(report.from_cache == 3);
}

TEST_CASE("a cache file owned by another user is refused, and the records load as without it",
          "[cache][trust]") {
  if (geteuid() != 0) {
    WARN("not root: cannot give a cache file to another user; skipped");
    return;
  }
  TrustDir dir("other-owner");
  plant_forged_cache(dir, "FAKE");
  REQUIRE(dir.title_of(1) == "FAKE");  // the forgery is a valid cache: ours, it is served
  plant_forged_cache(dir, "FAKE");
  REQUIRE(::chown(dir.cache_file().c_str(), kNobody, kNobody) == 0);
  auto shown = dir.run({"show", "X.1"});
  CHECK(shown.exit_code == 0);
  CHECK(shown.out.find("thing AAAA") != std::string::npos);
  CHECK(shown.err == fmt::format("stdgraph: ignoring the cache {} (owned by user {}, not by "
                                 "you); rebuilding it\n",
                                 dir.cache_file().string(), kNobody));
  // Rebuilt: the user's own, private.
  CHECK(status_of(dir.cache_file()).st_uid == 0);
  CHECK(mode_of(dir.cache_file()) == 0600);
  CHECK(dir.run({"show", "X.1"}).err.empty());

  // The corpus cache beside it, likewise (read when every file is as the cache holds it).
  settle_all(dir.cache_file());
  REQUIRE(fs::exists(dir.corpus_file()));
  REQUIRE(::chown(dir.corpus_file().c_str(), kNobody, kNobody) == 0);
  auto again = dir.run({"show", "X.1"});
  CHECK(again.exit_code == 0);
  CHECK(again.out == shown.out);
  CHECK(again.err.find("ignoring the cache " + dir.corpus_file().string() + " (owned by user") !=
        std::string::npos);
  CHECK(status_of(dir.corpus_file()).st_uid == 0);
}

TEST_CASE("a cache file others may write, or a link in its place, is refused", "[cache][trust]") {
  TrustDir dir("file-kinds");
  REQUIRE(dir.title_of(1) == "AAAA");
  plant_forged_cache(dir, "FAKE");
  ::chmod(dir.cache_file().c_str(), 0622);
  auto run = dir.run({"show", "X.1"});
  CHECK(run.out.find("thing AAAA") != std::string::npos);
  CHECK(run.err.find("(writable by group or others); rebuilding it") != std::string::npos);
  CHECK(mode_of(dir.cache_file()) == 0600);

  plant_forged_cache(dir, "FAKE");
  fs::path elsewhere = dir.root() / "forged.bin";
  fs::rename(dir.cache_file(), elsewhere);
  fs::create_symlink(elsewhere, dir.cache_file());
  run = dir.run({"show", "X.1"});
  CHECK(run.out.find("thing AAAA") != std::string::npos);
  CHECK(run.err.find("(a symbolic link, not a regular file); rebuilding it") != std::string::npos);
  CHECK_FALSE(fs::is_symlink(fs::symlink_status(dir.cache_file())));
}

TEST_CASE("a cache folder others may write to is neither read nor written", "[cache][trust]") {
  TrustDir dir("open-folder");
  plant_forged_cache(dir, "FAKE");
  const std::string forged = test::read_file(dir.cache_file());
  for (mode_t mode : {0777, 0770, 0702}) {
    INFO("folder mode " << std::oct << mode);
    REQUIRE(::chmod(dir.cache().c_str(), mode) == 0);
    auto run = dir.run({"show", "X.1"});
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("thing AAAA") != std::string::npos);
    CHECK(run.err == fmt::format("stdgraph: ignoring the cache folder {} (the folder is "
                                 "writable by group or others); no cache is read or written "
                                 "there (chmod go-w it, or set STDGRAPH_CACHE_DIR)\n",
                                 dir.cache().string()));
    CHECK(test::read_file(dir.cache_file()) == forged);  // not rewritten either
    CHECK_FALSE(fs::exists(dir.corpus_file()));
  }
  // The sticky bit keeps others from replacing the user's files (as in /tmp): trusted.
  REQUIRE(::chmod(dir.cache().c_str(), 01777) == 0);
  fs::remove(dir.cache_file());
  CHECK(dir.run({"show", "X.1"}).err.empty());
  auto run = dir.run({"show", "X.1"});
  CHECK(run.err.empty());
  CHECK(run.out.find("thing AAAA") != std::string::npos);

  if (geteuid() == 0) {  // a folder of another user, however closed, is theirs to change
    REQUIRE(::chmod(dir.cache().c_str(), 0700) == 0);
    REQUIRE(::chown(dir.cache().c_str(), kNobody, kNobody) == 0);
    run = dir.run({"show", "X.1"});
    CHECK(run.exit_code == 0);
    CHECK(run.err.find("(the folder is owned by user 65534)") != std::string::npos);
  }
}

TEST_CASE("the cache folder is made 0700 with its missing parents, its files 0600",
          "[cache][trust]") {
  TrustDir dir("modes");
  fs::path deep = dir.root() / "home" / "cache" / "stdgraph";
  dir.use_cache_dir(deep);
  for (mode_t mask : {mode_t{022}, mode_t{0}}) {
    INFO("umask " << std::oct << mask);
    fs::remove_all(dir.root() / "home");
    mode_t old = ::umask(mask);  // the CLI inherits it
    auto run = dir.run({"stats"});
    ::umask(old);
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    for (const fs::path& folder : {dir.root() / "home", dir.root() / "home" / "cache", deep})
      CHECK(mode_of(folder) == 0700);
    CHECK(mode_of(dir.cache_file()) == 0600);
    CHECK(mode_of(dir.corpus_file()) == 0600);
  }
  // A cache of the user's written before (0644) is made private when next written.
  ::chmod(dir.cache_file().c_str(), 0644);
  write_bytes(dir.file(1), record(1, "BBBB"));
  CHECK(dir.run({"stats"}).err.empty());
  CHECK(mode_of(dir.cache_file()) == 0600);
}

TEST_CASE("a FIFO in place of a cache file does not block, and the command succeeds",
          "[cache][trust]") {
  TrustDir dir("fifo");
  auto plain = dir.run({"stats", "--format", "json"});
  REQUIRE(plain.exit_code == 0);
  for (bool corpus : {false, true}) {
    fs::path path = corpus ? dir.corpus_file() : dir.cache_file();
    INFO(path);
    if (corpus) {  // read when every file is as the cache holds it
      REQUIRE(fs::is_regular_file(fs::symlink_status(dir.cache_file())));  // else reading blocks
      settle_all(dir.cache_file());
    }
    REQUIRE(fs::exists(path));
    fs::remove(path);
    REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
    auto run = run_with("timeout -s KILL 20", dir, {"stats", "--format", "json"});
    CHECK(run.exit_code == 0);  // not 137: killed after 20 s, blocked in open()
    CHECK(run.out == plain.out);
    CHECK(run.err == fmt::format("stdgraph: ignoring the cache {} (a FIFO, not a regular file); "
                                 "rebuilding it\n",
                                 path.string()));
    CHECK(fs::is_regular_file(fs::symlink_status(path)));
  }
}

TEST_CASE("a cache folder that cannot be made is a note naming the real reason", "[cache][trust]") {
  TrustDir dir("cannot-make");
  write_bytes(dir.root() / "a-file", "not a folder");
  dir.use_cache_dir(dir.root() / "a-file" / "cache");
  auto run = dir.run({"stats"});
  CHECK(run.exit_code == 0);
  CHECK(run.err.find(fmt::format("stdgraph: could not write the cache: cannot create the folder "
                                 "{}: Not a directory",
                                 (dir.root() / "a-file").string())) != std::string::npos);

  // EACCES: a folder the user may not write in. Root may write anywhere: run as nobody.
  fs::path locked = dir.root() / "locked";
  fs::create_directories(locked);
  REQUIRE(::chmod(locked.c_str(), 0555) == 0);
  dir.use_cache_dir(locked / "cache");
  std::string prefix;
  if (geteuid() == 0) {
    if (std::system("setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null") != 0) {
      WARN("running as root without setpriv: the EACCES case is not run");
      return;
    }
    prefix = "setpriv --reuid=65534 --regid=65534 --clear-groups --";
  }
  run = run_with(prefix, dir, {"stats"});
  CHECK(run.exit_code == 0);
  CHECK(run.err.find(fmt::format("stdgraph: could not write the cache: cannot create the folder "
                                 "{}: Permission denied",
                                 (locked / "cache").string())) != std::string::npos);
  CHECK(run.err.find("No such file or directory") == std::string::npos);
}
