// The Relaton reader on real records of other bodies (IEC, ETSI, 3GPP: Relaton v1.2 and older
// generations), unpacked from ../shared/corpora at test time (the `bodies-sample` fixture).
// Each file is read twice: by stdgraph, and by yaml-cpp as the oracle of what the file says.
#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "relaton_shape.h"
#include "stdgraph/load/load.h"
#include "stdgraph/model/bodies.h"
#include "support.h"

using namespace stdgraph;
namespace fs = std::filesystem;

namespace {

const std::string kSample = STDGRAPH_BODIES_SAMPLE;

std::vector<fs::path> sample_files(const std::string& body) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(kSample + "/relaton-data-" + body + "/data"))
    files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string trimmed(std::string s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  return s;
}

// What the file says, read by yaml-cpp: a node that is a scalar, or a map's content/value.
std::string text_of(const YAML::Node& n) {
  if (!n) return {};
  if (n.IsScalar()) return n.as<std::string>();
  if (n.IsMap()) {
    for (const char* key : {"content", "value", "type"})
      if (n[key] && n[key].IsScalar()) return n[key].as<std::string>();
  }
  return {};
}

std::vector<YAML::Node> each(const YAML::Node& n) {
  std::vector<YAML::Node> out;
  if (!n) return out;
  if (n.IsSequence())
    for (const auto& item : n) out.push_back(item);
  else
    out.push_back(n);
  return out;
}

RecordSet read(const fs::path& file, Diagnostics& diags) {
  return load_relaton_text(test::read_file(file.string()), file.string(), diags);
}

void check_against_file(const fs::path& file) {
  INFO(file.filename().string());
  YAML::Node y = YAML::LoadFile(file.string());
  Diagnostics diags;
  RecordSet set = read(file, diags);
  CHECK(diags.error_count() == 0);
  REQUIRE(!set.documents.empty());
  const Document& d = set.documents.front();

  // The name: the primary identifier.
  std::string primary;
  for (const auto& id : each(y["docid"]))
    if (primary.empty() && id["primary"] && id["primary"].as<std::string>() == "true")
      primary = id["id"].as<std::string>();
  CHECK(d.id == primary);
  CHECK(d.body == body_of_name(primary));
  CHECK(d.catalogue);

  // The English title: the `main` one, else intro, main and part joined, else the untyped one.
  std::string main, parts, untyped;
  for (const auto& t : each(y["title"])) {
    if (t["language"] && text_of(each(t["language"]).front()) != "en") continue;
    std::string type = t["type"] ? t["type"].as<std::string>() : "";
    if (type == "main") main = trimmed(text_of(t));
    if (type.empty() && untyped.empty()) untyped = trimmed(text_of(t));
    if (type.rfind("title-", 0) == 0) parts += (parts.empty() ? "" : " - ") + trimmed(text_of(t));
  }
  CHECK(d.title() == (!main.empty() ? main : !parts.empty() ? parts : untyped));

  // Every published date is an event of the history on that date.
  for (const auto& date : each(y["date"])) {
    if (date["type"].as<std::string>() != "published") continue;
    std::string value = date["value"].as<std::string>();
    bool found = std::any_of(d.history.begin(), d.history.end(), [&](const StatusEvent& e) {
      return e.status == Status::published && e.date == *parse_date(value);
    });
    CHECK(found);
  }

  // Keywords, web links and ICS classes, as many as the file has.
  CHECK(d.keywords.size() == each(y["keyword"]).size());
  CHECK(d.web_links.size() == each(y["link"]).size());
  YAML::Node ext = y["ext"];
  YAML::Node ics = ext && ext["ics"] ? ext["ics"] : y["ics"];
  REQUIRE(d.ics.size() == each(ics).size());
  for (std::size_t i = 0; i < d.ics.size(); ++i)
    CHECK(d.ics[i].code == each(ics)[i]["code"].as<std::string>());

  // A withdrawn stage is the status now, whatever the dates say.
  YAML::Node stage = y["docstatus"] ? y["docstatus"]["stage"] : YAML::Node();
  std::string stage_text = text_of(stage);
  std::transform(stage_text.begin(), stage_text.end(), stage_text.begin(), ::tolower);
  if (stage_text == "withdrawn") CHECK(d.status() == Status::withdrawn);

  // The committee: a group of the record's body, named as the file names it.
  YAML::Node groups = ext && ext["editorialgroup"] ? ext["editorialgroup"] : y["editorialgroup"];
  if (groups && !d.groups.empty()) {
    auto g = std::find_if(set.groups.begin(), set.groups.end(),
                          [&](const Group& g) { return g.id == d.group(); });
    REQUIRE(g != set.groups.end());
    CHECK(g->kind == GroupKind::committee);
    CHECK(g->parent == d.body);
  }
}

}  // namespace

