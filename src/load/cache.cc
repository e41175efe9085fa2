#include "stdgraph/load/cache.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sstream>
#include <vector>

#include <fmt/format.h>
#include <xxhash.h>

#include "stdgraph/util/write_file.h"

namespace stdgraph::cache {
namespace fs = std::filesystem;
namespace {

constexpr char kMagic[16] = "stdgraph-cache\n";
// Caches hold identifier keys and the targets they resolved to, so a change to the
// identifier rules (src/model/ids.cc) is a new version of both files. 4: keys a fixed point
// by construction (two REV after a group key differently). The cache of files, 5: an entry
// keeps its file's change time, inode and device, and when they were taken.
constexpr std::uint32_t kVersion = 5;
constexpr std::uint32_t kCorpusVersion = 4;
// The smallest entry: a path and a blob (8-byte lengths), size, mtime, ctime, inode, device,
// checked time, hash.
constexpr std::size_t kMinEntryBytes = 8 + 8 + 7 * 8;

struct Corrupt {};

// Native-endian fixed-width integers and length-prefixed strings (a cache is only read
// on the machine that wrote it; a foreign one fails its checks).
class Writer {
 public:
  void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u32(std::uint32_t v) { raw(&v, sizeof v); }
  void u64(std::uint64_t v) { raw(&v, sizeof v); }
  void i32(std::int32_t v) { raw(&v, sizeof v); }
  void str(std::string_view s) {
    u32(static_cast<std::uint32_t>(s.size()));
    raw(s.data(), s.size());
  }
  void bytes(std::string_view s) {
    u64(s.size());
    raw(s.data(), s.size());
  }
  void reserve(std::size_t bytes) { out_.reserve(bytes); }
  std::string finish() { return std::move(out_); }

 private:
  void raw(const void* p, std::size_t n) { out_.append(static_cast<const char*>(p), n); }
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}
  std::uint8_t u8() { return static_cast<std::uint8_t>(take(1)[0]); }
  std::uint32_t u32() { return fixed<std::uint32_t>(); }
  std::uint64_t u64() { return fixed<std::uint64_t>(); }
  std::int32_t i32() { return fixed<std::int32_t>(); }
  std::string_view str() { return take(u32()); }
  std::string_view bytes() {
    std::uint64_t n = u64();
    if (n > data_.size() - at_) throw Corrupt{};
    return take(static_cast<std::size_t>(n));
  }
  // A count of things each at least `min_bytes` long: bounded by what is left.
  std::uint32_t count(std::size_t min_bytes) {
    std::uint32_t n = u32();
    if (static_cast<std::uint64_t>(n) * min_bytes > data_.size() - at_) throw Corrupt{};
    return n;
  }
  bool at_end() const { return at_ == data_.size(); }
  std::size_t offset() const { return at_; }

