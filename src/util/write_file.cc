#include "stdgraph/util/write_file.h"

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

// A file that replaces another keeps its permissions and, where we may set them, its
// owner and group: a 0600 report stays 0600.
void keep_mode_and_owner(int fd, const struct stat* keep) {
  if (!keep) return;
  if (fchown(fd, keep->st_uid, keep->st_gid) != 0) {
    // Not root: the owner stays ours; the group is kept where we belong to it.
    [[maybe_unused]] int ignored = fchown(fd, static_cast<uid_t>(-1), keep->st_gid);
  }
  fchmod(fd, keep->st_mode & 07777);
}

// Writes into an existing file that is not to be replaced (a device, a FIFO, a file with
// other hard links): opened as it is, never created, and cut to what was written when it
// is a regular file.
std::string write_in_place(const fs::path& path, std::initializer_list<std::string_view> parts) {
  int fd = open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return failure("open", path);
  struct stat st {};
  bool regular = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  off_t total = 0;
  for (std::string_view part : parts) total += static_cast<off_t>(part.size());
  auto fail = [&](const char* what) {
    std::string why = failure(what, path);
    close(fd);
    return why;
  };
  if (!write_all(fd, parts)) return fail("write");
  if (regular && (ftruncate(fd, total) != 0 || fsync(fd) != 0)) return fail("write");
  if (close(fd) != 0) return failure("write", path);
  return {};
}

// The file is written unnamed (O_TMPFILE), so a run killed while writing leaves nothing
// behind; only once it is complete and on disk does it get a name beside `path`, which is
// then renamed over `path`. Returns "" on success; `unsupported` when the file system has
// no O_TMPFILE or /proc is missing (the caller then writes through a named temporary).
std::string write_unnamed(const fs::path& path, const fs::path& folder,
                          std::initializer_list<std::string_view> parts, const struct stat* keep,
                          bool& unsupported) {
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
  keep_mode_and_owner(fd, keep);
  if (fsync(fd) != 0) return fail("flush");
  static std::atomic<unsigned> counter{0};
  std::string proc = fmt::format("/proc/self/fd/{}", fd);
  std::string name;
  for (int attempt = 0;; ++attempt) {
    // Not named after the target: `.NAME.tmp...` would pass NAME_MAX for a long valid NAME.
    name = (folder / fmt::format(".stdgraph-tmp.{}.{}", getpid(), counter.fetch_add(1))).string();
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
                        std::initializer_list<std::string_view> parts, const struct stat* keep) {
  std::string tmpl = (folder / ".stdgraph-tmp.XXXXXX").string();
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
  keep_mode_and_owner(fd, keep);
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
                                  std::initializer_list<std::string_view> parts,
                                  std::optional<mode_t> mode) {
  fs::path folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  struct stat old {};
  const struct stat* keep = nullptr;
  if (mode) {  // exactly this mode, and ours: whatever was there before
    old.st_mode = *mode;
    old.st_uid = geteuid();
    old.st_gid = getegid();
    keep = &old;
  } else if (::stat(path.c_str(), &old) == 0 && S_ISREG(old.st_mode)) {
    keep = &old;
  }
  bool unsupported = false;
  std::string why = write_unnamed(path, folder, parts, keep, unsupported);
  if (unsupported) return write_named(path, folder, parts, keep);
  return why;
}

std::string write_output(const fs::path& target, std::initializer_list<std::string_view> parts) {
  if (target == "-") {
    if (write_all(STDOUT_FILENO, parts)) return {};
    return fmt::format("cannot write standard output: {}", std::strerror(errno));
  }
  struct stat st {};
  if (::stat(target.c_str(), &st) != 0) {
    if (errno != ENOENT) return failure("write", target);
    // Nothing there, or a link to nothing: the file is made where the link points.
    fs::path path = target;
    for (int hops = 0; hops < 40 && fs::is_symlink(fs::symlink_status(path)); ++hops) {
      std::error_code ec;
      fs::path to = fs::read_symlink(path, ec);
      if (ec) break;
      path = to.is_absolute() ? to : path.parent_path() / to;
    }
    if (path.has_parent_path()) {
      std::error_code ec;
      fs::create_directories(path.parent_path(), ec);
      if (ec)
        return fmt::format("cannot create the folder {}: {}", path.parent_path().string(),
                           ec.message());
    }
    return write_file_atomically(path, parts);
  }
  if (S_ISDIR(st.st_mode))
    return fmt::format("cannot write {}: it is a folder; name a file", target.string());
  // A device, a FIFO or standard output (/dev/stdout): written in place, never replaced.
  if (!S_ISREG(st.st_mode)) return write_in_place(target, parts);
  // A file with other names: rewritten in place so that every name sees the new content.
  if (st.st_nlink > 1) return write_in_place(target, parts);
  // A regular file, perhaps behind links: the file is replaced, the links stay links.
  struct stat link {};
  if (::lstat(target.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
    std::error_code ec;
    fs::path real = fs::canonical(target, ec);
    if (ec) return fmt::format("cannot write {}: {}", target.string(), ec.message());
    return write_file_atomically(real, parts);
  }
  return write_file_atomically(target, parts);
}

}  // namespace stdgraph
