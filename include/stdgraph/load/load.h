// Loaders: files and folders in, a RecordSet and diagnostics out. They never write.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "stdgraph/model/corpus.h"
#include "stdgraph/model/diagnostics.h"
#include "stdgraph/model/model.h"

namespace stdgraph {

// Limits every reader enforces, each with a file:line:col error: a record file of more
// than kMaxRecordFileBytes, YAML nested deeper than kMaxYamlDepth, and YAML aliases
// (`*name`) are refused; so are UTF-16/32, invalid UTF-8, NUL bytes and control
// characters. A UTF-8 byte order mark and CRLF line ends are accepted.
inline constexpr std::size_t kMaxRecordFileBytes = std::size_t{16} << 20;
inline constexpr int kMaxYamlDepth = 64;

// Reads native records (the format of data/README.md) from a YAML text; `file` names it
// in diagnostics. Records with errors are left out, the rest are kept.
// A proposal (check --file) is a record not yet written: it needs no `kind` and no
// `source` or `history`.
enum class RecordRole : std::uint8_t { record, proposal };
RecordSet load_native_text(std::string_view text, const std::string& file, Diagnostics& diags,
                           RecordRole role = RecordRole::record);

// Reads one Relaton YAML record (relaton-data-itu and kin); see data/README.md for the
// mapping onto stdgraph's model.
RecordSet load_relaton_text(std::string_view text, const std::string& file, Diagnostics& diags);

// True when a file's text is a Relaton record (of any generation, or of a shape not read)
// rather than native records.
bool looks_like_relaton(std::string_view text);

// Reads a record file's text in the format its content shows: Relaton (of the generation its
// keys show, data/README.md "Relaton generations") or native records.
RecordSet load_record_text(std::string_view text, const std::string& file, Diagnostics& diags);

// Reads every record file named: a file as it is, a folder recursively (*.yaml, *.yml,
// in name order), each in the format its content shows (native or Relaton), on every
// core. A path that cannot be read is an error naming it.
// Told how many of the files to read are read (done of total): now and then while they are
// read, from the thread that called the loader, and once more with done == total when the
// reading ends. Not called when nothing is read (the cache held the whole corpus).
using LoadProgress = std::function<void(std::size_t done, std::size_t total)>;
struct LoadOptions {
  // Read and write the cache of parsed files (see src/load/cache.h): a file whose size and
  // modification time, or else whose content hash, match its entry is not parsed again.
  bool cache = false;
  // Where progress goes; none when empty. The library draws nothing itself: the CLI draws a
  // bar on a terminal (src/cli/progress.h).
  LoadProgress progress;
  // Join every draft to the catalogue record that certainly is its publication
  // (model/links.h, certain_links), as if a links file said so, marked inferred. The built
  // corpus then depends on more than the files: it is neither taken from nor kept in the
  // cache (the files still are).
  bool link_certain = false;
};
struct LoadReport {
  std::size_t files = 0;
  std::size_t parsed = 0;      // read from disk (parsed, or matched by content hash)
  std::size_t from_cache = 0;  // taken from the cache
  std::string cache_note;      // one line for stderr when the cache was refused or not written
  bool whole_corpus = false;   // the built corpus was taken from the cache (load_corpus)
};
RecordSet load_paths(const std::vector<std::filesystem::path>& paths, Diagnostics& diags,
                     const LoadOptions& options = {}, LoadReport* report = nullptr);

// load_paths, then Corpus::build. With the cache, when every file is as the cache holds it
// the built corpus (its indexes and resolved relation targets too) is taken from the cache
// whole, never trusted: checked as the cache of files is. Else it is built, and kept in the
// cache for the next run unless a file is of a kind the cache does not hold.
Corpus load_corpus(const std::vector<std::filesystem::path>& paths, Diagnostics& diags,
                   const LoadOptions& options = {}, LoadReport* report = nullptr);

}  // namespace stdgraph
