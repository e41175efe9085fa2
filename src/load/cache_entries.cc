// The cache of files: one entry per record file (its status, content hash and records as
// bytes), checked whole before any is used, and written whole.
#include <algorithm>
#include <cstdlib>
#include <ctime>

#include <fmt/format.h>
#include <xxhash.h>

#include "binary_io.h"
#include "cache_header.h"
#include "cache_trust.h"
#include "stdgraph/load/cache.h"

namespace stdgraph::cache {
namespace fs = std::filesystem;
namespace {

// The smallest entry: a path and a blob (8-byte lengths), size, mtime, ctime, inode, device,
// checked time, hash.
constexpr std::size_t kMinEntryBytes = 8 + 8 + 7 * 8;

fs::path home_cache() {
  if (const char* dir = std::getenv("STDGRAPH_CACHE_DIR"); dir && *dir) return dir;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
    return fs::path(xdg) / "stdgraph";
  if (const char* home = std::getenv("HOME"); home && *home)
    return fs::path(home) / ".cache" / "stdgraph";
  return {};
}

}  // namespace

std::int64_t now_ns() {
  struct timespec ts {};
  clock_gettime(CLOCK_REALTIME, &ts);
  return ts.tv_sec * 1'000'000'000LL + ts.tv_nsec;
}

void FileState::set_status(const struct stat& st, std::int64_t checked) {
  size = static_cast<std::uint64_t>(st.st_size);
  mtime_ns = st.st_mtim.tv_sec * 1'000'000'000LL + st.st_mtim.tv_nsec;
  ctime_ns = st.st_ctim.tv_sec * 1'000'000'000LL + st.st_ctim.tv_nsec;
  inode = static_cast<std::uint64_t>(st.st_ino);
  device = static_cast<std::uint64_t>(st.st_dev);
  checked_ns = checked;
}

bool FileState::same_status(const struct stat& st) const {
  return size == static_cast<std::uint64_t>(st.st_size) &&
         mtime_ns == st.st_mtim.tv_sec * 1'000'000'000LL + st.st_mtim.tv_nsec &&
         ctime_ns == st.st_ctim.tv_sec * 1'000'000'000LL + st.st_ctim.tv_nsec &&
         inode == static_cast<std::uint64_t>(st.st_ino) &&
         device == static_cast<std::uint64_t>(st.st_dev);
}

// The change time moves on every edit and cannot be set back; the modification time can be
// set ahead of it (touch -d tomorrow). A time that far ahead is racy until the clock passes it.
bool FileState::racy_at(std::int64_t when) const {
  return std::max(mtime_ns, ctime_ns) >= when - kRacyMarginNs;
}

std::uint64_t hash_bytes(std::string_view bytes) {
  return XXH3_64bits(bytes.data(), bytes.size());
}

bool parse(std::string_view data, Entries& entries, std::string& why) {
  entries.clear();
  auto reject = [&](std::string reason) {
    why = std::move(reason);
    entries.clear();
    return false;
  };
  Header header;
  std::string_view payload;
  if (!Header::decode(data, kFilesHeader, header, payload, why)) return reject(why);
  if (header.version != kFilesVersion)
    return reject(fmt::format("format version {}", header.version));
  if (std::string problem = header.mismatch(payload); !problem.empty()) return reject(problem);
  try {
    Reader r(payload);
    for (std::uint32_t n = r.count(kMinEntryBytes); n > 0; --n) {
      std::string file(r.bytes());
      Entry e;
      e.size = r.u64();
      e.mtime_ns = static_cast<std::int64_t>(r.u64());
      e.ctime_ns = static_cast<std::int64_t>(r.u64());
      e.inode = r.u64();
      e.device = r.u64();
      e.checked_ns = static_cast<std::int64_t>(r.u64());
      e.content_hash = r.u64();
      e.blob = r.bytes();
      // A path twice is no cache stdgraph wrote: which entry would be the file?
      if (!entries.emplace(std::move(file), std::move(e)).second)
        return reject("a file listed twice");
    }
    if (!r.at_end()) return reject("trailing bytes");
  } catch (const Corrupt&) {
    return reject("inconsistent contents");
  }
  return true;
}

void read(const fs::path& path, File& cache, std::string& note) {
  if (!cache.map(path, &note)) return;
  std::string why;
  if (!parse(cache.bytes(), cache.entries, why)) {
    note = fmt::format("stdgraph: ignoring the cache {} ({}); rebuilding it", path.string(), why);
    cache.clear();
  }
}

std::string payload_of(const Entries& entries) {
  std::size_t size = 4;
  for (const auto& [file, e] : entries) size += kMinEntryBytes + file.size() + e.blob.size();
  Writer w;
  w.reserve(size);  // exactly: grown by doubling, 50 MB would take 96 MB on the way
  w.u32(static_cast<std::uint32_t>(entries.size()));
  for (const auto& [file, e] : entries) {
    w.bytes(file);
    w.u64(e.size);
    w.u64(static_cast<std::uint64_t>(e.mtime_ns));
    w.u64(static_cast<std::uint64_t>(e.ctime_ns));
    w.u64(e.inode);
    w.u64(e.device);
    w.u64(static_cast<std::uint64_t>(e.checked_ns));
    w.u64(e.content_hash);
    w.bytes(e.blob);
  }
  return w.finish();
}

std::string header_for(std::string_view payload) {
  return Header::for_payload(payload, kFilesVersion).encode(kFilesHeader);
}

bool write(const fs::path& path, const Entries& entries, std::string& note) {
  std::string payload = payload_of(entries);
  return write_private(path, {header_for(payload), payload}, note) == Written::ok;
}

std::optional<fs::path> path_for(const std::vector<fs::path>& roots) {
  fs::path dir = home_cache();
  if (dir.empty()) return std::nullopt;
  std::string joined;
  for (const auto& root : roots) {
    std::error_code ec;
    joined += fs::absolute(root, ec).lexically_normal().string();
    joined += '\n';
  }
  return dir / fmt::format("data-{:016x}.bin", hash_bytes(joined));
}

}  // namespace stdgraph::cache
