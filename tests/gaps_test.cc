// Gap analysis: item status on a date, cell status, the matrix as of two dates, counterparts,
// ask, and every output format (CSV read back by Python's csv, HTML by html.parser, JSON
// shape), on the fixture of tests/fixtures/gaps and end to end on the built-in data.
#include <fmt/format.h>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "stdgraph/analysis/gaps.h"
#include "stdgraph/load/glossary.h"
#include "stdgraph/load/taxonomy.h"
#include "stdgraph/render/gaps.h"
#include "support.h"

using namespace stdgraph;
using nlohmann::json;

namespace {

const std::string kFixture = "tests/fixtures/gaps";

struct Fixture {
  test::Loaded loaded = test::load_and_validate({test::source_path(kFixture + "/records.yaml")});
  Diagnostics diags;
  Analyzer analyzer{load_glossary(test::source_path(kFixture + "/glossary.yaml"), diags)};
  Taxonomy taxonomy =
      test::prepared(load_taxonomy(test::source_path(kFixture + "/taxonomies/twins.yaml"), diags),
                     analyzer, diags);
};

Fixture& fixture() {
  static Fixture* f = [] {
    auto* x = new Fixture;
    resolve_members(x->taxonomy, x->loaded.corpus, x->diags);
    REQUIRE(x->diags.items().empty());
    REQUIRE(x->loaded.diagnostics.error_count() == 0);
    return x;
  }();
  return *f;
}

const Document& doc(const Corpus& c, std::string_view name) {
  std::size_t d = c.find_document(name);
  REQUIRE(d != npos);
  return c.documents[d];
}

std::size_t topic_index(const GapReport& r, std::string_view path) {
  for (std::size_t t = 0; t < r.topics.size(); ++t)
    if (r.topics[t].path == path) return t;
  FAIL("no topic " << path);
  return 0;
}

std::size_t aspect_index(const GapReport& r, std::string_view name) {
  for (std::size_t a = 0; a < r.aspects.size(); ++a)
    if (r.aspects[a] == name) return a;
  FAIL("no aspect " << name);
  return 0;
}

const GapCell& cell(const GapReport& r, std::string_view topic, std::string_view aspect) {
  return r.cells[topic_index(r, topic)][aspect_index(r, aspect)];
}

std::vector<std::string> cell_ids(const GapReport& r, std::string_view topic,
                                  std::string_view aspect) {
  std::vector<std::string> ids;
  for (std::size_t i : cell(r, topic, aspect).items) ids.push_back(r.items[i].doc->id);
  return ids;
}

bool is_gap(const GapReport& r, std::string_view topic, std::string_view aspect) {
  std::size_t t = topic_index(r, topic), a = aspect_index(r, aspect);
  return std::any_of(r.gaps.begin(), r.gaps.end(),
                     [&](const Gap& g) { return g.topic == t && g.aspect == a; });
}

GapReport report_as_of(std::optional<Date> as_of, std::vector<std::string> groups = {}) {
  Fixture& f = fixture();
  return gap_report(f.loaded.corpus, f.analyzer, f.taxonomy, {as_of, std::move(groups)});
}

Date date(std::string_view s) {
  auto d = parse_date(s);
  REQUIRE(d);
  return *d;
}

// Runs /usr/bin/python3 with a script on `input`; its stdout.
std::string python(const std::string& script, const std::string& input) {
  std::string path = (std::filesystem::temp_directory_path() /
                      fmt::format("stdgraph-gaps-test-{}.txt", static_cast<const void*>(&input)))
                         .string();
  {
    std::ofstream out(path, std::ios::binary);
    out << input;
  }
  std::string command = fmt::format("/usr/bin/python3 {} < {}", script, path);
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe);
  char buffer[4096];
  std::size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  int status = pclose(pipe);
  std::filesystem::remove(path);
  REQUIRE(status == 0);
  return out;
}

std::string hostile_title() {
  return doc(fixture().loaded.corpus, "TR.hostile").title();
}

std::vector<std::string> fixture_args(std::vector<std::string> args) {
  std::vector<std::string> all = {"--data", test::source_path(kFixture)};
  all.insert(all.end(), args.begin(), args.end());
  return all;
}

}  // namespace

