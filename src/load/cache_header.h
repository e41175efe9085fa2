// The header of both cache files, read and written here alone: a 16-byte magic, the format
// version, the corpus cache's digest (which files it was built from), then the payload's
// length and checksum; native-endian, as the rest (binary_io.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace stdgraph::cache {

// Caches hold identifier keys and the targets they resolved to, so a change to the
// identifier rules (src/model/ids.cc) is a new version of both files. 4: keys a fixed point
// by construction (two REV after a group key differently). The cache of files, 5: an entry
// keeps its file's change time, inode and device, and when they were taken. 6 and 5: a
// document keeps whether a catalogue gave it, its joined editions and its linked number. 8 and 7:
// several groups and Questions with their sources, the series range its group was inferred
// from. 9 and 8: status events and groups keep the sources of single fields (`sources:`).
// 10 and 9: a document keeps its body, the body's type, version, web links and ICS classes.
// 11 and 10: the identifiers of ISO/IEC, ETSI, 3GPP and IETF key by their own rules, and a
// work's editions are ordered by version, then date.
inline constexpr std::uint32_t kFilesVersion = 11;
inline constexpr std::uint32_t kCorpusVersion = 10;

// Which of the two files a header starts: its magic, and whether it has a digest.
struct HeaderKind {
  std::string_view magic;  // 16 bytes, its terminating NUL included
  bool has_digest = false;
  std::string_view foreign;  // why bytes without this magic are refused

  // The bytes of a header of this kind.
  std::size_t size() const { return magic.size() + 4 + (has_digest ? 8 : 0) + 8 + 8; }
};
inline constexpr HeaderKind kFilesHeader{{"stdgraph-cache\n", 16}, false, "not a stdgraph cache"};
inline constexpr HeaderKind kCorpusHeader{
    {"stdgraph-corpus", 16}, true, "not a stdgraph corpus cache"};

struct Header {
  std::uint32_t version = 0;
  std::uint64_t digest = 0;  // the corpus cache's; 0 in the cache of files
  std::uint64_t size = 0;    // of the payload
  std::uint64_t checksum = 0;

  // The header for `payload` (its size and checksum).
  static Header for_payload(std::string_view payload, std::uint32_t version,
                            std::uint64_t digest = 0);
  std::string encode(const HeaderKind& kind) const;
  // Reads a header of `kind` from the start of `bytes`, and the payload after it. False,
  // with `why` set, when the bytes are too short or do not start with the magic.
  static bool decode(std::string_view bytes, const HeaderKind& kind, Header& header,
                     std::string_view& payload, std::string& why);
  // "" when `payload` is the one this header was made for; else why not ("truncated",
  // "checksum mismatch").
  std::string mismatch(std::string_view payload) const;
};

}  // namespace stdgraph::cache
