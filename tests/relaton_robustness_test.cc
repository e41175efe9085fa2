// Real Relaton records, damaged the ways files get damaged: re-saved with a byte order mark
// and CRLF, re-encoded as UTF-16, cut short anywhere. Each loads the same, or fails with
// one error naming the file and a place in it.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>

#include "stdgraph/load/load.h"
#include "support.h"

using namespace stdgraph;
namespace fs = std::filesystem;

namespace {

const std::string kSample = STDGRAPH_RELATON_SAMPLE "/data";

std::vector<fs::path> sample_files() {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(kSample))
    if (e.path().extension() == ".yaml") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string fingerprint(const RecordSet& set) {
  std::ostringstream out;
  for (const auto& d : set.documents) {
    out << d.id << '|' << to_string(d.kind) << '|' << d.pos.line << ':' << d.pos.column << '|'
        << d.history.size() << '|' << d.scope.size() << '|';
    for (const auto& [lang, title] : d.titles) out << lang << '=' << title << '|';
    for (const auto& r : d.relations) out << r.original_type << '>' << r.target << ',';
    out << '\n';
  }
  for (const auto& g : set.groups) out << g.id << '\n';
  return out.str();
}

}  // namespace

TEST_CASE("a Relaton record re-saved with a byte order mark and CRLF loads the same",
          "[relaton][encoding]") {
  auto files = sample_files();
  REQUIRE(files.size() >= 10);
  for (const auto& file : files) {
    INFO(file);
    std::string text = test::read_file(file.string());
    std::string windows = "\xEF\xBB\xBF";
    for (char c : text) windows += c == '\n' ? std::string("\r\n") : std::string(1, c);
    REQUIRE(looks_like_relaton(windows));
    Diagnostics plain_diags, windows_diags;
    RecordSet plain = load_relaton_text(text, "r.yaml", plain_diags);
    RecordSet resaved = load_relaton_text(windows, "r.yaml", windows_diags);
    CHECK(fingerprint(resaved) == fingerprint(plain));
    CHECK(windows_diags.items().size() == plain_diags.items().size());
  }
}

TEST_CASE("a Relaton record in UTF-16 is refused with what to do", "[relaton][encoding]") {
  for (const auto& file : sample_files()) {
    std::string text = test::read_file(file.string()), wide = "\xFF\xFE";
    for (char c : text) {
      wide += c;
      wide += '\0';
    }
    Diagnostics diags;
    RecordSet set = load_relaton_text(wide, file.string(), diags);
    INFO(file);
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].pos.file == file.string());
    CHECK(diags.items()[0].message == "the file is UTF-16, not UTF-8");
    CHECK(set.documents.empty());
  }
}

TEST_CASE("a Relaton record cut short anywhere loads or fails at a place in the file",
          "[relaton]") {
  std::size_t cuts = 0, failed = 0;
  for (const auto& file : sample_files()) {
    std::string text = test::read_file(file.string());
    for (std::size_t keep = 0; keep < text.size(); keep += 1 + text.size() / 40) {
      ++cuts;
      Diagnostics diags;
      RecordSet set = load_relaton_text(std::string_view(text).substr(0, keep), "cut.yaml", diags);
      INFO(file << " cut at " << keep);
      for (const auto& d : diags.items()) {
        CHECK(d.pos.file == "cut.yaml");
        if (d.code == "yaml-syntax") CHECK(d.pos.line >= 1);
      }
      if (diags.error_count() > 0) ++failed;
      CHECK(set.documents.size() <= 2);  // the record, and an implied ISO/IEC one
    }
  }
  CHECK(cuts > 400);
  CHECK(failed > 0);
}
