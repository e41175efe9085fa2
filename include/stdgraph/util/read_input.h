// Reading a file named as input (a record file, a taxonomy, the glossary, a proposal's
// scope), bounded and without blocking: the one way every reader opens what it is given.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace stdgraph {

struct InputText {
  std::string text;   // at most max_bytes + 1 bytes: a caller tells "too large" by size
  std::string error;  // empty on success; else why, as "not a regular file (a FIFO)"
};

// Opens `path` without blocking (a FIFO does not wait for a writer), follows links, and
// refuses anything that is not a regular file (a device such as /dev/zero, a FIFO, a
// socket, a folder) before reading a byte. Reads at most max_bytes + 1 bytes, so that a
// file larger than the limit is refused by its reader without being read whole.
InputText read_input_file(const std::filesystem::path& path, std::size_t max_bytes);

// "a FIFO", "a character device", "a folder", ... for a stat mode: what a message calls it.
std::string file_type_name(unsigned mode);

}  // namespace stdgraph
