// The Relaton reader on real records from relaton-data-itu, unpacked from
// ../shared/corpora at test time (the `relaton-sample` CTest fixture).
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "stdgraph/analysis/describe.h"
#include "stdgraph/load/load.h"
#include "support.h"

using namespace stdgraph;
namespace fs = std::filesystem;

namespace {

const std::string kSample = STDGRAPH_RELATON_SAMPLE "/data";

const test::Loaded& sample() {
  static const test::Loaded loaded = test::load_and_validate({kSample});
  return loaded;
}

const Document& doc(const char* name) {
  std::size_t d = sample().corpus.find_document(name);
  INFO(name);
  REQUIRE(d != npos);
  return sample().corpus.documents[d];
}

bool relates(const char* from, RelationType type, const char* to) {
  const Corpus& c = sample().corpus;
  std::size_t a = c.find_document(from), b = c.find_document(to);
  if (a == npos || b == npos) return false;
  for (std::size_t r = 0; r < c.documents[a].relations.size(); ++r)
    if (c.documents[a].relations[r].type == type && c.relation_targets[a][r] == b) return true;
  return false;
}

}  // namespace

TEST_CASE("Relaton records are told from native ones by their content", "[relaton]") {
  CHECK(looks_like_relaton(test::read_file(kSample + "/itu-t-x-1051-06-2023.yaml")));
  CHECK_FALSE(looks_like_relaton(test::read_file(test::data_dir() + "/records/groups.yaml")));
}

TEST_CASE("a Recommendation's fields map onto the model", "[relaton]") {
  const Document& d = doc("ITU-T X.1051 (06/2023)");
  CHECK(d.id == "X.1051 (06/2023)");
  CHECK(d.kind == DocKind::recommendation);
  CHECK(d.title().rfind("Information security, cybersecurity and privacy protection", 0) == 0);
  CHECK(d.scope.find("telecommunications organizations") != std::string::npos);
  CHECK(d.scope.find('\r') == std::string::npos);
  CHECK(d.group() == "SG17");
  REQUIRE(d.history.size() == 1);
  CHECK(d.history[0].status == Status::published);
  CHECK(d.history[0].date.to_string() == "2023-06-13");
  CHECK(d.status() == Status::published);
  CHECK(d.source == "relaton/itu-t-x-1051-06-2023");
  CHECK(d.pos.line == 2);
}

TEST_CASE("withdrawn editions, amendments, corrigenda and supplements keep their kind",
          "[relaton]") {
  CHECK(doc("X.1051 (04/2016)").status() == Status::withdrawn);
  CHECK(doc("X.1051 (04/2016)").history.at(0).status == Status::published);
  CHECK(doc("X.1352 (2022) Amd. 1 (03/2024)").kind == DocKind::amendment);
  CHECK(doc("X.1051 (2016) Cor. 1 (09/2017)").kind == DocKind::corrigendum);
  CHECK(doc("X Suppl. 13 (09/2018)").kind == DocKind::supplement);
  CHECK(doc("ITU-R P.841-7").id == "ITU-R P.841-7");
}

TEST_CASE("editions: the bare number is the newest, a dated one names its own", "[relaton]") {
  const Corpus& c = sample().corpus;
  CHECK(c.documents[c.find_document("X.1051")].id == "X.1051 (06/2023)");
  CHECK(c.documents[c.find_document("X.1051 (04/2016)")].id == "X.1051 (04/2016)");
  auto editions = c.editions(c.find_document("X.1051"));
  std::vector<std::string> ids;
  for (auto e : editions) ids.push_back(c.documents[e].id);
  CHECK(ids == std::vector<std::string>{"X.1051 (07/2004)", "X.1051 (02/2008)", "X.1051 (04/2016)",
                                        "X.1051 (06/2023)"});
}

TEST_CASE("relations resolve through the identifier rules", "[relaton]") {
  // Written "X.1051 (2016) Cor. 1 (09/2017)" and "X Suppl. 13 (09/2018)" in the records.
  CHECK(relates("X.1051 (06/2023)", RelationType::edition_of, "X.1051 (2016) Cor. 1 (09/2017)"));
  CHECK(relates("X.1051 (06/2023)", RelationType::complements, "X.Suppl.13 (09/2018)"));
  CHECK(relates("X.1051 (06/2023)", RelationType::edition_of, "X.1051 (07/2004)"));
  // The second primary identifier is a common text with an outside document.
  CHECK(relates("X.1051 (02/2008)", RelationType::common_text, "ISO/IEC 27011"));
  const Document& iso = doc("ISO/IEC 27011");
  CHECK(iso.kind == DocKind::external);
  CHECK(iso.implied);
  for (const auto& r : doc("X.1051 (06/2023)").relations) CHECK_FALSE(r.original_type.empty());
}

TEST_CASE("targets outside the sample are listed by validate, not lost", "[relaton]") {
  std::size_t unknown = 0;
  for (const auto& d : sample().diagnostics.items())
    if (d.code == "unknown-target") {
      ++unknown;
      CHECK(d.severity == Severity::error);
      CHECK(d.pos.line > 0);
    }
  CHECK(unknown > 0);  // the sample holds a few records of a catalogue of 16,000
  CHECK(sample().diagnostics.error_count() == unknown);
}