TEST_CASE("each status gives the coverage of the issue's order", "[gaps]") {
  CHECK(coverage_of(Status::approved) == Coverage::approved);
  CHECK(coverage_of(Status::agreed) == Coverage::approved);
  CHECK(coverage_of(Status::published) == Coverage::approved);
  CHECK(coverage_of(Status::determined) == Coverage::determined);
  CHECK(coverage_of(Status::consented) == Coverage::determined);
  CHECK(coverage_of(Status::ongoing) == Coverage::ongoing);
  CHECK(coverage_of(Status::on_agenda) == Coverage::ongoing);
  CHECK(coverage_of(Status::moved) == Coverage::ongoing);
  CHECK(coverage_of(Status::planned) == Coverage::planned);
  CHECK(coverage_of(Status::not_approved) == Coverage::none);
  CHECK(coverage_of(Status::superseded) == Coverage::none);
  CHECK(coverage_of(Status::withdrawn) == Coverage::none);
  CHECK(Coverage::approved > Coverage::determined);
  CHECK(Coverage::determined > Coverage::ongoing);
  CHECK(Coverage::ongoing > Coverage::planned);
  CHECK(Coverage::planned > Coverage::none);
}

TEST_CASE("an item's status on a date comes from its history", "[gaps]") {
  const Corpus& c = fixture().loaded.corpus;
  const Document& sec = doc(c, "X.dtf-sec");
  CHECK(state_as_of(sec, date("2023-09-07")).status == std::nullopt);
  CHECK(state_as_of(sec, date("2023-09-08")).status == Status::planned);
  CHECK(state_as_of(sec, date("2024-09-30")).status == Status::planned);
  ItemState later = state_as_of(sec, date("2024-10-01"));
  CHECK(later.status == Status::determined);
  CHECK(later.source == "T/det/1");
  CHECK(later.coverage == Coverage::determined);
  CHECK(state_as_of(sec, std::nullopt).status == Status::determined);
  // A month or a year as the date means its end.
  CHECK(state_as_of(sec, date("2024-10")).status == Status::determined);
  CHECK(state_as_of(sec, date("2023")).status == Status::planned);

  // Not approved: the newest event wins over the more advanced determination, and counts
  // as no coverage.
  ItemState old = state_as_of(doc(c, "X.dtn-old"), std::nullopt);
  CHECK(old.status == Status::not_approved);
  CHECK(old.coverage == Coverage::none);
  CHECK(state_as_of(doc(c, "X.dtn-old"), date("2023-06-01")).status == Status::determined);
}

TEST_CASE("a year-only event counts on any day of that year, a withdrawn stage wins", "[gaps]") {
  Diagnostics diags;
  Corpus c = test::load_text(R"(
documents:
  - id: X.1
    kind: recommendation
    title: Security guidelines for digital twin network
    history:
      - {date: 2023, status: ongoing, source: T/a/1}
      - {date: 2023-09-08, status: planned, source: T/b/1}
      - {date: 2024-03, status: consented, source: T/c/1}
)",
                             diags);
  REQUIRE(diags.items().empty());
  const Document& d = c.documents[0];
  // Ongoing in 2023 (seed 000) and planned on 2023-09-08 (seed 001): the latest dated
  // event, a year-only date counting as before the days of its year (model/status.h).
  ItemState s = state_as_of(d, date("2023-09-08"));
  CHECK(s.status == Status::planned);
  CHECK(s.date == date("2023-09-08"));
  CHECK(state_as_of(d, date("2023-01-01")).status == Status::ongoing);
  CHECK(state_as_of(d, date("2024-03-01")).status == Status::consented);
  CHECK(state_as_of(d, date("2022-12-31")).status == std::nullopt);
  Document withdrawn = d;
  withdrawn.stage = Status::withdrawn;
  CHECK(state_as_of(withdrawn, std::nullopt).coverage == Coverage::none);
  CHECK(state_as_of(withdrawn, date("2024-06-01")).status == Status::consented);
}

