// check and overlaps across standards bodies: which pairs are across bodies, --body and
// --across-bodies, and the body and committee of each side in every output.
#include <algorithm>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "stdgraph/analysis/match.h"
#include "stdgraph/model/bodies.h"
#include "stdgraph/render/match.h"
#include "support.h"

using namespace stdgraph;

namespace {

// An ITU-T Recommendation, an ETSI EN and an ETSI TS of one subject, another ITU-T
// Recommendation of it in another study group, and an ISO/IEC standard of another subject;
// the ETSI items under their committee, a group of the body ETSI.
const char* kBodies = R"(
groups:
  - {id: SG17, kind: study-group, name: Security, source: T/g/1}
  - {id: SG20, kind: study-group, name: IoT and smart cities, source: T/g/2}
  - {id: ETSI, kind: external-body, name: European Telecommunications Standards Institute,
     source: T/g/3}
  - {id: ETSI TC CYBER, kind: committee, name: Cyber Security, parent: ETSI, source: T/g/4}
documents:
  - {id: X.1352, kind: recommendation, group: SG17, source: T/d/1,
     title: Security requirements for Internet of things devices and gateways}
  - {id: Y.4806, kind: recommendation, group: SG20, source: T/d/2,
     title: Security capabilities supporting safety of the Internet of things devices}
  - {id: ETSI EN 303 645, kind: standard, group: ETSI TC CYBER, source: T/d/3,
     title: Cyber security for consumer Internet of things devices baseline requirements}
  - {id: ETSI TS 103 701, kind: specification, group: ETSI TC CYBER, source: T/d/4,
     title: Cyber security for consumer Internet of things devices conformance assessment}
  - {id: ISO/IEC 27011, kind: external, source: T/d/5,
     title: Information security controls for telecommunications organizations}
)";

Corpus bodies_corpus() {
  Diagnostics diags;
  Corpus c = test::load_text(kBodies, diags);
  REQUIRE(diags.error_count() == 0);
  return c;
}

OverlapOptions every_pair() {
  OverlapOptions o;
  o.min_score = 0.05;
  o.per_item = 0;
  return o;
}

std::string body(const Corpus& c, std::size_t d) {
  return body_of(c.documents[d]);
}

void write_records(const std::filesystem::path& dir) {
  std::ofstream(dir / "records.yaml") << kBodies;
}

}  // namespace

TEST_CASE("overlaps flags a pair of two bodies' items as across bodies and only such a pair") {
  Corpus c = bodies_corpus();
  Analyzer a;
  MatchIndex index(c, a);
  OverlapResult r = index.overlaps(every_pair());
  std::size_t across = 0, within = 0;
  for (const OverlapPair& p : r.pairs) {
    CHECK(p.across_bodies == (body(c, p.a) != body(c, p.b)));
    (p.across_bodies ? across : within)++;
  }
  // X.1352 ~ ETSI EN 303 645 (IoT device security requirements) is across; the two ETSI
  // items and the two ITU-T items are pairs within one body.
  CHECK(across > 0);
  CHECK(within > 0);
  std::size_t x1352 = c.find_document("X.1352"), en = c.find_document("ETSI EN 303 645");
  auto found = std::find_if(r.pairs.begin(), r.pairs.end(), [&](const OverlapPair& p) {
    return p.a == std::min(x1352, en) && p.b == std::max(x1352, en);
  });
  REQUIRE(found != r.pairs.end());
  CHECK(found->across_bodies);
  // The why line names the body and committee of each side.
  std::string why = explain(c, *found);
  CHECK(why.find("across bodies: ") != std::string::npos);
  CHECK(why.find("ITU-T SG17") != std::string::npos);
  CHECK(why.find("ETSI TC CYBER") != std::string::npos);
  CHECK(why.find("ETSI ETSI") == std::string::npos);  // a committee named with its body
}