TEST_CASE("IEC records (Relaton v1.2) map onto the model as the files say", "[bodies]") {
  auto files = sample_files("iec");
  REQUIRE(files.size() >= 20);
  for (const auto& f : files) check_against_file(f);
}

TEST_CASE("ETSI records (Relaton v1.2) map onto the model as the files say", "[bodies]") {
  auto files = sample_files("etsi");
  REQUIRE(files.size() >= 14);
  for (const auto& f : files) check_against_file(f);
}

TEST_CASE("3GPP records (v1.2.9, v1.2.3 and no schema version) map as the files say", "[bodies]") {
  auto files = sample_files("3gpp");
  REQUIRE(files.size() >= 90);
  for (const auto& f : files) check_against_file(f);
}

TEST_CASE("the generation of each file is told from its content", "[bodies]") {
  auto shape = [](const std::string& path) {
    return relaton_shape(test::read_file(kSample + "/" + path)).generation;
  };
  CHECK(shape("relaton-data-iec/data/iec_62443-3-3_2013.yaml") == RelatonGeneration::v1_2);
  CHECK(shape("relaton-data-etsi/data/ETSI_EN_303_645_V3_1_3_2024-09.yaml") ==
        RelatonGeneration::v1_2);
  CHECK(shape("relaton-data-3gpp/data/TR_01.00_R96_5.0.0.yaml") == RelatonGeneration::v1_2);
  CHECK(shape("relaton-data-3gpp/data/TS_26.517_REL-18_2.0.0.yaml") == RelatonGeneration::legacy);
  CHECK(relaton_shape(test::read_file(test::data_dir() + "/records/groups.yaml")).generation ==
        RelatonGeneration::none);
}

TEST_CASE("a file without schema-version, with top-level doctype and editorialgroup", "[bodies]") {
  Diagnostics diags;
  RecordSet set = read(kSample + "/relaton-data-3gpp/data/TS_26.517_REL-18_2.0.0.yaml", diags);
  REQUIRE(set.documents.size() == 1);
  const Document& d = set.documents[0];
  CHECK(d.id == "3GPP TS 26.517:Rel-18/2.0.0");
  CHECK(d.kind == DocKind::specification);
  CHECK(d.doctype == "TS");
  CHECK(d.group() == "3GPP SA4");
  CHECK(d.title() == "5G Multicast-Broadcast User Services; Protocols and Formats");
}

TEST_CASE("a docid written as a single map is read like a list of one", "[bodies]") {
  // No file of the archives writes `docid` as a map: this one is a real record (ETSI EN 303 645
  // V3.1.3) with its docid list rewritten as the single map older Relaton writers produce.
  std::string text =
      test::read_file(kSample + "/relaton-data-etsi/data/ETSI_EN_303_645_V3_1_3_2024-09.yaml");
  auto at = text.find("docid:\n- id:");
  REQUIRE(at != std::string::npos);
  text.replace(at, 12, "docid:\n  id:");
  Diagnostics diags;
  RecordSet set = load_relaton_text(text, "single.yaml", diags);
  CHECK(diags.error_count() == 0);
  REQUIRE(set.documents.size() == 1);
  CHECK(set.documents[0].id == "ETSI EN 303 645 V3.1.3 (2024-09)");
}

