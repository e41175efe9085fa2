#include "cache_trust.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "stdgraph/util/write_file.h"

namespace stdgraph::cache {
namespace fs = std::filesystem;
namespace {

const char* file_type_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  if (S_ISLNK(mode)) return "a symbolic link";
  return "not a regular file";
}

// Makes `folder` and its missing parents, each readable by the user alone (0700). "" when it
// exists afterwards; else why not, with the real reason (EACCES, ENOTDIR, EROFS...).
std::string make_folder(const fs::path& folder) {
  struct stat st {};
  if (folder.empty() || (::stat(folder.c_str(), &st) == 0 && S_ISDIR(st.st_mode))) return {};
  fs::path made;
  for (const auto& part : folder) {
    made /= part;
    if (::mkdir(made.c_str(), 0700) == 0) continue;
    int err = errno;
    if (err == EEXIST && ::stat(made.c_str(), &st) == 0) {
      if (S_ISDIR(st.st_mode)) continue;
      err = ENOTDIR;
    }
    return fmt::format("cannot create the folder {}: {}", made.string(), std::strerror(err));
  }
  return {};
}

}  // namespace

std::string folder_distrust(const struct stat& st) {
  if (st.st_uid != geteuid() && st.st_uid != 0)
    return fmt::format("the folder is owned by user {}", st.st_uid);
  if ((st.st_mode & (S_IWGRP | S_IWOTH)) && !(st.st_mode & S_ISVTX))
    return "the folder is writable by group or others";
  return {};
}

std::string file_distrust(const struct stat& st) {
  if (!S_ISREG(st.st_mode)) return fmt::format("{}, not a regular file", file_type_of(st.st_mode));
  if (st.st_uid != geteuid()) return fmt::format("owned by user {}, not by you", st.st_uid);
  if (st.st_mode & (S_IWGRP | S_IWOTH)) return "writable by group or others";
  return {};
}

std::string folder_note(const fs::path& folder, const std::string& why) {
  return fmt::format(
      "stdgraph: ignoring the cache folder {} ({}); no cache is read or written there (chmod "
      "go-w it, or set STDGRAPH_CACHE_DIR)",
      folder.string(), why);
}

int open_folder(const fs::path& folder, struct stat& st) {
  int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0 && fstat(fd, &st) != 0) {
    ::close(fd);
    fd = -1;
  }
  return fd;
}

Written write_private(const fs::path& path, std::initializer_list<std::string_view> parts,
                      std::string& note) {
  const fs::path folder = path.parent_path();
  if (std::string why = make_folder(folder); !why.empty()) {
    note = fmt::format("stdgraph: could not write the cache: {}", why);
    return Written::failed;
  }
  struct stat st {};
  int fd = open_folder(folder, st);
  if (fd < 0) {
    note = fmt::format("stdgraph: could not write the cache: cannot open the folder {}: {}",
                       folder.string(), std::strerror(errno));
    return Written::failed;
  }
  if (!folder_distrust(st).empty()) {
    ::close(fd);
    return Written::refused;  // read() said why
  }
  ::close(fd);
  // 0600 and ours whatever it replaces (another user's file, a link, a FIFO: the rename
  // replaces the name, never what a link points to).
  if (std::string why = write_file_atomically(path, parts, 0600); !why.empty()) {
    note = fmt::format("stdgraph: could not write the cache: {}", why);
    return Written::failed;
  }
  return Written::ok;
}

}  // namespace stdgraph::cache
