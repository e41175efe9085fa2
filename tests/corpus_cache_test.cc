// The built corpus kept in the cache (load_corpus): taken whole only when every file is as
// the cache holds it, equal to the corpus built from the files, and never trusted: a
// damaged, foreign or other-version corpus cache is ignored with a note and rebuilt.
#include <fmt/format.h>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "stdgraph/load/cache.h"
#include "stdgraph/load/load.h"
#include "support.h"

using namespace stdgraph;
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kHeader = 16 + 4 + 8 + 8 + 8;  // magic, version, digest, size, checksum

// Native files of documents with editions, relations that resolve and one that does not,
// a name two records claim (an error of the corpus) and groups.
void make_data(const fs::path& dir, int files) {
  fs::create_directories(dir);
  for (int f = 0; f < files; ++f) {
    std::ofstream out(dir / fmt::format("part-{:03}.yaml", f));
    out << "documents:\n";
    for (int year : {2016, 2023}) {
      out << fmt::format(
          "  - id: X.{0} (06/{1})\n    kind: recommendation\n    title: Security of thing {0}\n"
          "    group: SG17\n"
          "    history: [{{date: {1}-06-01, status: approved, source: T/t/{0}}}]\n"
          "    relations:\n"
          "      - {{type: normative-reference, target: X.{2}}}\n"
          "      - {{type: informative-reference, target: Y.{0} (01/2020)}}\n",
          f, year, f == 0 ? 0 : f - 1);
    }
  }
  std::ofstream(dir / "groups.yaml")
      << "groups:\n  - {id: SG17, kind: study-group, source: 003/text}\n"
         "documents:\n  - id: X.3 (06/2016)\n    kind: recommendation\n    title: Twice\n"
         "    history: [{date: 2016-06-01, status: approved, source: T/t/999}]\n";
}

// Everything a corpus answers, as one string to compare.
std::string fingerprint(const Corpus& c, Diagnostics diags) {
  std::ostringstream out;
  for (const auto& f : c.files) out << f << '\n';
  for (std::size_t i = 0; i < c.documents.size(); ++i) {
    const Document& d = c.documents[i];
    out << d.id << '|' << d.title() << '|' << d.group() << '|' << d.pos.file << ':' << d.pos.line
        << ':' << d.pos.column << '|';
    for (const auto& e : d.history)
      out << e.date.to_string() << ' ' << to_string(e.status) << ' ' << e.pos.file << ':'
          << e.pos.line << ',';
    out << '|';
    for (std::size_t r = 0; r < d.relations.size(); ++r) {
      const Relation& rel = d.relations[r];
      SourcePos pos = d.relation_pos(r);
      out << to_string(rel.type) << ' ' << rel.target << " -> " << c.relation_targets[i][r] << " @"
          << pos.file << ':' << pos.line << ',';
    }
    out << "| editions";
    for (std::size_t e : c.editions(i)) out << ' ' << e;
    out << " | finds " << c.find_document(d.id) << '\n';
  }
  for (const char* name : {"X.1", "x.1", "X.2 (06/2016)", "X.3", "Y.1", "nothing"})
    out << name << " = " << c.find_document(name) << '\n';
  for (const auto& g : c.groups) out << g.id << ' ' << g.pos.file << '\n';
  out << "SG17 = " << c.find_group("sg17") << '\n';
  diags.sort();
  for (const auto& d : diags.items()) out << format_diagnostic(d) << '\n';
  return out.str();
}

class CorpusCacheDir {
 public:
  explicit CorpusCacheDir(const std::string& name)
      : root_(fs::temp_directory_path() / ("stdgraph-corpus-cache-" + name)) {
    fs::remove_all(root_);
    make_data(data(), 12);
    if (const char* old = std::getenv("STDGRAPH_CACHE_DIR")) saved_ = old;
    setenv("STDGRAPH_CACHE_DIR", cache().c_str(), 1);
  }
  ~CorpusCacheDir() {
    if (saved_)
      setenv("STDGRAPH_CACHE_DIR", saved_->c_str(), 1);
    else
      unsetenv("STDGRAPH_CACHE_DIR");
    fs::remove_all(root_);
  }
  fs::path data() const { return root_ / "data"; }
  fs::path cache() const { return root_ / "cache"; }
  fs::path corpus_file() const {
    auto path = cache::path_for({data()});
    REQUIRE(path);
    return cache::corpus_path_for(*path);
  }
  std::string load(LoadReport& report, bool use_cache = true) const {
    Diagnostics diags;
    Corpus c = load_corpus({data()}, diags, LoadOptions{use_cache}, &report);
    return fingerprint(c, diags);
  }
  std::string plain() const {
    LoadReport report;
    return load(report, false);
  }