 private:
  template <typename T>
  T fixed() {
    T v;
    std::memcpy(&v, take(sizeof v).data(), sizeof v);
    return v;
  }
  std::string_view take(std::size_t n) {
    if (n > data_.size() - at_) throw Corrupt{};
    auto out = data_.substr(at_, n);
    at_ += n;
    return out;
  }
  std::string_view data_;
  std::size_t at_ = 0;
};

template <typename E>
E enum_from(std::uint8_t v) {
  if (v >= enum_names<E>().size()) throw Corrupt{};
  return static_cast<E>(v);
}

// A place is its line and column; the file is known from what holds it.
void put(Writer& w, const LinePos& p) {
  w.i32(p.line);
  w.i32(p.column);
}
void put(Writer& w, const SourcePos& p) {
  put(w, LinePos(p));
}
LinePos get_line_pos(Reader& r) {
  LinePos p;
  p.line = r.i32();
  p.column = r.i32();
  return p;
}
SourcePos get_pos(Reader& r, const std::string& file) {
  LinePos p = get_line_pos(r);
  return {file, p.line, p.column};
}
void put(Writer& w, const Date& d) {
  w.i32(d.year);
  w.u8(static_cast<std::uint8_t>(d.month));
  w.u8(static_cast<std::uint8_t>(d.day));
}
Date get_date(Reader& r) {
  Date d;
  d.year = r.i32();
  d.month = r.u8();
  d.day = r.u8();
  if (d.month > 12 || d.day > 31) throw Corrupt{};
  return d;
}
void put(Writer& w, const std::vector<std::string>& v) {
  w.u32(static_cast<std::uint32_t>(v.size()));
  for (const auto& s : v) w.str(s);
}
std::vector<std::string> get_strings(Reader& r) {
  std::vector<std::string> v(r.count(4));
  for (auto& s : v) s.assign(r.str());
  return v;
}

void put(Writer& w, const StatusEvent& e) {
  put(w, e.date);
  w.u8(static_cast<std::uint8_t>(e.status));
  w.str(e.source);
  w.str(e.note);
  w.u8(e.process ? static_cast<std::uint8_t>(*e.process) + 1 : 0);
  w.str(e.target);
  put(w, e.pos);
}
StatusEvent get_event(Reader& r, const std::string& file) {
  StatusEvent e;
  e.date = get_date(r);
  e.status = enum_from<Status>(r.u8());
  e.source = r.str();
  e.note = r.str();
  if (std::uint8_t p = r.u8()) e.process = enum_from<Process>(p - 1);
  e.target = r.str();
  e.pos = get_pos(r, file);
  return e;
}

// `with_keys`: the relations' target keys, which only Corpus::build reads; a built corpus
// keeps its resolved targets instead.
void put(Writer& w, const Document& d, bool with_keys = true) {
  w.str(d.id);
  put(w, d.aliases);
  w.u8(static_cast<std::uint8_t>(d.kind));
  w.u32(static_cast<std::uint32_t>(d.titles.size()));
  for (const auto& [lang, title] : d.titles) {
    w.str(lang);
    w.str(title);
  }
  w.str(d.scope);
  put(w, d.keywords);
  w.str(d.group);
  w.str(d.question);
  w.u8(d.process ? static_cast<std::uint8_t>(*d.process) + 1 : 0);
  w.u32(static_cast<std::uint32_t>(d.history.size()));
  for (const auto& e : d.history) put(w, e);
  w.u32(static_cast<std::uint32_t>(d.relations.size()));
  for (const auto& rel : d.relations) {
    w.u8(static_cast<std::uint8_t>(rel.type));
    w.str(rel.target);
    w.str(rel.source);
    w.str(rel.note);
    w.str(rel.original_type);
    w.str(with_keys ? std::string_view(rel.target_key) : std::string_view());
    w.u8(rel.reversed ? 1 : 0);
    put(w, rel.pos);
  }
  w.str(d.source);
  w.u8(static_cast<std::uint8_t>((d.referenced ? 1 : 0) | (d.implied ? 2 : 0)));
  w.u8(d.stage ? static_cast<std::uint8_t>(*d.stage) + 1 : 0);
  put(w, d.pos);
}
Document get_document(Reader& r, const std::string& file) {
  Document d;
  d.id = r.str();
  d.aliases = get_strings(r);
  d.kind = enum_from<DocKind>(r.u8());
  for (std::uint32_t n = r.count(8); n > 0; --n) {
    std::string lang(r.str());
    d.titles[lang] = r.str();
  }
  d.scope = r.str();
  d.keywords = get_strings(r);
  d.group = r.str();
  d.question = r.str();
  if (std::uint8_t p = r.u8()) d.process = enum_from<Process>(p - 1);
  d.history.resize(r.count(20));
  for (auto& e : d.history) e = get_event(r, file);
  d.relations.resize(r.count(30));
  for (auto& rel : d.relations) {
    rel.type = enum_from<RelationType>(r.u8());
    rel.target = r.str();
    rel.source = r.str();
    rel.note = r.str();
    rel.original_type = r.str();
    rel.target_key = r.str();
    rel.reversed = r.u8() != 0;
    rel.pos = get_line_pos(r);  // in the document's file: see Document::relation_pos
  }
  d.source = r.str();
  std::uint8_t flags = r.u8();
  d.referenced = flags & 1;
  d.implied = flags & 2;
  if (std::uint8_t s = r.u8()) d.stage = enum_from<Status>(s - 1);
  d.pos = get_pos(r, file);
  return d;
}

void put(Writer& w, const Group& g) {
  w.str(g.id);
  w.u8(static_cast<std::uint8_t>(g.kind));
  w.str(g.name);
  w.str(g.parent);
  put(w, g.members);
  w.str(g.source);
  w.u8(g.implied ? 1 : 0);
  put(w, g.pos);
}
Group get_group(Reader& r, const std::string& file) {
  Group g;
  g.id = r.str();
  g.kind = enum_from<GroupKind>(r.u8());
  g.name = r.str();
  g.parent = r.str();
  g.members = get_strings(r);
  g.source = r.str();
  g.implied = r.u8() != 0;
  g.pos = get_pos(r, file);
  return g;
}

void put_diagnostic(Writer& w, const Diagnostic& d, bool with_file) {
  w.u8(d.severity == Severity::error ? 1 : 0);
  if (with_file) w.str(d.pos.file);
  put(w, d.pos);
  w.str(d.code);
  w.str(d.message);
  w.str(d.hint);
}
Diagnostic get_diagnostic(Reader& r, const std::string* file) {
  Diagnostic d;
  d.severity = r.u8() ? Severity::error : Severity::warning;
  d.pos = get_pos(r, file ? *file : std::string(r.str()));
  d.code = r.str();
  d.message = r.str();
  d.hint = r.str();
  return d;
}

// A cache is read only from where no one else could have put it. Why a folder or a file
// cannot be trusted, or "" when it can. A folder others may write to could have had any file
// put in it, unless its sticky bit keeps them from renaming or removing the user's own (as
// in /tmp); one owned by another user (not root) is theirs to change.
std::string folder_distrust(const struct stat& st) {
  if (st.st_uid != geteuid() && st.st_uid != 0)
    return fmt::format("the folder is owned by user {}", st.st_uid);
  if ((st.st_mode & (S_IWGRP | S_IWOTH)) && !(st.st_mode & S_ISVTX))
    return "the folder is writable by group or others";
  return {};
}

const char* file_type_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  if (S_ISLNK(mode)) return "a symbolic link";
  return "not a regular file";
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

// The cache's folder as an open descriptor, when it exists and can be opened. Its status is
// taken from the descriptor, so that what is checked is what is read from.
int open_folder(const fs::path& folder, struct stat& st) {
  int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0 && fstat(fd, &st) != 0) {
    ::close(fd);
    fd = -1;
  }
  return fd;
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

// Writes a cache file whole, as write() and write_corpus() do: `note` says why it failed,
// and nothing when the folder is refused (read() said why).
enum class Written { ok, failed, refused };
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

// Liaisons and meetings come only from native files, which are small; a file that has
// any is not cached (encode gives "", which decode refuses).
std::string encode(const RecordSet& records, const Diagnostics& diags) {
  if (!records.liaisons.empty() || !records.meetings.empty() || !records.events.empty()) return {};
  Writer w;
  w.u32(static_cast<std::uint32_t>(records.documents.size()));
  for (const auto& d : records.documents) put(w, d);
  w.u32(static_cast<std::uint32_t>(records.groups.size()));
  for (const auto& g : records.groups) put(w, g);
  w.u32(static_cast<std::uint32_t>(diags.items().size()));
  for (const auto& d : diags.items()) put_diagnostic(w, d, false);
  return w.finish();
}

bool decode(std::string_view blob, const std::string& file, RecordSet& records,
            Diagnostics& diags) {
  if (blob.empty()) return false;
  try {
    Reader r(blob);
    records.documents.resize(r.count(40));
    for (auto& d : records.documents) d = get_document(r, file);
    records.groups.resize(r.count(20));
    for (auto& g : records.groups) g = get_group(r, file);
    for (std::uint32_t n = r.count(21); n > 0; --n) diags.add(get_diagnostic(r, &file));
    records.files.push_back(file);
    return r.at_end();
  } catch (const Corrupt&) {
    return false;
  }
}

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

bool parse(std::string_view data, Entries& entries, std::string& why) {
  entries.clear();
  constexpr std::size_t kHeader = sizeof kMagic + 4 + 8 + 8;
  auto reject = [&](std::string reason) {
    why = std::move(reason);
    entries.clear();
    return false;
  };
  if (data.size() < kHeader || std::memcmp(data.data(), kMagic, sizeof kMagic) != 0)
    return reject("not a stdgraph cache");
  std::uint32_t version;
  std::uint64_t size, checksum;
  std::memcpy(&version, data.data() + sizeof kMagic, 4);
  std::memcpy(&size, data.data() + sizeof kMagic + 4, 8);
  std::memcpy(&checksum, data.data() + sizeof kMagic + 12, 8);
  if (version != kVersion) return reject(fmt::format("format version {}", version));
  std::string_view payload = data.substr(kHeader);
  if (size != payload.size()) return reject("truncated");
  if (hash_bytes(payload) != checksum) return reject("checksum mismatch");
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
  std::uint32_t version = kVersion;
  std::uint64_t size = payload.size(), checksum = hash_bytes(payload);
  std::string header(kMagic, sizeof kMagic);
  header.append(reinterpret_cast<const char*>(&version), sizeof version);
  header.append(reinterpret_cast<const char*>(&size), sizeof size);
  header.append(reinterpret_cast<const char*>(&checksum), sizeof checksum);
  return header;
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

// The corpus cache: magic, version, digest, payload length and checksum, then the payload.
namespace {
constexpr char kCorpusMagic[16] = "stdgraph-corpus";
constexpr std::size_t kCorpusHeader = sizeof kCorpusMagic + 4 + 8 + 8 + 8;
constexpr std::uint32_t kNone = 0xFFFFFFFF;  // a relation target that names no document

std::uint32_t index_of(std::size_t i) {
  return i == npos ? kNone : static_cast<std::uint32_t>(i);
}
}  // namespace

std::uint64_t digest_of(const std::vector<std::string>& files,
                        const std::vector<std::uint64_t>& content_hashes) {
  Writer w;
  w.u32(kCorpusVersion);
  w.u32(static_cast<std::uint32_t>(files.size()));
  for (std::size_t i = 0; i < files.size(); ++i) {
    w.bytes(files[i]);
    w.u64(i < content_hashes.size() ? content_hashes[i] : 0);
  }
  return hash_bytes(w.finish());
}

std::string CorpusCodec::payload(const Corpus& c, const Diagnostics& diags) {
  if (!c.liaisons.empty() || !c.meetings.empty() || c.relation_targets.size() != c.documents.size())
    return {};
  std::unordered_map<std::string_view, std::uint32_t> file_index;
  for (const auto& f : c.files)
    file_index.emplace(f, static_cast<std::uint32_t>(file_index.size()));
  auto file_of = [&](const SourcePos& pos) -> std::optional<std::uint32_t> {
    auto it = file_index.find(pos.file);
    if (it == file_index.end()) return std::nullopt;
    return it->second;
  };
  // Room for it all at once: grown by doubling, a 40 MB payload would need 96 MB on the way.
  std::size_t estimate = 4096;
  for (const auto& d : c.documents) {
    estimate += 512 + d.history.size() * 64;
    for (const auto& r : d.relations)
      estimate += 48 + r.target.size() + r.original_type.size() + r.source.size() + r.note.size();
  }
  Writer w;
  w.reserve(estimate + c.groups.size() * 256 + diags.items().size() * 256);
  put(w, c.files);
  w.u32(static_cast<std::uint32_t>(c.documents.size()));
  for (std::size_t i = 0; i < c.documents.size(); ++i) {
    const Document& d = c.documents[i];
    auto file = file_of(d.pos);
    // Each part is read back with its document's file: the cache holds nothing else.
    if (!file || c.relation_targets[i].size() != d.relations.size()) return {};
    for (const auto& e : d.history)
      if (e.pos.file != d.pos.file) return {};
    w.u32(*file);
    put(w, d, false);
  }
  w.u32(static_cast<std::uint32_t>(c.groups.size()));
  for (const auto& g : c.groups) {
    auto file = file_of(g.pos);
    if (!file) return {};
    w.u32(*file);
    put(w, g);
  }
  for (const auto& targets : c.relation_targets)
    for (std::size_t t : targets) w.u32(index_of(t));
  for (const auto* index : {&c.name_index().documents, &c.name_index().groups}) {
    w.u32(static_cast<std::uint32_t>(index->size()));
    for (const auto& [key, i] : *index) {
      w.str(key);
      w.u32(index_of(i));
    }
  }
  w.u32(static_cast<std::uint32_t>(c.name_index().editions.size()));
  for (const auto& [work, list] : c.name_index().editions) {
    w.str(work);
    w.u32(static_cast<std::uint32_t>(list.size()));
    for (std::size_t i : list) w.u32(index_of(i));
  }
  w.u32(static_cast<std::uint32_t>(diags.items().size()));
  for (const auto& d : diags.items()) put_diagnostic(w, d, true);
  return w.finish();
}

std::string CorpusCodec::header(std::string_view payload, std::uint64_t digest) {
  std::uint32_t version = kCorpusVersion;
  std::uint64_t size = payload.size(), checksum = hash_bytes(payload);
  std::string out(kCorpusMagic, sizeof kCorpusMagic);
  out.append(reinterpret_cast<const char*>(&version), sizeof version);
  out.append(reinterpret_cast<const char*>(&digest), sizeof digest);
  out.append(reinterpret_cast<const char*>(&size), sizeof size);
  out.append(reinterpret_cast<const char*>(&checksum), sizeof checksum);
  return out;
}

std::string CorpusCodec::encode(const Corpus& c, const Diagnostics& diags, std::uint64_t digest) {
  std::string body = payload(c, diags);
  return body.empty() ? body : header(body, digest) + body;
}

bool CorpusCodec::decode(std::string_view data, std::uint64_t digest, Corpus& c, Diagnostics& diags,
                         std::string& why, const std::function<void(std::size_t)>& consumed) {
  why.clear();
  if (data.size() < kCorpusHeader ||
      std::memcmp(data.data(), kCorpusMagic, sizeof kCorpusMagic) != 0) {
    why = "not a stdgraph corpus cache";
    return false;
  }
  std::uint32_t version;
  std::uint64_t its_digest, size, checksum;
  const char* p = data.data() + sizeof kCorpusMagic;
  std::memcpy(&version, p, 4);
  std::memcpy(&its_digest, p + 4, 8);
  std::memcpy(&size, p + 12, 8);
  std::memcpy(&checksum, p + 20, 8);
  std::string_view payload = data.substr(kCorpusHeader);
  if (version != kCorpusVersion) {
    why = fmt::format("format version {}", version);
    return false;
  }
  if (its_digest != digest) return false;  // made for other files: not a fault
  if (size != payload.size()) {
    why = "truncated";
    return false;
  }
  if (hash_bytes(payload) != checksum) {
    why = "checksum mismatch";
    return false;
  }
  Corpus out;
  std::vector<Diagnostic> read_diags;
  try {
    Reader r(payload);
    out.files = get_strings(r);
    auto file = [&](std::uint32_t i) -> const std::string& {
      if (i >= out.files.size()) throw Corrupt{};
      return out.files[i];
    };
    out.documents.resize(r.count(44));
    constexpr std::size_t kStride = 4 << 20;  // tell `consumed` every 4 MB
    std::size_t told = 0;
    for (auto& d : out.documents) {
      const std::string& f = file(r.u32());
      d = get_document(r, f);
      if (consumed && r.offset() - told >= kStride) consumed(kCorpusHeader + (told = r.offset()));
    }
    out.groups.resize(r.count(24));
    for (auto& g : out.groups) {
      const std::string& f = file(r.u32());
      g = get_group(r, f);
    }
    const std::size_t documents = out.documents.size();
    auto index = [&](std::size_t limit, bool none_allowed) -> std::size_t {
      std::uint32_t i = r.u32();
      if (i == kNone && none_allowed) return npos;
      if (i >= limit) throw Corrupt{};
      return i;
    };
    out.relation_targets.resize(documents);
    for (std::size_t i = 0; i < documents; ++i) {
      auto& targets = out.relation_targets[i];
      targets.resize(out.documents[i].relations.size());
      for (auto& t : targets) t = index(documents, true);
    }
    Corpus::NameIndex names;
    std::uint32_t keys = r.count(8);
    names.documents.reserve(keys);
    for (std::uint32_t n = keys; n > 0; --n) {
      std::string key(r.str());
      names.documents.emplace(std::move(key), index(documents, false));
    }
    for (std::uint32_t n = r.count(8); n > 0; --n) {
      std::string key(r.str());
      names.groups.emplace(std::move(key), index(out.groups.size(), false));
    }
    for (std::uint32_t n = r.count(12); n > 0; --n) {
      std::string work(r.str());
      std::vector<std::size_t> list(r.count(4));
      if (list.empty()) throw Corrupt{};  // a work has an edition, the newest of which it names
      for (auto& i : list) i = index(documents, false);
      names.editions.emplace(std::move(work), std::move(list));
    }
    out.adopt_index(std::move(names));
    read_diags.resize(r.count(25));  // severity, file, line, column, code, message, hint
    for (auto& d : read_diags) d = get_diagnostic(r, nullptr);
    if (!r.at_end()) throw Corrupt{};
  } catch (const Corrupt&) {
    why = "inconsistent contents";
    return false;
  }
  c = std::move(out);
  for (auto& d : read_diags) diags.add(std::move(d));
  return true;
}

fs::path corpus_path_for(const fs::path& cache_path) {
  fs::path p = cache_path;
  p.replace_extension(".corpus.bin");
  return p;
}

bool read_corpus(const fs::path& path, std::uint64_t digest, Corpus& corpus, Diagnostics& diags,
                 std::string& note) {
  File file;
  if (!file.map(path, &note) || file.bytes().empty()) return false;
  std::string why;
  // The documents are copied out as they are read: their bytes need not stay resident, so
  // the mapping and the corpus are not both whole in memory at once.
  auto consumed = [&](std::size_t offset) { file.release(0, offset); };
  if (CorpusCodec::decode(file.bytes(), digest, corpus, diags, why, consumed)) return true;
  if (!why.empty())
    note = fmt::format("stdgraph: ignoring the cache {} ({}); rebuilding it", path.string(), why);
  return false;
}

bool write_corpus(const fs::path& path, const Corpus& corpus, const Diagnostics& diags,
                  std::uint64_t digest, std::string& note) {
  std::string body = CorpusCodec::payload(corpus, diags);  // not copied: 40 MB for ITU-T
  std::error_code ec;
  if (body.empty()) {
    fs::remove(path, ec);  // a corpus the cache does not hold: no stale one stays
    return false;
  }
  return write_private(path, {CorpusCodec::header(body, digest), body}, note) == Written::ok;
}

}  // namespace stdgraph::cache