TEST_CASE(
    "overlaps --body keeps pairs with an item of a listed body and with --across-bodies "
    "ITU-T's items beside other bodies'") {
  Corpus c = bodies_corpus();
  Analyzer a;
  MatchIndex index(c, a);
  OverlapOptions etsi = every_pair();
  etsi.bodies = {"etsi"};  // case folded, as body_matches reads it
  OverlapResult r = index.overlaps(etsi);
  REQUIRE_FALSE(r.pairs.empty());
  bool etsi_pair = false;
  for (const OverlapPair& p : r.pairs) {
    CHECK((body(c, p.a) == "ETSI" || body(c, p.b) == "ETSI"));
    etsi_pair = etsi_pair || (body(c, p.a) == "ETSI" && body(c, p.b) == "ETSI");
  }
  CHECK(etsi_pair);  // --body alone keeps pairs within the body too

  OverlapOptions itu_vs_others = every_pair();
  itu_vs_others.bodies = {"ITU-T"};
  itu_vs_others.across_bodies = true;
  r = index.overlaps(itu_vs_others);
  REQUIRE_FALSE(r.pairs.empty());
  for (const OverlapPair& p : r.pairs) {
    CHECK(p.across_bodies);
    CHECK(((body(c, p.a) == "ITU-T") != (body(c, p.b) == "ITU-T")));
  }
  // Every across pair of ITU-T's found without the filters is found with them.
  std::size_t expected = 0;
  for (const OverlapPair& p : index.overlaps(every_pair()).pairs)
    expected += p.across_bodies && (body(c, p.a) == "ITU-T" || body(c, p.b) == "ITU-T");
  CHECK(r.pairs.size() == expected);

  // --group and --body each need an item of theirs: SG17's items beside ETSI's.
  OverlapOptions sg17_etsi = every_pair();
  sg17_etsi.group = "SG17";
  sg17_etsi.bodies = {"ETSI"};
  r = index.overlaps(sg17_etsi);
  REQUIRE_FALSE(r.pairs.empty());
  for (const OverlapPair& p : r.pairs) {
    const Document &x = c.documents[p.a], &y = c.documents[p.b];
    CHECK(((x.group() == "SG17" && body(c, p.b) == "ETSI") ||
           (y.group() == "SG17" && body(c, p.a) == "ETSI")));
  }
}

TEST_CASE(
    "check --body limits the candidates and a match says its body and whether it is "
    "another body's than the proposal's") {
  Corpus c = bodies_corpus();
  Analyzer a;
  MatchIndex index(c, a);
  Query q;
  q.title = "Baseline security requirements for consumer IoT devices";
  q.keywords = {"Internet of things"};
  std::vector<Match> all = index.check(q, CheckOptions{.top = 10});
  REQUIRE(all.size() >= 3);
  for (const Match& m : all) {
    CHECK(m.body == body(c, m.document));
    CHECK_FALSE(m.across_bodies);  // a bare title: whose proposal it is is not known
  }
  std::vector<Match> etsi = index.check(q, CheckOptions{.top = 10, .bodies = {"ETSI"}});
  REQUIRE(etsi.size() == 2);
  for (const Match& m : etsi) CHECK(m.body == "ETSI");
  // ISO/IEC is both ISO and IEC.
  Query controls;
  controls.title = "Security controls for telecommunications";
  std::vector<Match> iec = index.check(controls, CheckOptions{.top = 10, .bodies = {"IEC"}});
  REQUIRE(iec.size() == 1);
  CHECK(c.documents[iec.front().document].id == "ISO/IEC 27011");

  // --like an ITU-T item: the ETSI matches are across bodies, and the why line says so.
  Query like = index.query_for(c.find_document("X.1352"));
  CHECK(like.body == "ITU-T");
  bool seen = false;
  for (const Match& m : index.check(like, CheckOptions{.top = 10})) {
    CHECK(m.across_bodies == (m.body != "ITU-T"));
    if (m.body != "ETSI") continue;
    seen = true;
    std::string why = explain(c, like, m);
    CHECK(why.find("another body: ETSI TC CYBER (the proposal's: ITU-T)") != std::string::npos);
  }
  CHECK(seen);
}