 private:
  fs::path root_;
  std::optional<std::string> saved_;
};

void write_bytes(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

// The corpus cache file with `payload` in place of its own, under a correct header.
std::string reframed(const std::string& good, const std::string& payload) {
  std::string out = good.substr(0, kHeader);
  std::uint64_t size = payload.size(), checksum = cache::hash_bytes(payload);
  std::memcpy(out.data() + 28, &size, 8);
  std::memcpy(out.data() + 36, &checksum, 8);
  return out + payload;
}

// Loads through a damaged corpus cache: the note names the reason (none for a cache of
// other files), the corpus is the one built, and the rebuilt cache serves the next load.
void check_rejected(const CorpusCacheDir& dir, const std::string& damaged,
                    const std::string& reason) {
  std::string plain = dir.plain();
  write_bytes(dir.corpus_file(), damaged);
  LoadReport report;
  CHECK(dir.load(report) == plain);
  CHECK_FALSE(report.whole_corpus);
  CHECK(report.from_cache == report.files);  // the files' records still come from the cache
  if (reason.empty()) {
    CHECK(report.cache_note.empty());
  } else {
    CHECK(report.cache_note == fmt::format("stdgraph: ignoring the cache {} ({}); rebuilding it",
                                           dir.corpus_file().string(), reason));
  }
  LoadReport again;
  CHECK(dir.load(again) == plain);
  CHECK(again.whole_corpus);
  CHECK(again.cache_note.empty());
}

}  // namespace

TEST_CASE("the second load takes the built corpus whole from the cache, equal to the built one",
          "[cache][corpus]") {
  CorpusCacheDir dir("same");
  std::string plain = dir.plain();
  REQUIRE(plain.find("is already the name of") != std::string::npos);   // of the corpus
  REQUIRE(plain.find("-> 18446744073709551615") != std::string::npos);  // an unresolved target
  REQUIRE(plain.find("| editions 1 2 |") != std::string::npos);  // X.0, after X.3 of groups.yaml
  CHECK_FALSE(fs::exists(dir.corpus_file()));                    // --no-cache writes nothing
  LoadReport first, second;
  CHECK(dir.load(first) == plain);
  CHECK_FALSE(first.whole_corpus);
  CHECK(first.parsed == first.files);
  CHECK(fs::exists(dir.corpus_file()));
  CHECK(dir.load(second) == plain);
  CHECK(second.whole_corpus);
  CHECK(second.from_cache == second.files);
  CHECK(second.parsed == 0);
  CHECK(second.cache_note.empty());
}

TEST_CASE("a changed, added or removed file makes the corpus be built again", "[cache][corpus]") {
  CorpusCacheDir dir("changed");
  LoadReport warm_up;
  dir.load(warm_up);
  auto check_rebuilt = [&](std::size_t parsed) {
    LoadReport report, again;
    CHECK(dir.load(report) == dir.plain());
    CHECK_FALSE(report.whole_corpus);
    CHECK(report.parsed == parsed);
    CHECK(dir.load(again) == dir.plain());
    CHECK(again.whole_corpus);
  };
  std::ofstream(dir.data() / "part-003.yaml", std::ios::app)
      << "  - {id: X.99, kind: recommendation, title: Added, "
         "history: [{date: 2020-01-01, status: approved, source: T/t/99}]}\n";
  check_rebuilt(1);
  std::ofstream(dir.data() / "part-100.yaml")
      << "documents:\n  - {id: Y.1 (01/2020), kind: recommendation, title: Now found, "
         "history: [{date: 2020-01-01, status: approved, source: T/t/100}]}\n";
  check_rebuilt(1);
  REQUIRE(dir.plain().find("Y.1 = 18446744073709551615") == std::string::npos);  // resolves now
  fs::remove(dir.data() / "part-005.yaml");
  check_rebuilt(0);
  // Touched but the same content: read again, and the corpus of that content is still good.
  std::string text = test::read_file((dir.data() / "part-001.yaml").string());
  fs::remove(dir.data() / "part-001.yaml");
  write_bytes(dir.data() / "part-001.yaml", text);
  LoadReport touched;
  CHECK(dir.load(touched) == dir.plain());
  CHECK_FALSE(touched.whole_corpus);
}

