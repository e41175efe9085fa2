// The cache of parsed record files: one binary file per set of --data roots, holding for
// each record file its size, modification time, content hash and parsed records. It is
// never trusted: a wrong magic, version, checksum or any out-of-bounds offset makes it
// (or the one entry) be ignored and rebuilt.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "stdgraph/corpus.h"
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

// Reads a cache file. A missing file gives empty entries and no note; a corrupt, foreign
// or other-version file gives empty entries and a one-line note saying so.
void read(const std::filesystem::path& path, File& file, std::string& note);
// Writes the cache whole: to a temporary file in the same folder, renamed into place.
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
// Reads the corpus cache file: false, with `note` set when it is corrupt or foreign, when it
// is missing or is not of this digest.
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
