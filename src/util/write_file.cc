#include "stdgraph/write_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

namespace stdgraph {

namespace fs = std::filesystem;

std::string write_file_atomically(const fs::path& path,
                                  std::initializer_list<std::string_view> parts) {
  fs::path folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  std::string tmpl = (folder / fmt::format(".{}.tmp.XXXXXX", path.filename().string())).string();
  int fd = mkstemp(tmpl.data());
  if (fd < 0)
    return fmt::format("cannot create a file in {}: {}", folder.string(), std::strerror(errno));
  auto fail = [&](const char* what) {
    std::string why = fmt::format("cannot {} {}: {}", what, path.string(), std::strerror(errno));
    close(fd);
    unlink(tmpl.c_str());
    return why;
  };
  for (std::string_view part : parts) {
    while (!part.empty()) {
      ssize_t n = ::write(fd, part.data(), part.size());
      if (n < 0) {
        if (errno == EINTR) continue;
        return fail("write");
      }
      part.remove_prefix(static_cast<std::size_t>(n));
    }
  }
  // mkstemp makes the file 0600; an output is as readable as any other new file.
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  if (fsync(fd) != 0) return fail("flush");
  if (close(fd) != 0) {
    std::string why = fmt::format("cannot write {}: {}", path.string(), std::strerror(errno));
    unlink(tmpl.c_str());
    return why;
  }
  if (std::rename(tmpl.c_str(), path.c_str()) != 0) {
    std::string why = fmt::format("cannot replace {}: {}", path.string(), std::strerror(errno));
    unlink(tmpl.c_str());
    return why;
  }
  return {};
}

}  // namespace stdgraph