TEST_CASE("a truncated, bit-flipped, foreign or other-version corpus cache is ignored",
          "[cache][corpus]") {
  CorpusCacheDir dir("damaged");
  LoadReport first;
  dir.load(first);
  const std::string good = test::read_file(dir.corpus_file().string());
  REQUIRE(good.size() > kHeader + 100);
  for (std::size_t keep :
       {std::size_t{0}, kHeader - 1, kHeader, kHeader + 1, good.size() / 2, good.size() - 1}) {
    INFO("kept " << keep << " of " << good.size() << " bytes");
    check_rejected(dir, good.substr(0, keep),
                   keep == 0        ? ""
                   : keep < kHeader ? "not a stdgraph corpus cache"
                                    : "truncated");
  }
  struct Flip {
    std::size_t at;
    std::string reason;
  };
  // Byte 16 is the version's low byte: flipping its bit 2 gives another version.
  std::string flipped_version = fmt::format("format version {}", good[16] ^ 0x04);
  for (Flip flip :
       {Flip{0, "not a stdgraph corpus cache"}, Flip{16, flipped_version}, Flip{20, ""},
        Flip{28, "truncated"}, Flip{36, "checksum mismatch"}, Flip{kHeader, "checksum mismatch"},
        Flip{good.size() / 2, "checksum mismatch"}, Flip{good.size() - 1, "checksum mismatch"}}) {
    INFO("byte " << flip.at);
    std::string bad = good;
    bad[flip.at] ^= flip.at == 16 ? 0x04 : 0x01;  // another version; a digest of other files
    check_rejected(dir, bad, flip.reason);
  }
  check_rejected(dir, "documents:\n  - id: X.1\n", "not a stdgraph corpus cache");
  for (std::uint32_t version : {1u, 3u, 0xFFFFFFFFu}) {
    std::string other = good;  // the payload and its checksum stay valid
    std::memcpy(other.data() + 16, &version, 4);
    check_rejected(dir, other, fmt::format("format version {}", version));
  }
}

TEST_CASE("a corpus cache with a valid checksum but impossible contents is refused",
          "[cache][corpus]") {
  CorpusCacheDir dir("inconsistent");
  LoadReport first;
  dir.load(first);
  const std::string good = test::read_file(dir.corpus_file().string());
  std::uint64_t digest;
  std::memcpy(&digest, good.data() + 20, 8);
  const std::string payload = good.substr(kHeader);
  // Every cut of the payload, checksummed again: only the bounds checks can tell.
  std::size_t refused = 0;
  for (std::size_t keep = 0; keep < payload.size(); keep += 3) {
    Corpus corpus;
    Diagnostics diags;
    std::string why;
    bool ok = cache::CorpusCodec::decode(reframed(good, payload.substr(0, keep)), digest, corpus,
                                         diags, why);
    if (!ok && why == "inconsistent contents") ++refused;
    CHECK(diags.items().empty());  // nothing half-read is handed out
  }
  CHECK(refused == (payload.size() + 2) / 3);
  // Bytes that belong to nothing after a whole corpus.
  check_rejected(dir, reframed(good, payload + "junk"), "inconsistent contents");
  // Four billion documents in a few bytes.
  std::string huge = payload;
  std::uint32_t files;
  std::memcpy(&files, huge.data(), 4);
  REQUIRE(files == 13);
  std::size_t at = 4;
  for (std::uint32_t f = 0; f < files; ++f) {
    std::uint32_t n;
    std::memcpy(&n, huge.data() + at, 4);
    at += 4 + n;
  }
  std::memset(huge.data() + at, 0xFF, 4);
  check_rejected(dir, reframed(good, huge), "inconsistent contents");
  // A document in a file beyond the list of files.
  std::string bad_file = payload;
  std::memset(bad_file.data() + at + 4, 0xEE, 4);
  check_rejected(dir, reframed(good, bad_file), "inconsistent contents");
}

TEST_CASE("data with a meeting keeps no corpus cache, and loads as without one",
          "[cache][corpus]") {
  CorpusCacheDir dir("meeting");
  std::ofstream(dir.data() / "meeting.yaml")
      << "meetings:\n  - id: M1\n    group: SG17\n    start: 2025-09-04\n    source: 003/text\n";
  for (int run = 0; run < 2; ++run) {
    LoadReport report;
    CHECK(dir.load(report) == dir.plain());
    CHECK_FALSE(report.whole_corpus);
    CHECK(report.cache_note.empty());
  }
  CHECK_FALSE(fs::exists(dir.corpus_file()));
}

TEST_CASE("a mapped cache's released pages read back the same bytes", "[cache]") {
  fs::path file = fs::temp_directory_path() / "stdgraph-release-test.bin";
  std::string bytes(3 << 20, '\0');
  for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>(i * 131 % 251);
  std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
  cache::File mapped;
  REQUIRE(mapped.map(file));
  REQUIRE(mapped.bytes() == bytes);
  mapped.release(100, 2 << 20);  // a range that starts and ends inside pages
  CHECK(mapped.bytes() == bytes);
  mapped.release(0, std::size_t(-1));  // all of it, whatever the end given
  CHECK(mapped.bytes() == bytes);
  mapped.clear();
  mapped.release(0, 10);  // nothing mapped: nothing to do
  fs::remove(file);
}
