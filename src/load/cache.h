// The cache of parsed record files: one binary file per set of --data roots, holding for
// each record file its size, modification time, content hash and parsed records. It is
// never trusted: a wrong magic, version, checksum or any out-of-bounds offset makes it
// (or the one entry) be ignored and rebuilt.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "stdgraph/diagnostics.h"
#include "stdgraph/model.h"

namespace stdgraph::cache {

struct Entry {
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::uint64_t content_hash = 0;
  std::string_view blob;  // encode(records, diagnostics): into `owned` or a File's bytes
  std::string owned;

  void set_blob(std::string bytes) {
    owned = std::move(bytes);
    blob = owned;
  }

  Entry() = default;
  Entry(const Entry& other) { *this = other; }
  Entry& operator=(const Entry& other) {
    size = other.size;
    mtime_ns = other.mtime_ns;
    content_hash = other.content_hash;
    owned = other.owned;
    blob = other.owns_blob() ? std::string_view(owned) : other.blob;
    return *this;
  }
  Entry(Entry&& other) noexcept { *this = std::move(other); }
  Entry& operator=(Entry&& other) noexcept {
    size = other.size;
    mtime_ns = other.mtime_ns;
    content_hash = other.content_hash;
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

  bool map(const std::filesystem::path& path);  // false when it cannot be opened
  std::string_view bytes() const { return {data_, size_}; }
  void clear();

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

// Reads a cache file. A missing file gives empty entries and no note; a corrupt, foreign
// or other-version file gives empty entries and a one-line note saying so.
void read(const std::filesystem::path& path, File& file, std::string& note);
// Writes the cache whole: to a temporary file in the same folder, renamed into place.
bool write(const std::filesystem::path& path, const Entries& entries, std::string& note);

// Where the cache of these --data roots lives: $STDGRAPH_CACHE_DIR, else
// $XDG_CACHE_HOME/stdgraph, else ~/.cache/stdgraph; one file per set of roots.
std::optional<std::filesystem::path> path_for(const std::vector<std::filesystem::path>& roots);

}  // namespace stdgraph::cache