TEST_CASE("a cell takes the most advanced status among its items", "[gaps]") {
  GapReport r = report_as_of(std::nullopt);
  CHECK(r.date == date("2025-09-04"));  // the newest event
  CHECK_FALSE(r.as_of_given);
  CHECK(r.aspects.back() == "other");
  // TR.hostile agreed, X.dtf-sec determined, X.dtn-old not approved: approved.
  CHECK(cell_ids(r, "Digital twin", "security") ==
        std::vector<std::string>{"TR.hostile", "X.dtf-sec", "X.dtn-old"});
  CHECK(cell(r, "Digital twin", "security").coverage == Coverage::approved);
  CHECK(cell(r, "Digital twin > Digital twin federation", "security").coverage ==
        Coverage::determined);
  CHECK(cell(r, "Digital twin > Digital twin network", "protocols/interfaces").coverage ==
        Coverage::planned);
  // Only a not-approved item: a gap that names it.
  const GapCell& dtn = cell(r, "Digital twin > Digital twin network", "security");
  CHECK(dtn.coverage == Coverage::none);
  REQUIRE(is_gap(r, "Digital twin > Digital twin network", "security"));
  for (const Gap& g : r.gaps)
    if (r.topics[g.topic].path == "Digital twin > Digital twin network" &&
        r.aspects[g.aspect] == "security") {
      REQUIRE(g.not_counted.size() == 1);
      CHECK(r.items[g.not_counted[0]].doc->id == "X.dtn-old");
    }
  // Nothing at all: a gap; `other` is never one.
  CHECK(cell(r, "Digital twin", "management").items.empty());
  CHECK(is_gap(r, "Digital twin", "management"));
  CHECK(cell_ids(r, "Digital twin > Digital twin federation", "other") ==
        std::vector<std::string>{"Y.dtf-city"});
  CHECK_FALSE(is_gap(r, "Metaverse", "other"));
  for (const Gap& g : r.gaps) CHECK(r.aspects[g.aspect] != "other");
  // A member belongs whatever its words; an item in no topic is not in the report.
  CHECK(cell_ids(r, "Metaverse", "framework/architecture") == std::vector<std::string>{"Y.avatar"});
  CHECK(std::none_of(r.items.begin(), r.items.end(),
                     [](const ReportItem& i) { return i.doc->id == "Y.unrelated"; }));
  CHECK(r.considered == 11);
}

TEST_CASE("a sub-topic narrows its parent, evidence says where each phrase was found", "[gaps]") {
  GapReport r = report_as_of(std::nullopt);
  std::size_t dtn = topic_index(r, "Digital twin > Digital twin network");
  std::size_t dt = topic_index(r, "Digital twin");
  for (std::size_t i = 0; i < r.items.size(); ++i) {
    INFO(r.items[i].doc->id);
    // Every item of a sub-topic is an item of its parent.
    if (!r.topic_evidence[i][dtn].empty()) CHECK_FALSE(r.topic_evidence[i][dt].empty());
    if (r.items[i].doc->id == "X.dtn-old") {
      REQUIRE(r.topic_evidence[i][dtn].size() == 1);
      CHECK(r.topic_evidence[i][dtn][0].phrase == "DTN");
      CHECK(r.topic_evidence[i][dtn][0].field == TextField::title);
      // "digital twin" and "DT" say the same: one of them is kept.
      CHECK(r.topic_evidence[i][dt].size() == 1);
    }
    if (r.items[i].doc->id == "Y.avatar") {
      REQUIRE(r.topic_evidence[i][topic_index(r, "Metaverse")].size() == 1);
      CHECK(r.topic_evidence[i][topic_index(r, "Metaverse")][0].member);
    }
  }
}

TEST_CASE("the matrix as of two dates differs where the histories say so", "[gaps]") {
  GapReport before = report_as_of(date("2023-09-08"));
  GapReport after = report_as_of(date("2025-09-05"));
  CHECK(before.as_of_given);
  CHECK(before.date == date("2023-09-08"));
  // X.new exists only from 2025: Metaverse has no security work in 2023.
  CHECK(is_gap(before, "Metaverse", "security"));
  CHECK(cell(after, "Metaverse", "security").coverage == Coverage::ongoing);
  // X.dtf-sec planned, then determined; Y.dtf-reqts planned, then approved.
  CHECK(cell(before, "Digital twin > Digital twin federation", "security").coverage ==
        Coverage::planned);
  CHECK(cell(after, "Digital twin > Digital twin federation", "security").coverage ==
        Coverage::determined);
  CHECK(cell(before, "Digital twin", "requirements").coverage == Coverage::planned);
  CHECK(cell(after, "Digital twin", "requirements").coverage == Coverage::approved);
  CHECK(before.considered == 9);  // TR.hostile (2024) and X.new (2025) not yet
  CHECK(after.considered == 11);
}

