#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

#include <fmt/format.h>

#include "stdgraph/load.h"

namespace stdgraph {
namespace fs = std::filesystem;
namespace {

bool is_record_file(const fs::path& p) {
  auto ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

// Expands folders into their record files, sorted so that every run reads in one order.
std::vector<fs::path> expand(const fs::path& path, Diagnostics& diags) {
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    diags.error({path.string(), 0, 0}, "no-such-path", "no such file or folder",
                "check the path given to --data");
    return {};
  }
  if (!fs::is_directory(status)) return {path};
  std::vector<fs::path> files;
  for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file() && is_record_file(it->path())) files.push_back(it->path());
  if (ec)
    diags.error({path.string(), 0, 0}, "unreadable",
                fmt::format("cannot list folder: {}", ec.message()));
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

RecordSet load_paths(const std::vector<fs::path>& paths, Diagnostics& diags) {
  RecordSet all;
  for (const auto& path : paths) {
    for (const auto& file : expand(path, diags)) {
      std::ifstream in(file, std::ios::binary);
      if (!in) {
        diags.error({file.string(), 0, 0}, "unreadable", "cannot open file for reading",
                    "check that the file exists and is readable");
        continue;
      }
      std::ostringstream text;
      text << in.rdbuf();
      all.append(load_native_text(text.str(), file.string(), diags));
    }
  }
  return all;
}

}  // namespace stdgraph
