// Outputs are written whole or not at all: write_file_atomically on success, on failure
// and when the writing process is killed mid-write.
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "stdgraph/util/write_file.h"
#include "support.h"

using namespace stdgraph;
namespace fs = std::filesystem;

namespace {

std::set<std::string> listing(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename());
  return names;
}

// True once process `pid` has a file open in `dir` (an O_TMPFILE shows as "dir/#123").
bool has_file_open_in(pid_t pid, const fs::path& dir) {
  std::error_code ec;
  for (const auto& fd : fs::directory_iterator("/proc/" + std::to_string(pid) + "/fd", ec)) {
    auto target = fs::read_symlink(fd.path(), ec);
    if (!ec && target.string().rfind(dir.string() + "/", 0) == 0) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("write_file_atomically replaces the file whole, as readable as a new file", "[atomic]") {
  fs::path dir = test::fresh_dir("atomic-replace");
  fs::path out = dir / "out.txt";
  CHECK(write_file_atomically(out, "first\n").empty());
  CHECK(test::read_file(out) == "first\n");
  CHECK(write_file_atomically(out, {"sec", "ond", "\n"}).empty());
  CHECK(test::read_file(out) == "second\n");
  CHECK(listing(dir) == std::set<std::string>{"out.txt"});
  struct stat st {};
  REQUIRE(stat(out.c_str(), &st) == 0);
  mode_t mask = umask(0);
  umask(mask);
  CHECK((st.st_mode & 0777) == (0666 & ~mask));
  fs::remove_all(dir);
}

TEST_CASE("a failed write leaves the old file as it was and no temporary", "[atomic]") {
  fs::path dir = test::fresh_dir("atomic-fail");
  std::ofstream(dir / "keep.txt") << "old contents\n";

  SECTION("the path is a folder") {
    fs::create_directories(dir / "sub" / "inner");
    std::string why = write_file_atomically(dir / "sub", "new");
    CHECK(why.find("cannot replace") == 0);
    CHECK(fs::is_directory(dir / "sub" / "inner"));
  }
  SECTION("the folder does not exist") {
    std::string why = write_file_atomically(dir / "missing" / "out.txt", "new");
    CHECK(why.find("cannot create a file in") == 0);
    CHECK_FALSE(fs::exists(dir / "missing"));
  }
  SECTION("the disk fills up mid-write (a file size limit, in a child process)") {
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      signal(SIGXFSZ, SIG_IGN);  // writes past the limit fail with EFBIG instead
      rlimit limit{64 * 1024, 64 * 1024};
      setrlimit(RLIMIT_FSIZE, &limit);
      std::string big(1 << 20, 'x');
      std::string why = write_file_atomically(dir / "keep.txt", big);
      _exit(why.find("cannot write") == 0 ? 0 : 1);
    }
    int status = 0;
    waitpid(child, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);  // the write failed and said so
  }
  CHECK(test::read_file(dir / "keep.txt") == "old contents\n");
  std::set<std::string> names = listing(dir);
  names.erase("sub");
  CHECK(names == std::set<std::string>{"keep.txt"});
  fs::remove_all(dir);
}

TEST_CASE("a process killed mid-write leaves the old file and nothing else", "[atomic]") {
  fs::path dir = test::fresh_dir("atomic-kill");
  fs::path out = dir / "out.bin";
  std::ofstream(out) << "old contents\n";
  for (int round = 0; round < 3; ++round) {
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      // 1 GB from one 64 MB buffer: long enough to be caught mid-write.
      std::string part(64 << 20, 'n');
      std::initializer_list<std::string_view> parts = {part, part, part, part, part, part,
                                                       part, part, part, part, part, part,
                                                       part, part, part, part};
      write_file_atomically(out, parts);
      _exit(0);
    }
    auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    bool caught = false;
    while (!(caught = has_file_open_in(child, dir)) && std::chrono::steady_clock::now() < give_up)
      std::this_thread::sleep_for(std::chrono::microseconds(200));
    if (round > 0) std::this_thread::sleep_for(std::chrono::milliseconds(20 * round));
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    INFO("round " << round);
    CHECK(caught);
    CHECK(WIFSIGNALED(status));  // killed before it finished
    CHECK(test::read_file(out) == "old contents\n");
    CHECK(listing(dir) == std::set<std::string>{"out.bin"});
  }
  fs::remove_all(dir);
}