TEST_CASE("ETSI, IEC and 3GPP document types, stages and committees", "[bodies]") {
  Diagnostics diags;
  auto one = [&](const std::string& path) {
    RecordSet set = read(kSample + "/" + path, diags);
    REQUIRE(set.documents.size() >= 1);
    return set;
  };
  RecordSet en = one("relaton-data-etsi/data/ETSI_EN_303_645_V3_1_3_2024-09.yaml");
  CHECK(en.documents[0].kind == DocKind::standard);
  CHECK(en.documents[0].doctype == "European Standard (EN)");
  CHECK(en.documents[0].version == "3.1.3");
  CHECK(en.documents[0].body == "ETSI");
  CHECK(en.documents[0].group() == "ETSI Cyber Security");
  CHECK(en.documents[0].keywords == std::vector<std::string>{"Cybersecurity", "IoT", "privacy"});
  REQUIRE(en.documents[0].web_links.size() == 2);
  CHECK(en.documents[0].web_links[1].type == "pdf");

  RecordSet cor = one("relaton-data-iec/data/iec_62443-3-3_2013_cor1_2014.yaml");
  const Document& c = cor.documents[0];
  CHECK(c.kind == DocKind::corrigendum);
  CHECK(c.group() == "IEC TC 65");
  CHECK(c.aliases.empty());  // the URN is no name anyone types
  REQUIRE(c.ics.size() == 2);
  CHECK(c.ics[1].code == "35.110");
  CHECK(c.title().rfind("Corrigendum 1 - Industrial communication networks", 0) == 0);
  // The catalogue states no relation: the name says what it corrects.
  REQUIRE(c.relations.size() == 1);
  CHECK(c.relations[0].type == RelationType::corrects);
  CHECK(c.relations[0].target == "IEC 62443-3-3:2013");

  RecordSet ts = one("relaton-data-3gpp/data/TS_33.501_REL-19_19.4.0.yaml");
  CHECK(ts.documents[0].kind == DocKind::specification);
  CHECK(ts.documents[0].group() == "3GPP SA3");
  CHECK(ts.documents[0].version == "19.4.0");
  auto sa3 = std::find_if(ts.groups.begin(), ts.groups.end(),
                          [](const Group& g) { return g.id == "3GPP SA3"; });
  REQUIRE(sa3 != ts.groups.end());
  CHECK(sa3->name == "TSG SA WG3 (S3)");

  RecordSet withdrawn = one("relaton-data-3gpp/data/TR_01.00_R96_5.0.0.yaml");
  CHECK(withdrawn.documents[0].status() == Status::withdrawn);
  CHECK(withdrawn.documents[0].group() == "3GPP TSG SA");  // `SMG`, type former, is history
  CHECK(diags.error_count() == 0);
}

TEST_CASE("a file that is Relaton of an unknown shape gets one diagnostic", "[bodies]") {
  Diagnostics diags;
  load_relaton_text("schema-version: v9.0\nbibdata:\n  identifier: X\n  title: A title\n",
                    "future.yaml", diags);
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].code == "relaton-shape");
  CHECK(diags.items()[0].pos.file == "future.yaml");
  CHECK(diags.items()[0].message.find("schema-version: v9.0") != std::string::npos);
}

TEST_CASE("a common text named by ITU is the other catalogue's record once both are loaded",
          "[bodies]") {
  // X.1051 (06/2023) names ISO/IEC 27011 as its common text; the IEC catalogue has its
  // editions (ISO/IEC 27011:2008, :2016, :2024).
  auto loaded = test::load_and_validate({kSample + "/data", kSample + "/relaton-data-iec/data"});
  const Corpus& c = loaded.corpus;
  std::size_t x1051 = c.find_document("X.1051 (06/2023)");
  REQUIRE(x1051 != npos);
  const Document& d = c.documents[x1051];
  std::size_t target = npos;
  for (std::size_t r = 0; r < d.relations.size(); ++r)
    if (d.relations[r].type == RelationType::common_text) target = c.relation_targets[x1051][r];
  REQUIRE(target != npos);
  const Document& t = c.documents[target];
  CHECK(t.catalogue);
  CHECK_FALSE(t.implied);
  CHECK(t.id == "ISO/IEC 27011:2024");  // the bare name: the newest edition
  CHECK(body_of(t) == "ISO/IEC");
}

TEST_CASE("catalogues of several bodies loaded in two orders give the same export", "[bodies]") {
  std::string etsi = kSample + "/relaton-data-etsi/data", gpp = kSample + "/relaton-data-3gpp/data",
              iec = kSample + "/relaton-data-iec/data";
  auto a =
      test::run_stdgraph({"--no-cache", "--data", etsi, gpp, iec, "export", "--format", "json"});
  auto b =
      test::run_stdgraph({"--no-cache", "--data", iec, gpp, etsi, "export", "--format", "json"});
  REQUIRE(a.exit_code == 0);
  CHECK(a.out.size() > 100000);
  CHECK(a.out == b.out);
}

