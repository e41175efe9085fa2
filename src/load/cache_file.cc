// A cache file mapped, once its folder and itself pass the trust rules (cache_trust.h).
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "cache_trust.h"
#include "stdgraph/load/cache.h"

namespace stdgraph::cache {
namespace fs = std::filesystem;

File::~File() {
  clear();
}

void File::clear() {
  if (data_) munmap(const_cast<char*>(data_), size_);
  data_ = nullptr;
  size_ = 0;
  entries.clear();
}

void File::release(std::size_t from, std::size_t to) const {
  if (!data_) return;
  const std::size_t page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
  to = std::min(to, size_);
  from = (from + page - 1) / page * page;  // the mapping starts on a page
  to = to / page * page;
  if (from < to) madvise(const_cast<char*>(data_) + from, to - from, MADV_DONTNEED);
}

bool File::map(const fs::path& path, std::string* refused) {
  clear();
  auto refuse = [&](const std::string& note) {
    if (refused) *refused = note;
    return false;
  };
  struct stat st {};
  int folder = open_folder(path.parent_path(), st);
  if (folder < 0) return false;  // no folder, or none to read: write() will say why
  if (std::string why = folder_distrust(st); !why.empty()) {
    ::close(folder);
    return refuse(folder_note(path.parent_path(), why));
  }
  // Not blocking on a FIFO, not following a link, and checked on the descriptor read from.
  int fd = openat(folder, path.filename().c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW);
  int open_errno = errno;
  ::close(folder);
  auto note = [&](const std::string& why) {
    return fmt::format("stdgraph: ignoring the cache {} ({}); rebuilding it", path.string(), why);
  };
  if (fd < 0) {
    if (open_errno == ENOENT) return false;
    return refuse(note(open_errno == ELOOP ? "a symbolic link, not a regular file"
                                           : std::strerror(open_errno)));
  }
  if (fstat(fd, &st) != 0) st = {};
  if (std::string why = file_distrust(st); !why.empty()) {
    ::close(fd);
    return refuse(note(why));
  }
  bool ok = st.st_size > 0;
  if (ok) {
    void* p = mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    ok = p != MAP_FAILED;
    if (ok) {
      data_ = static_cast<const char*>(p);
      size_ = static_cast<std::size_t>(st.st_size);
    }
  }
  close(fd);
  return true;  // an empty or unmappable file reads as no bytes: rejected as foreign
}

}  // namespace stdgraph::cache
