// Writing an output whole or not at all.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace stdgraph {

// Writes `parts` (concatenated) to a temporary file in path's folder, flushes it to
// disk and renames it over path. On failure the old file is left as it was, no
// temporary is left behind, and the result says why; on success it is empty.
// The temporary has no name while it is written (O_TMPFILE), so a process killed
// mid-write leaves the old file and nothing else; where O_TMPFILE is not supported it is
// a hidden `.NAME.tmp.XXXXXX`, which a killed process may leave behind (never `path`).
std::string write_file_atomically(const std::filesystem::path& path,
                                  std::initializer_list<std::string_view> parts);

inline std::string write_file_atomically(const std::filesystem::path& path,
                                         std::string_view content) {
  return write_file_atomically(path, {content});
}

}  // namespace stdgraph