TEST_CASE("gaps: --group keeps the items of those groups", "[gaps]") {
  GapReport r = report_as_of(std::nullopt, {"SG20"});
  REQUIRE(!r.items.empty());
  for (const ReportItem& i : r.items) CHECK(has_member(i.doc->groups, "SG20"));
  CHECK(is_gap(r, "Digital twin", "security"));
  // A Question is found through its study group.
  GapReport q = report_as_of(std::nullopt, {"Q7/17"});
  for (const ReportItem& i : q.items) CHECK(has_member(i.doc->questions, "Q7/17"));
  CHECK(q.items.size() == 4);  // X.Suppl.99 is in no topic
  CHECK(in_group(fixture().loaded.corpus, doc(fixture().loaded.corpus, "X.new"), "SG17"));
}

TEST_CASE("counterparts: by relation, by the most specific shared topic, or none", "[gaps]") {
  Fixture& f = fixture();
  MatchIndex index(f.loaded.corpus, f.analyzer);
  CounterpartReport r = counterparts(f.loaded.corpus, f.analyzer, index, {f.taxonomy}, {});
  CHECK(r.security_group == "SG17");
  std::map<std::string, std::vector<std::string>> found;
  std::map<std::string, const CounterpartEntry*> entries;
  for (const CounterpartEntry& e : r.entries) {
    const std::string& id = r.items[e.item].doc->id;
    entries[id] = &e;
    for (const CounterpartLink& l : e.links) found[id].push_back(r.items[l.item].doc->id);
    if (e.links.empty()) found[id];
  }
  // Subjects: items of other groups not about security; SG17's own are never subjects.
  CHECK(found.size() == 5);
  CHECK(found.count("X.dtf-sec") == 0);
  CHECK(r.outside_topics == 1);  // Y.unrelated
  // The relation first, then the shared topic (by membership: nothing in common in the text).
  CHECK(found["Y.avatar"] == std::vector<std::string>{"X.Suppl.99", "X.new"});
  const CounterpartLink& rel = entries["Y.avatar"]->links[0];
  CHECK(rel.by_relation);
  CHECK(rel.relation == RelationType::supplement_to);
  CHECK_FALSE(rel.relation_from_subject);
  CHECK(rel.relation_source == "T/agreed/2");
  const CounterpartLink& topic = entries["Y.avatar"]->links[1];
  CHECK_FALSE(topic.by_relation);
  CHECK(topic.shared_topics == std::vector<std::string>{"Metaverse"});
  CHECK(topic.subject_evidence[0].member);
  // The federation items share their sub-topic with X.dtf-sec, and only with it: TR.hostile
  // is about digital twins but not federation.
  for (const char* id : {"Y.dtf-arch", "Y.dtf-reqts", "Y.dtf-city"}) {
    INFO(id);
    REQUIRE(found[id] == std::vector<std::string>{"X.dtf-sec"});
    const CounterpartLink& l = entries[id]->links[0];
    CHECK(l.shared_topics == std::vector<std::string>{"Digital twin > Digital twin federation"});
    CHECK(l.score > 0.2);
    CHECK(!l.why.terms.empty());
  }
  // X.dtn-old is not approved: it answers nothing, so Q.dtn-sig is a security gap.
  CHECK(found["Q.dtn-sig"].empty());
  CHECK(r.with_counterparts == 4);
  CHECK(r.items[r.entries.back().item].doc->id == "Q.dtn-sig");  // those without come last
}