TEST_CASE(
    "overlaps --body ITU-T --across-bodies on the command line: JSON and CSV name each "
    "side's body") {
  test::TempDir dir;
  write_records(dir.path);
  std::vector<std::string> common = {"--data", dir.path.string(), "overlaps", "--min-score",
                                     "0.05",   "--per-item",      "0",        "--body",
                                     "ITU-T",  "--across-bodies"};
  auto args = [&](std::string format) {
    std::vector<std::string> a = common;
    a.insert(a.end(), {"--format", format});
    return a;
  };
  auto json_run = test::run_stdgraph(args("json"));
  REQUIRE(json_run.exit_code == 0);
  auto j = nlohmann::json::parse(json_run.out);
  CHECK(j["across_bodies"] == true);
  CHECK(j["bodies"] == nlohmann::json::array({"ITU-T"}));
  REQUIRE_FALSE(j["pairs"].empty());
  for (const auto& p : j["pairs"]) {
    CHECK(p["across_bodies"] == true);
    CHECK(((p["a"]["body"] == "ITU-T") != (p["b"]["body"] == "ITU-T")));
    CHECK(p["why"]["summary"].get<std::string>().find("across bodies: ") != std::string::npos);
  }
  auto csv_run = test::run_stdgraph(args("csv"));
  REQUIRE(csv_run.exit_code == 0);
  std::istringstream lines(csv_run.out);
  std::string header, row;
  std::getline(lines, header);
  CHECK(header.find("a_body") != std::string::npos);
  CHECK(header.find("across_bodies") != std::string::npos);
  std::size_t rows = 0;
  while (std::getline(lines, row)) {
    ++rows;
    CHECK(row.find("across bodies: ") != std::string::npos);
    CHECK(row.find("ITU-T") != std::string::npos);
  }
  CHECK(rows == j["pairs"].size());
  auto text_run = test::run_stdgraph(args("text"));
  REQUIRE(text_run.exit_code == 0);
  CHECK(text_run.out.find("Only pairs with an item of ITU-T and of two bodies") !=
        std::string::npos);
  CHECK(text_run.out.find("across bodies") != std::string::npos);
}

TEST_CASE("the HTML report writes the body and committee under each item of a pair") {
  test::TempDir dir;
  write_records(dir.path);
  std::string out = (dir.path / "report.html").string();
  auto r = test::run_stdgraph({"--data", dir.path.string(), "report", "-o", out});
  REQUIRE(r.exit_code == 0);
  std::string html = test::read_file(out);
  std::size_t section = html.find("<section id=\"overlaps\">");
  REQUIRE(section != std::string::npos);
  std::string overlaps = html.substr(section, html.find("</section>", section) - section);
  CHECK(overlaps.find("<span class=\"note\">ETSI TC CYBER</span>") != std::string::npos);
  CHECK(overlaps.find("<span class=\"note\">ITU-T SG17</span>") != std::string::npos);
}

TEST_CASE("check --body with a body no loaded item is of is refused and names the loaded ones") {
  test::TempDir dir;
  write_records(dir.path);
  auto r = test::run_stdgraph({"--data", dir.path.string(), "check", "--title",
                               "IoT device security", "--body", "ITU-T,ETSU"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--body ETSU") != std::string::npos);
  CHECK(r.err.find("ITU-T, ETSI, ISO/IEC") != std::string::npos);
  auto ok = test::run_stdgraph({"--data", dir.path.string(), "check", "--title",
                                "IoT device security", "--body", "ITU-T,ETSI", "--format", "json"});
  REQUIRE(ok.exit_code == 0);
  auto j = nlohmann::json::parse(ok.out);
  REQUIRE_FALSE(j["matches"].empty());
  for (const auto& m : j["matches"]) CHECK((m["body"] == "ITU-T" || m["body"] == "ETSI"));
}

TEST_CASE("a hostile committee name comes out inert in the where column and the why line") {
  test::TempDir dir;
  std::ofstream(dir.path / "records.yaml") << R"(
groups:
  - {id: ETSI, kind: external-body, name: ETSI, source: T/g/1}
  - {id: "ETSI TC \e[31mRED", kind: committee, name: Red, parent: ETSI, source: T/g/2}
  - {id: SG17, kind: study-group, name: Security, source: T/g/3}
documents:
  - {id: ETSI EN 303 645, kind: standard, group: "ETSI TC \e[31mRED", source: T/d/1,
     title: Cyber security for consumer Internet of things devices}
  - {id: X.1352, kind: recommendation, group: SG17, source: T/d/2,
     title: Security for consumer Internet of things devices}
)";
  auto r = test::run_stdgraph(
      {"--data", dir.path.string(), "overlaps", "--min-score", "0.05", "--across-bodies"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("across bodies: ") != std::string::npos);
  CHECK(r.out.find('\x1b') == std::string::npos);
  auto check = test::run_stdgraph(
      {"--data", dir.path.string(), "check", "--like", "X.1352", "--body", "ETSI"});
  REQUIRE(check.exit_code == 0);
  CHECK(check.out.find("another body: ") != std::string::npos);
  CHECK(check.out.find('\x1b') == std::string::npos);
}