TEST_CASE("a bare name shows the newest edition or version and lists the others", "[bodies]") {
  std::string etsi = kSample + "/relaton-data-etsi/data", gpp = kSample + "/relaton-data-3gpp/data",
              iec = kSample + "/relaton-data-iec/data";
  auto show = [&](const std::string& name) {
    auto r = test::run_stdgraph({"--data", etsi, gpp, iec, "show", name, "--format", "json"});
    REQUIRE(r.exit_code == 0);
    return nlohmann::json::parse(r.out);
  };
  auto ts = show("3GPP TS 33.501");
  CHECK(ts["id"] == "3GPP TS 33.501:REL-19/19.4.0");
  CHECK(ts["body"] == "3GPP");
  CHECK(ts["editions"].size() == 88);
  auto en = show("ETSI EN 303 645");
  CHECK(en["id"] == "ETSI EN 303 645 V3.1.3 (2024-09)");
  CHECK(en["editions"].size() == 2);
  auto iec62443 = show("IEC 62443-2-4");
  CHECK(iec62443["id"] == "IEC 62443-2-4:2023");
  auto sa3 = test::run_stdgraph({"--data", gpp, "stats", "--format", "json"});
  REQUIRE(sa3.exit_code == 0);
  auto stats = nlohmann::json::parse(sa3.out);
  CHECK(stats["by_body"]["3GPP"] == stats["documents"]);
  CHECK(stats["works_by_body"]["3GPP"] < stats["by_body"]["3GPP"]);
  CHECK(stats["by_group"]["3GPP SA3"] >= 88);
}

TEST_CASE("catalogue links: web addresses only, inert in the HTML report", "[bodies]") {
  test::TempDir dir;
  std::string record = R"(schema-version: v1.2.9
docid:
- id: ETSI TS 999 001 V1.1.1 (2024-01)
  type: ETSI
  primary: true
title:
- content: Hostile links
  language: en
link:
- content: javascript:alert(1)
  type: src
- content: https://example.org/a"><script>alert(1)</script>
  type: pdf
ext:
  doctype:
    type: Technical Specification
    abbreviation: TS
  editorialgroup:
  - name: Cyber Security
)";
  { std::ofstream(dir.path / "hostile.yaml") << record; }
  Diagnostics diags;
  RecordSet set = load_relaton_text(record, "hostile.yaml", diags);
  REQUIRE(set.documents.size() == 1);
  REQUIRE(set.documents[0].web_links.size() == 1);  // the javascript: link is not kept
  CHECK(set.documents[0].web_links[0].type == "pdf");

  auto out = dir.path / "report.html";
  auto r = test::run_stdgraph(
      {"--no-cache", "--data", (dir.path / "hostile.yaml").string(), "report", "-o", out.string()});
  REQUIRE(r.exit_code == 0);
  std::string html = test::read_file(out.string());
  CHECK(html.find("javascript:alert") == std::string::npos);
  CHECK(html.find("<script>alert(1)") == std::string::npos);
  CHECK(html.find("href=\"https://example.org/a&quot;&gt;&lt;script&gt;") != std::string::npos);
}

TEST_CASE("check across bodies: ETSI's consumer IoT baseline is near, each work once", "[bodies]") {
  std::string etsi = kSample + "/relaton-data-etsi/data", gpp = kSample + "/relaton-data-3gpp/data";
  auto r = test::run_stdgraph({"--no-cache", "--data", test::data_dir(), etsi, gpp, "check",
                               "--title", "Baseline security requirements for consumer IoT devices",
                               "--top", "3", "--format", "json"});
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  bool etsi_baseline = false;
  for (const auto& m : j["matches"]) {
    std::string id = m["id"];
    etsi_baseline |= id.rfind("ETSI TS 103 645", 0) == 0 || id.rfind("ETSI EN 303 645", 0) == 0;
  }
  CHECK(etsi_baseline);

  // The 88 versions of TS 33.501 are one row (the best-matching version), unless asked.
  auto one = test::run_stdgraph({"--no-cache", "--data", gpp, "check", "--title",
                                 "Security architecture and procedures for 5G System", "--format",
                                 "json"});
  REQUIRE(one.exit_code == 0);
  std::size_t rows = 0;
  const auto best = nlohmann::json::parse(one.out);  // kept alive: the loop reads into it
  for (const auto& m : best["matches"])
    rows += std::string(m["id"]).rfind("3GPP TS 33.501", 0) == 0;
  CHECK(rows == 1);
  auto all = test::run_stdgraph({"--no-cache", "--data", gpp, "check", "--title",
                                 "Security architecture and procedures for 5G System",
                                 "--all-editions", "--format", "json"});
  REQUIRE(all.exit_code == 0);
  rows = 0;
  const auto every = nlohmann::json::parse(all.out);
  for (const auto& m : every["matches"])
    rows += std::string(m["id"]).rfind("3GPP TS 33.501", 0) == 0;
  CHECK(rows == 10);
}