TEST_CASE("counterparts: --topic, --min-score and --as-of narrow the answer", "[gaps]") {
  Fixture& f = fixture();
  MatchIndex index(f.loaded.corpus, f.analyzer);
  CounterpartOptions only_dtn;
  only_dtn.topics = {"digital twin network"};
  CounterpartReport r = counterparts(f.loaded.corpus, f.analyzer, index, {f.taxonomy}, only_dtn);
  REQUIRE(r.entries.size() == 1);
  CHECK(r.items[r.entries[0].item].doc->id == "Q.dtn-sig");

  CounterpartOptions strict;
  strict.min_score = 0.99;
  r = counterparts(f.loaded.corpus, f.analyzer, index, {f.taxonomy}, strict);
  for (const CounterpartEntry& e : r.entries)
    for (const CounterpartLink& l : e.links) CHECK(l.by_relation);  // relations need no score

  CounterpartOptions early;
  early.as_of = date("2023-09-08");
  r = counterparts(f.loaded.corpus, f.analyzer, index, {f.taxonomy}, early);
  for (const CounterpartEntry& e : r.entries)
    if (r.items[e.item].doc->id == "Y.avatar") {
      REQUIRE(e.links.size() == 1);  // X.new does not exist yet
      CHECK(r.items[e.links[0].item].doc->id == "X.Suppl.99");
    }
}

TEST_CASE("ask: a subject's items under an aspect, by phrase or by topic name", "[gaps]") {
  Fixture& f = fixture();
  AskOptions o;
  o.subjects = {"digital twin"};
  o.aspects = {"security"};
  AskResult r = ask(f.loaded.corpus, f.analyzer, f.taxonomy, o);
  REQUIRE(r.unknown_aspect.empty());
  std::vector<std::string> ids;
  for (const ReportItem& i : r.answer.items) ids.push_back(i.doc->id);
  CHECK(ids == std::vector<std::string>{"TR.hostile", "X.dtf-sec", "X.dtn-old"});
  CHECK(r.answer.subject_evidence[0][0].phrase == "digital twin");
  CHECK(r.answer.aspect_evidence[1][0].phrase == "security");

  o.subjects = {"Metaverse"};  // a topic: its member counts
  o.aspects = {};
  r = ask(f.loaded.corpus, f.analyzer, f.taxonomy, o);
  CHECK(r.answer.topics == std::vector<std::string>{"Metaverse"});
  ids.clear();
  for (const ReportItem& i : r.answer.items) ids.push_back(i.doc->id);
  CHECK(ids == std::vector<std::string>{"Y.avatar", "X.new"});  // by group: SG13, SG17

  o.aspects = {"securty"};
  r = ask(f.loaded.corpus, f.analyzer, f.taxonomy, o);
  CHECK(r.unknown_aspect == "securty");
  CHECK(r.suggestion == "security");
  CHECK(r.answer.items.empty());

  o.aspects = {};
  o.subjects = {"of the"};
  r = ask(f.loaded.corpus, f.analyzer, f.taxonomy, o);
  CHECK(r.empty_subject == "of the");
}

// --- end to end on the built-in data ----------------------------------------------------------

