// The cache of parsed record files: one binary file per set of --data roots, holding for
// each record file its status (size, modification and change times, inode, device), when
// that status was taken, its content hash and parsed records. It is never trusted: a wrong
// magic, version, checksum or any out-of-bounds offset makes it (or the one entry) be
// ignored and rebuilt; a cache file not owned by the user, not a regular file, or in a
// folder others can write to is not read at all.
#pragma once

#include <sys/stat.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "stdgraph/model/corpus.h"
#include "stdgraph/model/diagnostics.h"
#include "stdgraph/model/model.h"

namespace stdgraph::cache {

// The time now, as file times are given: nanoseconds since the epoch.
std::int64_t now_ns();

// A file's times can lag the clock by a timestamp tick (up to 2 s on FAT, 1 s on some file
// systems, a scheduler tick elsewhere) and by a little clock skew: a file whose time is within
// this of when its status was taken could change again without its status changing.
constexpr std::int64_t kRacyMarginNs = 2'000'000'000;

// What an entry knows of its file, and when it learnt it.
struct FileState {
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::int64_t ctime_ns = 0;  // changed by every write, rename and utimensat; never set back
  std::uint64_t inode = 0;
  std::uint64_t device = 0;
  std::int64_t checked_ns = 0;  // the clock just before the status was taken
  std::uint64_t content_hash = 0;

  // Keeps the status `st`, taken just after the clock read `checked_ns`.
  void set_status(const struct stat& st, std::int64_t checked);
  // True when `st` is the status kept: size, both times, inode and device.
  bool same_status(const struct stat& st) const;
  // True when the file's times were too close to `when` (or after it) to tell an edit made
  // within the same timestamp tick: git's "racily clean" entry. A racy entry whose status
  // matches is trusted only once the file's content hash is checked.
  bool racy_at(std::int64_t when) const;
  bool racy() const { return racy_at(checked_ns); }
};

struct Entry : FileState {
  std::string_view blob;  // encode(records, diagnostics): into `owned` or a File's bytes
  std::string owned;

  void set_blob(std::string bytes) {
    owned = std::move(bytes);
    blob = owned;
  }

  Entry() = default;
  Entry(const Entry& other) { *this = other; }
  Entry& operator=(const Entry& other) {
    FileState::operator=(other);
    owned = other.owned;
    blob = other.owns_blob() ? std::string_view(owned) : other.blob;
    return *this;
  }
  Entry(Entry&& other) noexcept { *this = std::move(other); }
  Entry& operator=(Entry&& other) noexcept {
    FileState::operator=(other);
    bool owns = other.owns_blob();
    owned = std::move(other.owned);
    blob = owns ? std::string_view(owned) : other.blob;  // re-pointed: short strings move bytes
    return *this;
  }

 private:
  bool owns_blob() const { return !owned.empty() && blob.data() == owned.data(); }
};

using Entries = std::unordered_map<std::string, Entry>;  // by file path

// A cache file as read: its bytes (mapped, not copied), which the entries' blobs point into.
class File {
 public:
  File() = default;
  ~File();
  File(const File&) = delete;
  File& operator=(const File&) = delete;

  // Maps the file when it can be trusted: false when it (or its folder) is missing or cannot
  // be opened, and false with `refused` set to a one-line note when it is not a regular file,
  // is a symbolic link, is not owned by the user or is writable by others, or its folder is
  // writable by others (without the sticky bit) or owned by another user than the user or
  // root. Opened without blocking (a FIFO) and without following a link.
  bool map(const std::filesystem::path& path, std::string* refused = nullptr);
  std::string_view bytes() const { return {data_, size_}; }
  void clear();
  // Gives the pages of bytes [from, to) back to the kernel (the whole pages inside it): a
  // read-only file mapping reads them again from the file when next touched, so nothing
  // changes but the resident memory of what is not needed now.
  void release(std::size_t from, std::size_t to) const;

  Entries entries;

 private:
  const char* data_ = nullptr;
  std::size_t size_ = 0;
};

std::uint64_t hash_bytes(std::string_view bytes);

// The records and diagnostics of one file, as bytes, and back. decode returns false on
// any inconsistency (and leaves the outputs unspecified).
std::string encode(const RecordSet& records, const Diagnostics& diags);
bool decode(std::string_view blob, const std::string& file, RecordSet& records, Diagnostics& diags);

// Checks the bytes of a cache file (magic, version, length, checksum, then every entry's
// bounds) and indexes them: the entries' blobs point into `bytes`. On any failed check
// returns false, leaves `entries` empty and says why ("checksum mismatch").
bool parse(std::string_view bytes, Entries& entries, std::string& why);
// The two parts of a cache file: the entries as a payload, and the header for a payload.
std::string payload_of(const Entries& entries);
std::string header_for(std::string_view payload);

// Reads a cache file. A missing file gives empty entries and no note; a corrupt, foreign,
// other-version or untrusted file (see File::map) gives empty entries and a one-line note
// saying so.
void read(const std::filesystem::path& path, File& file, std::string& note);
// Writes the cache whole: to a temporary file in the same folder (made 0700, with its missing
// parents, if need be), readable by the user alone (0600), renamed into place. Writes nothing,
// and says nothing, into a folder that read() refuses (it said why).
bool write(const std::filesystem::path& path, const Entries& entries, std::string& note);

// A built corpus kept whole, for a set of files whose contents are unchanged: `digest` names
// that set (digest_of the files' paths and content hashes, in load order). Its own file,
// beside the cache of files, with its own magic, version, digest, length and checksum;
// every index in it is bounds-checked.
std::uint64_t digest_of(const std::vector<std::string>& files,
                        const std::vector<std::uint64_t>& content_hashes);
struct CorpusCodec {
  // The corpus and the diagnostics of loading it, as the bytes of a corpus cache file; ""
  // when the corpus holds what the cache does not (liaisons, meetings, or a status event
  // written in another file than its document).
  static std::string encode(const Corpus& corpus, const Diagnostics& diags, std::uint64_t digest);
  // The two parts of those bytes: the payload ("" as above) and the header for it.
  static std::string payload(const Corpus& corpus, const Diagnostics& diags);
  static std::string header(std::string_view payload, std::uint64_t digest);
  // False when the bytes are not a corpus cache of this version and digest or fail any
  // check; `why` then says why ("checksum mismatch"), or is empty for another digest (a
  // changed set of files, not a fault).
  // `consumed`, when given, is told every few MB how many bytes decoding has read past (so
  // that read_corpus can release the pages of its mapping behind it).
  static bool decode(std::string_view bytes, std::uint64_t digest, Corpus& corpus,
                     Diagnostics& diags, std::string& why,
                     const std::function<void(std::size_t)>& consumed = {});
};
// Reads the corpus cache file: false, with `note` set when it is corrupt, foreign or untrusted
// (see File::map), when it is missing or is not of this digest.
bool read_corpus(const std::filesystem::path& path, std::uint64_t digest, Corpus& corpus,
                 Diagnostics& diags, std::string& note);
// Writes it whole, as write() does.
bool write_corpus(const std::filesystem::path& path, const Corpus& corpus, const Diagnostics& diags,
                  std::uint64_t digest, std::string& note);
// The corpus cache file beside a cache of files.
std::filesystem::path corpus_path_for(const std::filesystem::path& cache_path);

// Where the cache of these --data roots lives: $STDGRAPH_CACHE_DIR, else
// $XDG_CACHE_HOME/stdgraph, else ~/.cache/stdgraph; one file per set of roots.
std::optional<std::filesystem::path> path_for(const std::vector<std::filesystem::path>& roots);

}  // namespace stdgraph::cache
