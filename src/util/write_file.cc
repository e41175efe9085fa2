#include "stdgraph/write_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

namespace stdgraph {

namespace fs = std::filesystem;

namespace {

// Writes every part to fd; false (errno set) on failure.
bool write_all(int fd, std::initializer_list<std::string_view> parts) {
  for (std::string_view part : parts) {
    while (!part.empty()) {
      ssize_t n = ::write(fd, part.data(), part.size());
      if (n < 0) {
        if (errno == EINTR) continue;
        return false;
      }
      part.remove_prefix(static_cast<std::size_t>(n));
    }
  }
  return true;
}

std::string failure(const char* what, const fs::path& path) {
  return fmt::format("cannot {} {}: {}", what, path.string(), std::strerror(errno));
}

// The file is written unnamed (O_TMPFILE), so a run killed while writing leaves nothing
// behind; only once it is complete and on disk does it get a name beside `path`, which is
// then renamed over `path`. Returns "" on success; `unsupported` when the file system has
// no O_TMPFILE or /proc is missing (the caller then writes through a named temporary).
std::string write_unnamed(const fs::path& path, const fs::path& folder,
                          std::initializer_list<std::string_view> parts, bool& unsupported) {
  unsupported = false;
  int fd = open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);  // umask applies
  if (fd < 0) {
    unsupported = errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL;
    return failure("create a file in", folder);
  }
  auto fail = [&](const char* what) {
    std::string why = failure(what, path);
    close(fd);
    return why;
  };
  if (!write_all(fd, parts)) return fail("write");
  if (fsync(fd) != 0) return fail("flush");
  static std::atomic<unsigned> counter{0};
  std::string proc = fmt::format("/proc/self/fd/{}", fd);
  std::string name;
  for (int attempt = 0;; ++attempt) {
    name = (folder /
            fmt::format(".{}.tmp.{}.{}", path.filename().string(), getpid(), counter.fetch_add(1)))
               .string();
    if (linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0) break;
    if (errno == EEXIST && attempt < 100) continue;
    unsupported = errno == ENOENT;  // no /proc
    return fail("name");
  }
  if (close(fd) != 0) {
    std::string why = failure("write", path);
    unlink(name.c_str());
    return why;
  }
  if (std::rename(name.c_str(), path.c_str()) != 0) {
    std::string why = failure("replace", path);
    unlink(name.c_str());
    return why;
  }
  return {};
}

// The same through mkstemp: a killed run may leave the hidden .NAME.tmp.XXXXXX behind.
std::string write_named(const fs::path& path, const fs::path& folder,
                        std::initializer_list<std::string_view> parts) {
  std::string tmpl = (folder / fmt::format(".{}.tmp.XXXXXX", path.filename().string())).string();
  int fd = mkstemp(tmpl.data());
  if (fd < 0) return failure("create a file in", folder);
  auto fail = [&](const char* what) {
    std::string why = failure(what, path);
    close(fd);
    unlink(tmpl.c_str());
    return why;
  };
  if (!write_all(fd, parts)) return fail("write");
  // mkstemp makes the file 0600; an output is as readable as any other new file.
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  if (fsync(fd) != 0) return fail("flush");
  if (close(fd) != 0) {
    std::string why = failure("write", path);
    unlink(tmpl.c_str());
    return why;
  }
  if (std::rename(tmpl.c_str(), path.c_str()) != 0) {
    std::string why = failure("replace", path);
    unlink(tmpl.c_str());
    return why;
  }
  return {};
}

}  // namespace

std::string write_file_atomically(const fs::path& path,
                                  std::initializer_list<std::string_view> parts) {
  fs::path folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  bool unsupported = false;
  std::string why = write_unnamed(path, folder, parts, unsupported);
  if (unsupported) return write_named(path, folder, parts);
  return why;
}

}  // namespace stdgraph
