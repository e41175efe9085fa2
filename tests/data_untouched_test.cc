// The records are input only: every command stdgraph lists, in every format, leaves data/
// byte for byte as it was, and never opens a file there for writing (inotify would see
// the close of a file opened for writing, even by a process that then failed).
#include <sys/inotify.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <functional>
#include <map>
#include <set>

#include "support.h"

namespace fs = std::filesystem;
using stdgraph::test::read_file;

namespace {

struct FileState {
  std::uintmax_t size;
  std::size_t hash;
  fs::file_time_type mtime;
  bool operator==(const FileState&) const = default;
};

std::map<std::string, FileState> snapshot(const fs::path& root) {
  std::map<std::string, FileState> files;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    std::string name = fs::relative(e.path(), root).string();
    if (e.is_directory()) {
      files[name + "/"] = {0, 0, e.last_write_time()};
      continue;
    }
    std::string bytes = read_file(e.path().string());
    files[name] = {bytes.size(), std::hash<std::string>{}(bytes), e.last_write_time()};
  }
  return files;
}

// Watches a tree for anything but reading: writes, creations, deletions, renames.
class Watch {
 public:
  explicit Watch(const fs::path& root) : fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {
    constexpr std::uint32_t kMask = IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE |
                                    IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF;
    add(root, kMask);
    for (const auto& e : fs::recursive_directory_iterator(root))
      if (e.is_directory()) add(e.path(), kMask);
  }
  ~Watch() { close(fd_); }
  bool ok() const { return fd_ >= 0 && watches_ > 0; }
  // "path: event" for each event since the watch began.
  std::vector<std::string> events() {
    std::vector<std::string> out;
    alignas(inotify_event) char buffer[1 << 16];
    ssize_t n;
    while ((n = read(fd_, buffer, sizeof buffer)) > 0) {
      for (char* p = buffer; p < buffer + n;) {
        auto* e = reinterpret_cast<inotify_event*>(p);
        std::string what = e->mask & IN_CLOSE_WRITE ? "closed after writing"
                           : e->mask & IN_MODIFY    ? "modified"
                           : e->mask & IN_ATTRIB    ? "attributes changed"
                           : e->mask & IN_CREATE    ? "created"
                                                    : "deleted or moved";
        out.push_back(dirs_[e->wd] + "/" + (e->len ? e->name : "") + ": " + what);
        p += sizeof(inotify_event) + e->len;
      }
    }
    return out;
  }

 private:
  void add(const fs::path& dir, std::uint32_t mask) {
    int wd = inotify_add_watch(fd_, dir.c_str(), mask);
    if (wd >= 0) {
      dirs_[wd] = dir.string();
      ++watches_;
    }
  }
  int fd_;
  int watches_ = 0;
  std::map<int, std::string> dirs_;
};

}  // namespace

TEST_CASE("every command leaves data/ untouched and never opens it for writing", "[data][cli]") {
  fs::path data = stdgraph::test::data_dir();
  fs::path out = fs::temp_directory_path() / "stdgraph-untouched-out";
  fs::remove_all(out);
  fs::create_directories(out);
  auto before = snapshot(data);
  REQUIRE(before.size() > 10);
  Watch watch(data);
  REQUIRE(watch.ok());

  std::set<std::string> commands, succeeded;
  int runs = 0;
  // With and without the cache of parsed files (which lives outside data/).
  for (const auto& global : {std::vector<std::string>{}, std::vector<std::string>{"--no-cache"}})
    for (const auto& run : stdgraph::test::run_every_command(global, "X.1817", out.string())) {
      ++runs;
      commands.insert(run.command);
      std::string line = run.command;
      for (const auto& a : run.args) line += " " + a;
      INFO(line << "\n" << run.result.err);
      CHECK(run.result.exit_code >= 0);  // exited, not killed by a signal
      CHECK(run.result.exit_code <= 4);  // not a crash or a sanitizer report
      if (run.result.exit_code == 0) succeeded.insert(run.command);
    }
  CHECK(commands.size() >= 3);
  CHECK(commands.count("validate"));
  CHECK(succeeded == commands);  // each command did its work at least once
  CHECK(runs >= static_cast<int>(commands.size()));

  std::vector<std::string> events = watch.events();
  std::string listed;
  for (const auto& e : events) listed += e + "\n";
  INFO(listed);
  CHECK(events.empty());
  CHECK(snapshot(data) == before);
  fs::remove_all(out);
}
