// Writing an output whole or not at all.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace stdgraph {

// Writes `parts` (concatenated) to a temporary file in path's folder, flushes it to
// disk and renames it over path. On failure the old file is left as it was, no
// temporary is left behind, and the result says why; on success it is empty.
// The temporary has no name while it is written (O_TMPFILE), so a process killed
// mid-write leaves the old file and nothing else; where O_TMPFILE is not supported it is
// a hidden `.stdgraph-tmp.XXXXXX`, which a killed process may leave behind (never `path`).
// An existing file's permissions (and owner and group, where allowed) are kept.
// With `mode`, the file gets exactly that mode and the caller's owner, whatever it replaces
// (a cache written 0600).
std::string write_file_atomically(const std::filesystem::path& path,
                                  std::initializer_list<std::string_view> parts,
                                  std::optional<mode_t> mode = std::nullopt);

inline std::string write_file_atomically(const std::filesystem::path& path,
                                         std::string_view content) {
  return write_file_atomically(path, {content});
}

// An output a user named (-o): the rules every command follows.
// - `-` is standard output.
// - Nothing there: the file is made whole (write_file_atomically), and missing folders
//   with it; a link to nothing makes the file where it points.
// - A regular file: replaced whole, keeping its permissions (and owner and group where
//   allowed); behind a symbolic link, the file it points to is replaced and the link stays.
// - A regular file with other hard links: rewritten in place, so that every name sees the
//   new content (not atomic: a failure can leave it cut short).
// - Anything else (a device such as /dev/null, a FIFO, /dev/stdout): opened and written
//   in place, never replaced; a write error (ENOSPC on /dev/full) is returned.
// - A folder: refused.
// Returns "" on success, else why.
std::string write_output(const std::filesystem::path& target,
                         std::initializer_list<std::string_view> parts);

}  // namespace stdgraph
