// What -o does with what is already there, and what the loader does with inputs that are
// not plain record files (issue 16): devices and links are written through, never
// replaced; inputs are never overwritten; devices and FIFOs are never read without bound;
// a file named twice is read once; nothing is skipped without a word.
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "stdgraph/util/write_file.h"
#include "support.h"

using namespace stdgraph;
using namespace stdgraph::test;
namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

void write(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// Runs a shell script; stdout and stderr together.
RunResult run_shell(const std::string& script) {
  RunResult result;
  FILE* pipe = popen(("sh -c " + shell_quote(script) + " 2>&1").c_str(), "r");
  if (!pipe) return result;
  char buffer[4096];
  for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;)
    result.out.append(buffer, n);
  int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

// A small records folder: two documents, one relation.
fs::path small_records(const std::string& name) {
  fs::path dir = test::fresh_dir("output-" + name);
  write(dir / "docs.yaml",
        "documents:\n"
        "  - {id: X.1, kind: recommendation, title: First item, source: T/t/1}\n"
        "  - id: X.2\n"
        "    kind: recommendation\n"
        "    title: Second item\n"
        "    source: T/t/2\n"
        "    relations: [{type: normative-reference, target: X.1, source: T/t/2}]\n");
  return dir;
}

const std::string kBin = STDGRAPH_BIN;

}  // namespace

TEST_CASE("An -o on a device or a link to one writes through it and never replaces it",
          "[output]") {
  if (run_shell("unshare -m --propagation private true").exit_code != 0) {
    WARN("unshare -m is not allowed here: the device cases are not run");
    return;
  }
  fs::path dir = small_records("devices");
  // A private mount namespace with its own /dev: the host's devices are never at risk.
  std::string script =
      "set -u; mount -t tmpfs none /dev || exit 90\n"
      "mknod -m 666 /dev/null c 1 3 && mknod -m 666 /dev/full c 1 7 || exit 91\n"
      "ln -s /proc/self/fd/1 /dev/stdout\n"
      "B=" +
      shell_quote(kBin) + "; D=" + shell_quote(dir.string()) +
      "\n"
      "$B --no-cache --data \"$D\" export -o /dev/full 2>\"$D/full.err\"; echo \"full=$?\"\n"
      "$B --no-cache --data \"$D\" report -o /dev/null >/dev/null 2>&1; echo \"null=$?\"\n"
      "$B --no-cache --data \"$D\" export --format json -o /dev/stdout >\"$D/out.json\"; "
      "echo \"stdout=$?\"\n"
      "[ -c /dev/full ] && echo full-is-a-device\n"
      "[ -c /dev/null ] && echo null-is-a-device\n"
      "[ -L /dev/stdout ] && echo stdout-is-a-link\n";
  RunResult run = run_shell("unshare -m --propagation private sh -c " + shell_quote(script));
  INFO(run.out);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("full=3") != std::string::npos);
  CHECK(run.out.find("null=0") != std::string::npos);
  CHECK(run.out.find("stdout=0") != std::string::npos);
  CHECK(run.out.find("full-is-a-device") != std::string::npos);
  CHECK(run.out.find("null-is-a-device") != std::string::npos);
  CHECK(run.out.find("stdout-is-a-link") != std::string::npos);
  CHECK(read_file(dir / "full.err").find("No space left on device") != std::string::npos);
  json out = json::parse(read_file(dir / "out.json"));
  CHECK(out["nodes"].size() >= 2);
  fs::remove_all(dir);
}

TEST_CASE("An -o - writes to standard output, and a FIFO is written, not replaced", "[output]") {
  fs::path dir = small_records("fifo");
  auto run =
      run_stdgraph({"--no-cache", "--data", dir.string(), "export", "--format", "json", "-o", "-"});
  CHECK(run.exit_code == 0);
  CHECK(json::parse(run.out)["nodes"].size() >= 2);
  CHECK_FALSE(fs::exists("-"));

  fs::path fifo = dir / "out.fifo";
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  RunResult shell = run_shell(
      "cat " + shell_quote(fifo.string()) + " > " + shell_quote((dir / "got").string()) + " & " +
      shell_quote(kBin) + " --no-cache --data " + shell_quote(dir.string()) +
      " export --format json -o " + shell_quote(fifo.string()) + "; rc=$?; wait; echo rc=$rc");
  CHECK(shell.out.find("rc=0") != std::string::npos);
  CHECK(fs::is_fifo(fifo));
  CHECK(json::parse(read_file(dir / "got"))["nodes"].size() >= 2);
  fs::remove_all(dir);
}