TEST_CASE("asking for digital twin security work answers FG-MV's question", "[gaps][cli]") {
  auto run =
      test::run_stdgraph({"ask", "digital twin", "--aspect", "security", "--format", "json"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  json j = json::parse(run.out);
  std::map<std::string, json> items;
  for (const auto& i : j["items"]) items[i["id"]] = i;
  for (const char* id : {"X.sg-dtn", "X.smdtf", "X.smdtsc"}) {
    INFO(id);
    REQUIRE(items.count(id));
    CHECK(items[id]["group"] == "SG17");
    CHECK(items[id]["question"] == "Q7/17");
    // Planned in the report of 2023-09-08 (seed 001), the latest dated event; the target
    // is seed 000's "Ongoing (2024)".
    CHECK(items[id]["status"] == "planned");
    CHECK(items[id]["status_date"] == "2023-09-08");
    CHECK(items[id]["target"] == "2024");
    CHECK(!items[id]["scope"].get<std::string>().empty());
    CHECK(items[id]["sources"].size() >= 2);
  }
  for (const auto& [id, i] : items) {
    INFO(id);
    CHECK(!i["why"]["subject"].empty());
    CHECK(!i["why"]["aspects"].empty());
  }
  // The text answer says the same.
  auto text = test::run_stdgraph({"ask", "digital twin", "--aspect", "security"});
  REQUIRE(text.exit_code == 0);
  for (const char* id : {"X.sg-dtn", "X.smdtf", "X.smdtsc"})
    CHECK(text.out.find(fmt::format("\n{}  ", id)) != std::string::npos);
}

TEST_CASE("the built-in matrix differs between 2023-09-08 and 2025-09-05", "[gaps][cli]") {
  auto cell_of = [](const json& j, const std::string& topic, const std::string& aspect) {
    for (const auto& t : j["topics"])
      if (t["path"] == topic)
        for (const auto& c : t["cells"])
          if (c["aspect"] == aspect) return c;
    FAIL("no cell " << topic << " x " << aspect);
    return json();
  };
  auto before = test::run_stdgraph({"gaps", "--taxonomy", "digital-twin-metaverse", "--as-of",
                                    "2023-09-08", "--format", "json"});
  auto after = test::run_stdgraph({"gaps", "--taxonomy", "digital-twin-metaverse", "--as-of",
                                   "2025-09-05", "--format", "json"});
  REQUIRE(before.exit_code == 0);
  REQUIRE(after.exit_code == 0);
  json b = json::parse(before.out), a = json::parse(after.out);
  // TR.dpama is on the WP4/17 agenda of 2025-09-04 (seed 003) and in no 2023 table.
  CHECK(cell_of(b, "Metaverse", "security")["coverage"] == "none");
  CHECK(cell_of(a, "Metaverse", "security")["coverage"] == "ongoing");
  CHECK(cell_of(a, "Metaverse", "security")["items"] == json::array({"TR.dpama"}));
  // Y.4224, Y.4489, Y.4605 were approved on 2023-11-29 (seed 001, Annex 1 a) AAP 26-28).
  CHECK(cell_of(b, "Digital twin > Digital twin federation",
                "framework/architecture")["coverage"] == "none");
  CHECK(cell_of(a, "Digital twin > Digital twin federation",
                "framework/architecture")["coverage"] == "approved");
  // The digital twin security items were under way in 2023 already: "Ongoing (2024)" in
  // seed 000 (dated 2023), planned for AAP consent in seed 001 of 2023-09-08, the latest.
  CHECK(cell_of(b, "Digital twin", "security")["coverage"] == "planned");
  CHECK(cell_of(b, "Digital twin", "security")["items"].size() >= 3);
}

TEST_CASE("an item of the security group is security work whatever its title", "[gaps][cli]") {
  auto cell_items = [](const std::vector<std::string>& extra) {
    std::vector<std::string> args = {"gaps", "--taxonomy", "qkdn", "--format", "json"};
    args.insert(args.end(), extra.begin(), extra.end());
    auto run = test::run_stdgraph(args);
    REQUIRE(run.exit_code == 0);
    json j = json::parse(run.out);
    for (const auto& t : j["topics"])
      if (t["name"] == "Protocols and interfaces of QKDN")
        for (const auto& c : t["cells"])
          if (c["aspect"] == "security") return std::make_pair(c, j);
    FAIL("no cell");
    return std::make_pair(json(), json());
  };
  // X.sec_QKD_profr, "Framework of quantum key distribution (QKD) protocols in QKD network":
  // SG17 Q15/17's work (seed 001, Annex 2 b) row 76), with no security word in its title.
  auto [with, report] = cell_items({});
  CHECK(with["items"] == json::array({"X.sec_QKD_profr"}));
  CHECK(report["security_group"] == "SG17");
  for (const auto& i : report["items"])
    if (i["id"] == "X.sec_QKD_profr")
      CHECK(i["aspects"]["security"] == json::array({{{"group", "SG17"}}}));
  auto [without, report2] = cell_items({"--security-group", "none"});
  CHECK(without["items"].empty());
  CHECK(without["coverage"] == "none");
}

TEST_CASE("gaps CSV quotes hostile titles and reads back whole", "[gaps][cli]") {
  auto run = test::run_stdgraph(fixture_args({"gaps", "--taxonomy", "twins", "--format", "csv"}));
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("\r\n") != std::string::npos);
  json rows = json::parse(python(
      "-c 'import csv,json,sys; json.dump(list(csv.reader(sys.stdin, strict=True)), sys.stdout)'",
      run.out));
  REQUIRE(rows.size() > 10);
  CHECK(rows[0][0] == "topic");
  std::size_t width = rows[0].size();
  bool hostile = false, empty_cell = false;
  for (const auto& row : rows) {
    CHECK(row.size() == width);
    if (row[3] == "TR.hostile") {
      hostile = true;
      CHECK(row[8] == hostile_title());  // quotes, comma, newline and all
    }
    if (row[0] == "Digital twin" && row[1] == "management") {
      empty_cell = true;
      CHECK(row[2] == "none");
      CHECK(row[3] == "");
    }
  }
  CHECK(hostile);
  CHECK(empty_cell);
}

TEST_CASE("gaps HTML escapes hostile titles: html.parser sees text, not markup", "[gaps][cli]") {
  for (const char* command : {"gaps", "counterparts", "ask"}) {
    INFO(command);
    std::vector<std::string> args = {command};
    if (std::string(command) == "gaps") args.insert(args.end(), {"--taxonomy", "twins"});
    if (std::string(command) == "ask") args.push_back("digital twin");
    args.insert(args.end(), {"--format", "html"});
    auto run = test::run_stdgraph(fixture_args(args));
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    json page = json::parse(python(test::source_path(kFixture + "/html_text.py"), run.out));
    for (const auto& tag : page["tags"]) {
      CHECK(tag != "script");
      CHECK(tag != "a");
    }
    if (std::string(command) == "counterparts") continue;  // TR.hostile is SG17's: no subject
    std::string expected = hostile_title();
    std::replace(expected.begin(), expected.end(), '\n', ' ');
    bool seen = false;
    for (const auto& text : page["texts"]) seen |= text == expected;
    CHECK(seen);
  }
}

TEST_CASE("gaps Markdown escapes markup and keeps table rows whole", "[gaps][cli]") {
  auto run = test::run_stdgraph(fixture_args({"gaps", "--taxonomy", "twins", "--format", "md"}));
  REQUIRE(run.exit_code == 0);
  const std::string& md = run.out;
  CHECK(md.rfind("# Gap analysis: Digital twins (test)\n", 0) == 0);
  CHECK(md.find("Data as of 2025-09-04") != std::string::npos);
  CHECK(md.find("## Gaps (") != std::string::npos);
  CHECK(md.find("<script>") == std::string::npos);
  CHECK(md.find("&lt;script&gt;") != std::string::npos);
  CHECK(md.find("\\| pipe") != std::string::npos);
  CHECK(md.find("\\*bold\\*") != std::string::npos);
  CHECK(md.find("T/agreed/1") != std::string::npos);  // the source of every item
  // Every table row has as many unescaped pipes as its header.
  std::istringstream lines(md);
  std::string line;
  std::size_t header = 0;
  auto pipes = [](const std::string& l) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < l.size(); ++i)
      if (l[i] == '|' && (i == 0 || l[i - 1] != '\\')) ++n;
    return n;
  };
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] != '|') {
      header = 0;
      continue;
    }
    if (header == 0)
      header = pipes(line);
    else
      CHECK(pipes(line) == header);
  }
}

