#include "support.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "stdgraph/analysis/taxonomy.h"
#include "stdgraph/analysis/validate.h"
#include "stdgraph/load/load.h"

namespace stdgraph::test {
namespace {}  // namespace

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

Taxonomy prepared(Taxonomy taxonomy, const Analyzer& analyzer, Diagnostics& diags) {
  prepare_taxonomy(taxonomy, analyzer, diags);
  return taxonomy;
}

std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

std::filesystem::path fresh_dir(const std::string& name) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / ("stdgraph-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

TempDir::TempDir() {
  char name[] = "/tmp/stdgraph-test-XXXXXX";
  path = mkdtemp(name);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path, ec);
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

std::vector<std::string> commands() {
  std::istringstream help(run_stdgraph({"--help"}).out);
  std::vector<std::string> names;
  bool in_list = false;
  for (std::string line; std::getline(help, line);) {
    if (line.rfind("Subcommands:", 0) == 0) {
      in_list = true;
    } else if (in_list && line.rfind("  ", 0) == 0 && line.size() > 2 && line[2] != ' ') {
      names.push_back(line.substr(2, line.find(' ', 2) - 2));
    } else if (in_list && !line.empty() && line[0] != ' ') {
      in_list = false;
    }
  }
  return names;
}

std::vector<CommandRun> run_every_command(const std::vector<std::string>& global,
                                          const std::string& item, const std::string& out_dir) {
  std::vector<CommandRun> runs;
  for (const std::string& command : commands()) {
    std::string help = run_stdgraph({command, "--help"}).out;
    auto has = [&](const std::string& text) { return help.find(text) != std::string::npos; };
    // What the command cannot run without: a positional name, an output, a taxonomy.
    std::vector<std::string> base = {command};
    std::size_t positionals = help.find("Positionals:");
    if (positionals != std::string::npos &&
        help.find("REQUIRED", positionals) < help.find("Options:", positionals))
      base.push_back(item);
    if (has("--taxonomy TEXT REQUIRED")) base.insert(base.end(), {"--taxonomy", "dlt"});
    std::vector<std::string> formats = {""};
    std::size_t at = help.find("--format TEXT:{");
    if (at != std::string::npos) {
      std::size_t open = help.find('{', at), close = help.find('}', at);
      std::istringstream list(help.substr(open + 1, close - open - 1));
      formats.clear();
      for (std::string f; std::getline(list, f, ',');) formats.push_back(f);
    }
    std::vector<std::vector<std::string>> shapes = {{}};
    if (has("--like ")) shapes = {{"--like", item}, {"--title", item + " security"}};
    for (const auto& shape : shapes)
      for (const auto& format : formats) {
        std::vector<std::string> args = base;
        args.insert(args.end(), shape.begin(), shape.end());
        if (!format.empty()) args.insert(args.end(), {"--format", format});
        if (has("-o,--output")) {
          std::string ext = has(".svg") ? "svg" : has("HTML file") ? "html" : format;
          args.insert(args.end(),
                      {"-o", out_dir + "/" + command + "." + (ext.empty() ? "out" : ext)});
        }
        std::vector<std::string> all = global;
        all.insert(all.end(), args.begin(), args.end());
        runs.push_back({command, args, run_stdgraph(all)});
      }
  }
  return runs;
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