TEST_CASE("An -o through a symbolic link replaces the file it points to and keeps the link",
          "[output]") {
  fs::path dir = small_records("link");
  write(dir / "real.json", "old");
  fs::create_symlink("real.json", dir / "link.json");
  auto run = run_stdgraph({"--no-cache", "--data", (dir / "docs.yaml").string(), "export",
                           "--format", "json", "-o", (dir / "link.json").string()});
  CHECK(run.exit_code == 0);
  CHECK(fs::is_symlink(dir / "link.json"));
  CHECK(json::parse(read_file(dir / "real.json"))["nodes"].size() >= 2);

  // A link to nothing: the file is made where it points.
  fs::create_symlink("made.json", dir / "dangling.json");
  run = run_stdgraph({"--no-cache", "--data", (dir / "docs.yaml").string(), "export", "--format",
                      "json", "-o", (dir / "dangling.json").string()});
  CHECK(run.exit_code == 0);
  CHECK(fs::is_symlink(dir / "dangling.json"));
  CHECK(fs::is_regular_file(dir / "made.json"));
  fs::remove_all(dir);
}

TEST_CASE("An -o naming an input is refused and the input is left as it was", "[output]") {
  fs::path dir = small_records("input");
  write(dir / "glossary.yaml", "- {short: DLT, long: distributed ledger technology}\n");
  const std::string records = read_file(dir / "docs.yaml");
  const std::string glossary = read_file(dir / "glossary.yaml");
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"report", "-o", (dir / "docs.yaml").string()},
           {"export", "-o", (dir / "docs.yaml").string()},
           {"ask", "ledger", "--security-group", "none", "-o", (dir / "docs.yaml").string()},
           {"gaps", "--taxonomy", "dlt", "--security-group", "none", "-o",
            (dir / "glossary.yaml").string()},
           {"export", "-o", (dir / "./docs.yaml").string()}}) {
    std::vector<std::string> full = {"--no-cache", "--data", dir.string()};
    full.insert(full.end(), args.begin(), args.end());
    auto run = run_stdgraph(full);
    INFO(args[0] << " " << args.back() << ": " << run.err);
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("never writes its inputs") != std::string::npos);
  }
  // Through another name: a link to the record file, and a taxonomy given by path.
  fs::create_symlink(dir / "docs.yaml", dir / "alias.json");
  auto run = run_stdgraph(
      {"--no-cache", "--data", dir.string(), "export", "-o", (dir / "alias.json").string()});
  CHECK(run.exit_code == 2);
  fs::path taxonomy = dir.parent_path() / "stdgraph-output-taxonomy.yaml";
  fs::copy_file(source_path("data/taxonomies/dlt.yaml"), taxonomy,
                fs::copy_options::overwrite_existing);
  const std::string taxonomy_text = read_file(taxonomy);
  run = run_stdgraph({"--no-cache", "--data", dir.string(), "gaps", "--taxonomy", taxonomy.string(),
                      "--format", "md", "-o", taxonomy.string()});
  CHECK(run.exit_code == 2);
  CHECK(read_file(taxonomy) == taxonomy_text);
  CHECK(read_file(dir / "docs.yaml") == records);
  CHECK(read_file(dir / "glossary.yaml") == glossary);
  fs::remove(taxonomy);
  fs::remove_all(dir);
}

