#include "stdgraph/util/read_input.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace stdgraph {

std::string file_type_name(unsigned mode) {
  switch (mode & S_IFMT) {
    case S_IFREG:
      return "a regular file";
    case S_IFDIR:
      return "a folder";
    case S_IFCHR:
      return "a character device";
    case S_IFBLK:
      return "a block device";
    case S_IFIFO:
      return "a FIFO";
    case S_IFSOCK:
      return "a socket";
    case S_IFLNK:
      return "a symbolic link";
    default:
      return "not a regular file";
  }
}

InputText read_input_file(const std::filesystem::path& path, std::size_t max_bytes) {
  InputText result;
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    result.error = std::strerror(errno);
    return result;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    result.error = std::strerror(errno);
  } else if (!S_ISREG(st.st_mode)) {
    result.error = "not a regular file (" + file_type_name(st.st_mode) + ")";
  } else {
    std::size_t want = std::min<std::size_t>(static_cast<std::size_t>(st.st_size), max_bytes) + 1;
    result.text.resize(want);
    std::size_t have = 0;
    // A file can grow after fstat: keep reading up to the bound, not to st_size.
    while (have <= max_bytes) {
      if (have == result.text.size()) result.text.resize(std::min(max_bytes + 1, have * 2 + 1));
      ssize_t n = ::read(fd, result.text.data() + have, result.text.size() - have);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        result.error = std::strerror(errno);
        break;
      }
      if (n == 0) break;
      have += static_cast<std::size_t>(n);
    }
    result.text.resize(have);
  }
  ::close(fd);
  if (!result.error.empty()) result.text.clear();
  return result;
}

}  // namespace stdgraph