TEST_CASE("gaps JSON has the documented shape", "[gaps][cli]") {
  auto run = test::run_stdgraph(fixture_args({"gaps", "--taxonomy", "twins", "--format", "json"}));
  REQUIRE(run.exit_code == 0);
  json j = json::parse(run.out);
  CHECK(j["taxonomy"]["name"] == "Digital twins (test)");
  CHECK(j["date"] == "2025-09-04");
  CHECK(j["as_of_given"] == false);
  CHECK(j["aspects"].back() == "other");
  REQUIRE(j["topics"].size() == 4);
  CHECK(j["topics"][1]["path"] == "Digital twin > Digital twin federation");
  CHECK(j["topics"][1]["depth"] == 1);
  CHECK(j["topics"][0]["cells"].size() == j["aspects"].size());
  bool found_gap = false;
  for (const auto& g : j["gaps"])
    if (g["topic"] == "Digital twin > Digital twin network" && g["aspect"] == "security") {
      found_gap = true;
      CHECK(g["not_counted"] == json::array({"X.dtn-old"}));
    }
  CHECK(found_gap);
  bool hostile = false;
  for (const auto& i : j["items"]) {
    for (const char* key : {"id", "title", "status", "status_date", "coverage", "group", "sources",
                            "file", "line", "topics", "aspects"})
      CHECK(i.contains(key));
    if (i["id"] == "TR.hostile") {
      hostile = true;
      CHECK(i["title"] == hostile_title());
      CHECK(i["topics"]["Digital twin"][0]["field"] == "title");
    }
  }
  CHECK(hostile);

  auto cp = test::run_stdgraph(fixture_args({"counterparts", "--format", "json"}));
  REQUIRE(cp.exit_code == 0);
  json c = json::parse(cp.out);
  CHECK(c["security_group"] == "SG17");
  CHECK(c["with_counterparts"] == 4);
  CHECK(c["without_counterparts"] == 1);
  CHECK(c["items"][0]["counterparts"][0].contains("explanation"));
}

