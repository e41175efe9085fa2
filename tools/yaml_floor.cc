// The floor of reading a YAML catalogue: every *.yaml/*.yml file under the given folders
// read whole and parsed with libyaml's event API (no document built, nothing kept), on a
// few threads. scripts/bench-bodies prints stdgraph's load times as ratios to it. Not a test.
//
// Usage: stdgraph_yaml_floor [--threads N] FOLDER...
// Prints one line: files N bytes N events N errors N seconds S (the walk of the folders
// included, as stdgraph's load includes it).
#include <yaml.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Counts {
  std::size_t files = 0, bytes = 0, events = 0, errors = 0;
};

bool is_yaml(const fs::path& p) {
  return p.extension() == ".yaml" || p.extension() == ".yml";
}

// Reads one file and runs the parser over it to the end of the stream.
void parse_file(const fs::path& path, std::string& buffer, Counts& counts) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ++counts.errors;
    return;
  }
  in.seekg(0, std::ios::end);
  buffer.resize(static_cast<std::size_t>(in.tellg()));
  in.seekg(0);
  in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  ++counts.files;
  counts.bytes += buffer.size();
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(buffer.data()),
                               buffer.size());
  for (;;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      ++counts.errors;
      break;
    }
    ++counts.events;
    bool end = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
    if (end) break;
  }
  yaml_parser_delete(&parser);
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t threads = 2;
  std::vector<fs::path> roots;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--threads" && i + 1 < argc) {
      threads = std::max(1, std::atoi(argv[++i]));
    } else if (arg.rfind("-", 0) == 0) {
      std::fprintf(stderr, "usage: stdgraph_yaml_floor [--threads N] FOLDER...\n");
      return 2;
    } else {
      roots.emplace_back(arg);
    }
  }
  if (roots.empty()) {
    std::fprintf(stderr, "usage: stdgraph_yaml_floor [--threads N] FOLDER...\n");
    return 2;
  }
  auto start = std::chrono::steady_clock::now();
  std::vector<fs::path> files;
  for (const fs::path& root : roots) {
    std::error_code ec;
    if (fs::is_regular_file(root, ec)) {
      files.push_back(root);
      continue;
    }
    for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec))
      if (it->is_regular_file() && is_yaml(it->path())) files.push_back(it->path());
    if (ec) {
      std::fprintf(stderr, "stdgraph_yaml_floor: %s: %s\n", root.c_str(), ec.message().c_str());
      return 1;
    }
  }
  std::atomic<std::size_t> next{0};
  std::vector<Counts> counts(threads);
  std::vector<std::thread> workers;
  for (std::size_t t = 0; t < threads; ++t)
    workers.emplace_back([&, t] {
      std::string buffer;
      for (std::size_t i; (i = next.fetch_add(1)) < files.size();)
        parse_file(files[i], buffer, counts[t]);
    });
  for (std::thread& w : workers) w.join();
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  Counts total;
  for (const Counts& c : counts) {
    total.files += c.files;
    total.bytes += c.bytes;
    total.events += c.events;
    total.errors += c.errors;
  }
  std::printf("files %zu bytes %zu events %zu errors %zu seconds %.3f\n", total.files, total.bytes,
              total.events, total.errors, seconds);
  return 0;
}
