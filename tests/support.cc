#include "support.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "stdgraph/load.h"
#include "stdgraph/validate.h"

namespace stdgraph::test {
namespace {

std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

}  // namespace

std::string source_path(const std::string& relative) {
  return std::string(STDGRAPH_SOURCE_DIR) + "/" + relative;
}

std::string data_dir() {
  return source_path("data");
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

RunResult run_stdgraph(const std::vector<std::string>& args) {
  char err_path[] = "/tmp/stdgraph-test-stderr-XXXXXX";
  int fd = mkstemp(err_path);
  if (fd >= 0) close(fd);
  std::string command = shell_quote(STDGRAPH_BIN);
  for (const auto& a : args) command += " " + shell_quote(a);
  command += " 2>" + shell_quote(err_path);
  RunResult result;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return result;
  char buffer[4096];
  std::size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
  int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = read_file(err_path);
  std::filesystem::remove(err_path);
  return result;
}

Loaded load_and_validate(const std::vector<std::string>& paths) {
  std::vector<std::filesystem::path> fs_paths(paths.begin(), paths.end());
  Diagnostics diags;
  RecordSet records = load_paths(fs_paths, diags);
  Corpus corpus = Corpus::build(std::move(records), diags);
  Graph graph(corpus);
  for (auto& d : validate(corpus, graph)) diags.add(std::move(d));
  diags.sort();
  return {std::move(diags), std::move(corpus)};
}

Corpus load_text(const std::string& yaml, Diagnostics& diags) {
  return Corpus::build(load_native_text(yaml, "test.yaml", diags), diags);
}

}  // namespace stdgraph::test