TEST_CASE("gaps, counterparts and ask refuse bad input with a clear message", "[gaps][cli]") {
  auto no_file = test::run_stdgraph({"gaps", "--taxonomy", "no-such-taxonomy"});
  CHECK(no_file.exit_code == 2);
  CHECK(no_file.err.find("no taxonomy file `no-such-taxonomy`") != std::string::npos);
  CHECK(no_file.err.find("digital-twin-metaverse") != std::string::npos);  // the shipped ones

  auto bad = test::run_stdgraph(
      {"gaps", "--taxonomy", test::source_path("tests/fixtures/taxonomy/bad/unknown-key.yaml")});
  CHECK(bad.exit_code == 2);
  CHECK(bad.out.empty());
  CHECK(bad.err.find("unknown-key.yaml:5:5: error: unknown key `term` in topic") !=
        std::string::npos);

  auto date = test::run_stdgraph({"gaps", "--taxonomy", "dlt", "--as-of", "2023-02-30"});
  CHECK(date.exit_code == 2);
  CHECK(date.err.find("--as-of `2023-02-30` is not a date") != std::string::npos);

  auto group = test::run_stdgraph({"gaps", "--taxonomy", "dlt", "--group", "SG177"});
  CHECK(group.exit_code == 2);
  CHECK(group.err.find("no group is named `SG177`; did you mean SG17?") != std::string::npos);

  auto aspect = test::run_stdgraph({"ask", "digital twin", "--aspect", "securty"});
  CHECK(aspect.exit_code == 2);
  CHECK(aspect.err.find("did you mean `security`?") != std::string::npos);

  auto topic = test::run_stdgraph({"counterparts", "--topic", "Digital twn"});
  CHECK(topic.exit_code == 2);
  CHECK(topic.err.find("no topic is named `Digital twn`; did you mean `Digital twin`?") !=
        std::string::npos);
}

TEST_CASE("a shipped taxonomy's unknown members only warn against other records", "[gaps][cli]") {
  // iot-smart-cities.yaml lists Y.arc-psfws, an item of the built-in data only.
  auto shipped = test::run_stdgraph(
      fixture_args({"gaps", "--taxonomy", test::data_dir() + "/taxonomies/iot-smart-cities.yaml"}));
  CHECK(shipped.exit_code == 0);
  CHECK(shipped.err.find("warning: member `Y.arc-psfws` of topic `Smart cities and "
                         "communities` names no item") != std::string::npos);
  CHECK(shipped.out.rfind("Gap analysis: IoT", 0) == 0);
  // The same member in a taxonomy of one's own, against the records it is written for, is
  // an error.
  auto own = test::run_stdgraph(
      {"gaps", "--taxonomy", test::source_path("tests/fixtures/taxonomy/bad/unknown-member.yaml")});
  CHECK(own.exit_code == 2);
  CHECK(own.out.empty());
  CHECK(own.err.find("error: member `X.dtn-olf`") != std::string::npos);
}

TEST_CASE("gaps -o writes the report whole", "[gaps][cli]") {
  std::string path = (std::filesystem::temp_directory_path() / "stdgraph-gaps-test.md").string();
  std::filesystem::remove(path);
  auto run = test::run_stdgraph(
      fixture_args({"gaps", "--taxonomy", "twins", "--format", "md", "-o", path}));
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.empty());
  auto direct = test::run_stdgraph(fixture_args({"gaps", "--taxonomy", "twins", "--format", "md"}));
  CHECK(test::read_file(path) == direct.out);
  std::filesystem::remove(path);
}