TEST_CASE("replacing an output keeps its permissions and its hard links", "[output]") {
  fs::path dir = small_records("mode");
  fs::path out = dir / "out.json";
  write(out, "old");
  REQUIRE(chmod(out.c_str(), 0600) == 0);
  auto run = run_stdgraph({"--no-cache", "--data", (dir / "docs.yaml").string(), "export",
                           "--format", "json", "-o", out.string()});
  CHECK(run.exit_code == 0);
  struct stat st {};
  REQUIRE(stat(out.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0600);

  fs::create_hard_link(out, dir / "other-name.json");
  run = run_stdgraph({"--no-cache", "--data", (dir / "docs.yaml").string(), "export", "--format",
                      "graphml", "-o", out.string()});
  CHECK(run.exit_code == 0);
  REQUIRE(stat(out.c_str(), &st) == 0);
  CHECK(st.st_nlink == 2);
  CHECK((st.st_mode & 07777) == 0600);
  CHECK(read_file(dir / "other-name.json") == read_file(out));
  CHECK(read_file(out).find("<graphml") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("an output name as long as a file name may be is written", "[output]") {
  fs::path dir = test::fresh_dir("output-long-name");
  std::string name(250, 'n');
  name += ".json";  // 255 bytes: NAME_MAX
  CHECK(write_output(dir / name, {"{}"}).empty());
  CHECK(read_file(dir / name) == "{}");
  CHECK(write_output(dir / name, {"[]"}).empty());  // replacing it too
  CHECK(read_file(dir / name) == "[]");
  fs::remove_all(dir);
}

TEST_CASE("every command that writes -o makes the missing folders", "[output]") {
  fs::path dir = small_records("folders");
  for (const auto& [command, file] : std::vector<std::pair<std::vector<std::string>, std::string>>{
           {{"export"}, "a/b/graph.graphml"},
           {{"gaps", "--taxonomy", "dlt", "--security-group", "none"}, "c/d/gaps.txt"},
           {{"roadmap"}, "e/f/roadmap.svg"},
           {{"report"}, "g/h/report.html"}}) {
    std::vector<std::string> args = {"--no-cache", "--data", (dir / "docs.yaml").string()};
    args.insert(args.end(), command.begin(), command.end());
    args.insert(args.end(), {"-o", (dir / file).string()});
    auto run = run_stdgraph(args);
    INFO(command[0] << ": " << run.err);
    CHECK(run.exit_code == 0);
    CHECK(fs::is_regular_file(dir / file));
  }
  // A folder named as the output is refused, not replaced.
  fs::create_directories(dir / "taken");
  auto run = run_stdgraph({"--no-cache", "--data", (dir / "docs.yaml").string(), "export", "-o",
                           (dir / "taken").string()});
  CHECK(run.exit_code == 3);
  CHECK(fs::is_directory(dir / "taken"));
  fs::remove_all(dir);
}

TEST_CASE("devices and FIFOs given as inputs are refused before they are read", "[output]") {
  fs::path dir = small_records("zero");
  fs::create_symlink("/dev/zero", dir / "glossary.yaml");
  // Should the bound ever go, the run fails on its memory limit, not the machine's.
  std::string limit = std::getenv("ASAN_OPTIONS") ? "" : "ulimit -v 4000000; ";
  auto shell = [&](const std::string& args) {
    return run_shell(limit + "timeout 60 " + shell_quote(kBin) + " --no-cache --data " +
                     shell_quote(dir.string()) + " " + args);
  };
  RunResult run = shell("check --title 'distributed ledger'");
  INFO(run.out);
  CHECK(run.exit_code == 0);  // the check runs without the glossary
  CHECK(run.out.find("cannot read the glossary: not a regular file (a character device)") !=
        std::string::npos);
  run = shell("check --title x --scope-file /dev/zero");
  CHECK(run.exit_code == 2);
  CHECK(run.out.find("not a regular file") != std::string::npos);
  run = shell("check --file /dev/zero");
  CHECK(run.exit_code == 2);
  CHECK(run.out.find("not a regular file") != std::string::npos);
  fs::path fifo = dir / "scope.fifo";
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  run = shell("check --title x --scope-file " + shell_quote(fifo.string()));
  CHECK(run.exit_code == 2);
  CHECK(run.out.find("not a regular file (a FIFO)") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("a file named twice by overlapping --data roots is read once", "[output]") {
  fs::path dir = small_records("twice");
  fs::path cache = test::fresh_dir("output-twice-cache");
  auto with = [&](const std::vector<std::string>& args) {
    return run_shell("STDGRAPH_CACHE_DIR=" + shell_quote(cache.string()) + " STDGRAPH_TIMING=1 " +
                     shell_quote(kBin) + " --data " + shell_quote(dir.string()) + " --data " +
                     shell_quote((dir / "docs.yaml").string()) + " " + args[0] + " " +
                     (args.size() > 1 ? args[1] : ""));
  };
  RunResult run = with({"validate"});
  INFO(run.out);
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("duplicate") == std::string::npos);
  CHECK(run.out.find("1 files") != std::string::npos);
  run = with({"stats"});  // the cache is not rewritten: every file comes from it
  CHECK(run.out.find("(0 read, 1 from cache") != std::string::npos);
  // A link in the tree to a record file of the tree: the same.
  fs::create_symlink("docs.yaml", dir / "again.yaml");
  auto plain = run_stdgraph({"--no-cache", "--data", dir.string(), "validate"});
  CHECK(plain.exit_code == 0);
  CHECK(plain.out.find("duplicate") == std::string::npos);
  fs::remove_all(dir);
  fs::remove_all(cache);
}

TEST_CASE("entries a folder walk passes over are each named in a warning", "[output]") {
  fs::path dir = small_records("skipped");
  fs::create_symlink("missing.yaml", dir / "dangling.yaml");
  REQUIRE(mkfifo((dir / "pipe.yaml").c_str(), 0600) == 0);
  fs::create_symlink("/dev/null", dir / "device.yaml");
  fs::path elsewhere = test::fresh_dir("output-skipped-elsewhere");
  write(elsewhere / "more.yaml",
        "documents:\n  - {id: X.9, kind: recommendation, title: T, source: T/t/9}\n");
  fs::create_directory_symlink(elsewhere, dir / "linked-folder");
  auto run = run_stdgraph({"--no-cache", "--data", dir.string(), "validate"});
  INFO(run.out << run.err);
  CHECK(run.exit_code == 0);  // warnings, not errors
  std::string all = run.out + run.err;
  for (const char* name : {"dangling.yaml", "pipe.yaml", "device.yaml", "linked-folder"}) {
    INFO(name);
    CHECK(all.find(std::string(name) + ":") != std::string::npos);
  }
  CHECK(all.find("a link to nothing") != std::string::npos);
  CHECK(all.find("a FIFO named like a record file") != std::string::npos);
  CHECK(all.find("a link to a character device") != std::string::npos);
  CHECK(all.find("a symbolic link to a folder") != std::string::npos);
  fs::remove_all(dir);
  fs::remove_all(elsewhere);
}

TEST_CASE("a date outside the years a date may have says so", "[output]") {
  CHECK(date_problem("9999-12-31").find("outside the years a date may have (1900-2200)") !=
        std::string::npos);
  CHECK(date_problem("2023-02-30") == "2023-02 has no day 30");
  CHECK(date_problem("2023-13") == "there is no month 13");
  CHECK(date_problem("31/12/2023").find("not written YYYY-MM-DD") != std::string::npos);
  CHECK(date_problem("2023-09-08").empty());
  fs::path dir = test::fresh_dir("output-date");
  write(dir / "d.yaml",
        "documents:\n"
        "  - id: X.1\n    kind: recommendation\n    title: T\n    source: T/t/1\n"
        "    history: [{date: 9999-12-31, status: approved, source: T/t/1}]\n");
  auto run = run_stdgraph({"--no-cache", "--data", dir.string(), "validate"});
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("is outside the years a date may have (1900-2200)") != std::string::npos);
  run = run_stdgraph(
      {"--no-cache", "--data", dir.string(), "gaps", "--taxonomy", "dlt", "--as-of", "9999-12-31"});
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("outside the years") != std::string::npos);
  fs::remove_all(dir);
}