TEST_CASE("an unknown Relaton relation type is kept as `other` with its name", "[relaton]") {
  Diagnostics diags;
  RecordSet set = load_relaton_text(R"(docidentifier:
- content: ITU-T X.9 (01/2020)
  type: ITU
  primary: true
relation:
- type: isSequelOf
  bibitem:
    docidentifier:
    - content: X.8 (01/2019)
)",
                                    "x9.yaml", diags);
  REQUIRE(set.documents.size() == 1);
  REQUIRE(set.documents[0].relations.size() == 1);
  CHECK(set.documents[0].relations[0].type == RelationType::other);
  CHECK(set.documents[0].relations[0].original_type == "isSequelOf");
  CHECK(set.documents[0].relations[0].pos.line == 6);
}

TEST_CASE("a broken Relaton file is an error with its position", "[relaton]") {
  Diagnostics diags;
  load_relaton_text("docidentifier:\n- content: [X.1\n  type: ITU\n", "bad.yaml", diags);
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.items()[0].pos.file == "bad.yaml");
  CHECK(diags.items()[0].pos.line >= 2);
  CHECK(diags.items()[0].code == "yaml-syntax");
}

TEST_CASE("stats and show work on Relaton folders through the binary", "[relaton]") {
  auto run = test::run_stdgraph({"--data", kSample, "stats", "--format", "json"});
  REQUIRE(run.exit_code == 0);
  auto j = nlohmann::json::parse(run.out);
  CHECK(j["files"] == sample().corpus.files.size());
  CHECK(j["by_group"]["SG17"].get<int>() >= 10);
  std::size_t relations = 0;
  for (const auto& d : sample().corpus.documents) relations += d.relations.size();
  CHECK(j["relations"] == relations);
  CHECK(relations > 50);
  auto show = test::run_stdgraph({"--data", kSample, "show", "x.1051"});
  REQUIRE(show.exit_code == 0);
  CHECK(show.out.rfind("X.1051 (06/2023)\n", 0) == 0);
  CHECK(show.out.find("Editions (oldest first)") != std::string::npos);
}

TEST_CASE("the cache gives the same records, and a changed file is read again",
          "[relaton][cache]") {
  fs::path dir = fs::path(STDGRAPH_RELATON_SAMPLE) / "cache-test";
  fs::remove_all(dir);
  fs::create_directories(dir / "data");
  for (const char* f : {"itu-t-x-1051-06-2023.yaml", "itu-t-x-1051-04-2016.yaml"})
    fs::copy_file(kSample + "/" + f, dir / "data" / f);
  setenv("STDGRAPH_CACHE_DIR", (dir / "cache").c_str(), 1);
  auto load = [&](LoadReport& report) {
    Diagnostics diags;
    return load_paths({dir / "data"}, diags, LoadOptions{true}, &report);
  };
  LoadReport first, second, third;
  RecordSet a = load(first);
  RecordSet b = load(second);
  CHECK(first.parsed == 2);
  CHECK(second.from_cache == 2);
  REQUIRE(a.documents.size() == b.documents.size());
  for (std::size_t i = 0; i < a.documents.size(); ++i) {
    CHECK(a.documents[i].id == b.documents[i].id);
    CHECK(a.documents[i].titles == b.documents[i].titles);
    CHECK(a.documents[i].relations.size() == b.documents[i].relations.size());
    CHECK(a.documents[i].pos.line == b.documents[i].pos.line);
  }
  std::ofstream(dir / "data" / "itu-t-x-1051-04-2016.yaml", std::ios::app) << "\n";
  load(third);
  CHECK(third.parsed == 1);
  CHECK(third.from_cache == 1);

  // A cache that fails its checks is ignored with a note, and rebuilt.
  fs::path cache_file = *fs::directory_iterator(dir / "cache");
  for (auto damage : {0, 1, 2}) {
    std::string bytes = test::read_file(cache_file.string());
    if (damage == 0) bytes[bytes.size() / 2] ^= 0x20;   // a flipped bit
    if (damage == 1) bytes.resize(bytes.size() - 100);  // truncated
    if (damage == 2) bytes.replace(0, 8, "NOTSTDGR");   // foreign
    std::ofstream(cache_file, std::ios::binary | std::ios::trunc) << bytes;
    LoadReport report;
    RecordSet c = load(report);
    INFO("damage " << damage);
    CHECK(report.cache_note.find("ignoring the cache") != std::string::npos);
    CHECK(report.parsed == 2);
    CHECK(c.documents.size() == a.documents.size());
    LoadReport again;
    load(again);
    CHECK(again.from_cache == 2);  // rebuilt
  }
  unsetenv("STDGRAPH_CACHE_DIR");
}

TEST_CASE("The report's item table dates a withdrawn catalogue edition by its last dated event",
          "[relaton][report]") {
  // A catalogue's Withdrawal stage has no date of its own: the row shows the newest dated
  // event, as the roadmap places the item (a regression once left these cells empty).
  test::TempDir dir;
  std::string html = (dir.path / "r.html").string();
  auto run = test::run_stdgraph(
      {"--data", kSample, "--no-cache", "report", "--no-gaps", "--no-overlaps", "-o", html});
  REQUIRE(run.exit_code == 0);
  std::string page = test::read_file(html);
  std::size_t row = page.find("<td class=\"id\">X.1051 (04/2016) <a class=\"weblink\"");
  REQUIRE(row != std::string::npos);
  std::size_t end = page.find("</tr>", row);
  std::string cells = page.substr(row, end - row);
  CHECK(cells.find("<td>withdrawn</td>") != std::string::npos);
  CHECK(cells.find("<td class=\"date\">2016-") != std::string::npos);
}
