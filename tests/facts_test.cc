// Facts and where they come from: the sources of single fields (`sources:`), the kinds of
// source for what no seed states, and what meetings and liaisons carry beside their
// agendas (deadlines, sessions, a requested action, a condition on an agenda item).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "stdgraph/load/load.h"
#include "stdgraph/model/source.h"
#include "support.h"

using namespace stdgraph;
using stdgraph::test::load_text;

namespace {

std::string located(const Diagnostic& d) {
  return std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + " " + d.code;
}

// The diagnostics of loading `yaml`, as "LINE:COL code".
std::vector<std::string> load_errors(const std::string& yaml) {
  Diagnostics diags;
  load_text(yaml, diags);
  std::vector<std::string> out;
  for (const auto& d : diags.items()) out.push_back(located(d));
  return out;
}

}  // namespace

TEST_CASE("a source is a seed reference or a fact of a documented kind", "[facts]") {
  for (const char* good :
       {"001/annex1.a.tap/2", "003/text", "SG17-R12/annex2.b/14",
        "general-knowledge: TSAG's full name", "inferred: the end of the SG17 meeting (002/text)",
        "assigned: the seed gives no LS number"}) {
    INFO(good);
    CHECK(source_problem(good).empty());
    CHECK(parse_source(good).has_value());
  }
  CHECK(parse_source("general-knowledge: x")->kind == SourceKind::general_knowledge);
  CHECK(parse_source("inferred: from 002/text")->text == "from 002/text");
  CHECK(parse_source("001/text")->kind == SourceKind::seed);
  // An unknown kind, a kind with nothing after it, an inference from nothing.
  CHECK(source_problem("general-knowlege: x").find("did you mean `general-knowledge`") !=
        std::string::npos);
  CHECK(source_problem("assigned:   ").find("nothing after the colon") != std::string::npos);
  CHECK(source_problem("inferred: from the meeting").find("names no source") != std::string::npos);
  CHECK_FALSE(source_problem("001").empty());
}

TEST_CASE("liaisons, meetings, agenda entries and field sources load as written", "[facts]") {
  Diagnostics diags;
  Corpus c = load_text(R"yaml(
groups:
  - id: JCA-ML
    kind: jca
    name: Joint Coordination Activity on Machine Learning
    parent: SG13
    source: 001/text
    sources: {parent: "general-knowledge: reports to SG13", name: "general-knowledge: full name"}
  - {id: SG13, kind: study-group, source: 001/text}
  - {id: SG17, kind: study-group, source: 001/text}
  - {id: TSAG, kind: advisory-group, source: 001/text}
documents:
  - id: X.a
    kind: recommendation
    title: A thing
    history:
      - date: 2023-09
        status: not-approved
        source: 001/annex1.d/1
        sources: {date: "inferred: at the meeting of 001/text"}
liaisons:
  - id: LS-1
    title: Please comment
    date: 2025-04-17
    from: SG17
    to: [TSAG]
    action: comment
    deadline: 2025-06-30
    source: 002/text
    sources: {id: "assigned: no number", date: "inferred: meeting end (002/text)"}
meetings:
  - id: WP4/17-2025-09
    group: SG17
    start: 2025-09-04
    end: 2025-09-05
    time_zone: Geneva
    sessions:
      - {date: 2025-09-04, start: "13:00", end: "17:00"}
      - {date: 2025-09-05, start: "09:30", end: "24:00", source: 003/annexB}
    deadlines:
      - {date: 2025-08-04, what: pre-registration}
      - {date: 2025-08-22, what: contributions, source: 003/text}
    source: 003/text
    sources: {id: "assigned: made up"}
    agenda:
      - {item: X.a, action: determination, condition: if needed, source: 003/agenda.determination/3}
)yaml",
                       diags);
  for (const auto& d : diags.items()) INFO(format_diagnostic(d));
  REQUIRE(diags.items().empty());

  const Group& jca = c.groups[c.find_group("JCA-ML")];
  CHECK(jca.field_sources.at("parent") == "general-knowledge: reports to SG13");
  CHECK(jca.field_sources.at("name") == "general-knowledge: full name");

  const Document& doc = c.documents[c.find_document("X.a")];
  REQUIRE(doc.history.size() == 2);
  CHECK(doc.history[0].field_sources.at("date") == "inferred: at the meeting of 001/text");
  // The condition goes with the agenda entry into the item's history.
  CHECK(doc.history[1].note == "on the agenda of WP4/17-2025-09 for determination (if needed)");

  REQUIRE(c.liaisons.size() == 1);
  const Liaison& l = c.liaisons[0];
  REQUIRE(l.action.has_value());
  CHECK(*l.action == LiaisonAction::comment);
  CHECK(l.deadline.to_string() == "2025-06-30");
  CHECK(l.field_sources.size() == 2);
  CHECK(l.field_sources.at("id") == "assigned: no number");

  REQUIRE(c.meetings.size() == 1);
  const Meeting& m = c.meetings[0];
  CHECK(m.time_zone == "Geneva");
  REQUIRE(m.sessions.size() == 2);
  CHECK(m.sessions[0].date.to_string() == "2025-09-04");
  CHECK(m.sessions[0].start == "13:00");
  CHECK(m.sessions[0].end == "17:00");
  CHECK(m.sessions[0].source.empty());
  CHECK(m.sessions[1].end == "24:00");
  CHECK(m.sessions[1].source == "003/annexB");
  REQUIRE(m.deadlines.size() == 2);
  CHECK(m.deadlines[0].date.to_string() == "2025-08-04");
  CHECK(m.deadlines[0].what == "pre-registration");
  CHECK(m.deadlines[1].source == "003/text");
  CHECK(m.field_sources.at("id") == "assigned: made up");
  REQUIRE(m.agenda.size() == 1);
  CHECK(m.agenda[0].condition == "if needed");
}

TEST_CASE("bad shapes of the new fields are errors at their place", "[facts]") {
  // Each case: the YAML, and the one "LINE:COL code" it must produce.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"yaml(
groups:
  - id: SG17
    kind: study-group
    sources: 001/text
)yaml",
       "5:14 not-a-mapping"},
      {R"yaml(
groups:
  - id: SG17
    kind: study-group
    sources: {nmae: "general-knowledge: x"}
)yaml",
       "5:15 unknown-key"},
      {R"yaml(
groups:
  - id: SG17
    kind: study-group
    sources:
      name: "common sense: x"
)yaml",
       "6:13 bad-source"},
      {R"yaml(
groups:
  - id: SG17
    kind: study-group
    source: "inferred: from the title"
)yaml",
       "5:13 bad-source"},
      {R"yaml(
liaisons:
  - {id: LS-1, from: SG17, action: acton, source: 002/text}
)yaml",
       "3:36 bad-value"},
      {R"yaml(
liaisons:
  - {id: LS-1, from: SG17, deadline: 2025-02-30, source: 002/text}
)yaml",
       "3:38 bad-date"},
      {R"yaml(
meetings:
  - id: M
    group: SG17
    start: 2025-09-04
    source: 003/text
    sessions:
      - {date: 2025-09-04, start: "1pm", end: "17:00"}
)yaml",
       "8:35 bad-value"},
      {R"yaml(
meetings:
  - id: M
    group: SG17
    start: 2025-09-04
    source: 003/text
    sessions:
      - {date: 2025-09-04, start: "17:00", end: "13:00"}
)yaml",
       "8:49 bad-value"},
      {R"yaml(
meetings:
  - id: M
    group: SG17
    start: 2025-09-04
    source: 003/text
    deadlines:
      - {date: 2025-08-04}
)yaml",
       "8:9 missing-field"},
      {R"yaml(
meetings:
  - id: M
    group: SG17
    start: 2025-09-04
    source: 003/text
    deadlines: {date: 2025-08-04, what: registration}
)yaml",
       "7:16 not-a-list"},
      {R"yaml(
meetings:
  - id: M
    group: SG17
    start: 2025-09-04
    source: 003/text
    agenda:
      - {item: X.a, action: determination, condition: [if, needed], source: 003/t/1}
)yaml",
       "8:55 not-a-scalar"},
  };
  for (const auto& [yaml, expected] : cases) {
    INFO(yaml);
    CHECK(load_errors(yaml) == std::vector<std::string>{expected});
  }
}

TEST_CASE("every group and liaison in data/ says where each fact comes from", "[facts][data]") {
  auto loaded = test::load_and_validate({test::data_dir() + "/records"});
  const Corpus& c = loaded.corpus;
  std::size_t non_seed = 0;
  // Either a seed reference naming one of the four seeds (000..003), or a documented kind.
  auto check_source = [&](const std::string& what, const std::string& source) {
    INFO(what << ": " << source);
    auto ref = parse_source(source);
    REQUIRE(ref.has_value());
    if (ref->kind == SourceKind::seed) {
      std::string seed = source.substr(0, source.find('/'));
      CHECK((seed == "000" || seed == "001" || seed == "002" || seed == "003"));
    } else {
      ++non_seed;
      CHECK_FALSE(ref->text.empty());
    }
  };
  REQUIRE(!c.groups.empty());
  REQUIRE(c.liaisons.size() >= 2);
  for (const Group& g : c.groups) {
    CHECK_FALSE(g.source.empty());
    check_source("group " + g.id, g.source);
    for (const auto& [field, source] : g.field_sources) check_source(g.id + "." + field, source);
  }
  for (const Liaison& l : c.liaisons) {
    CHECK_FALSE(l.source.empty());
    check_source("liaison " + l.id, l.source);
    for (const auto& [field, source] : l.field_sources) check_source(l.id + "." + field, source);
  }
  for (const Meeting& m : c.meetings) {
    check_source("meeting " + m.id, m.source);
    for (const auto& [field, source] : m.field_sources) check_source(m.id + "." + field, source);
    for (const auto& a : m.agenda) check_source("agenda of " + m.id, a.source);
    for (const auto& d : m.deadlines)
      if (!d.source.empty()) check_source("deadline of " + m.id, d.source);
  }
  for (const Document& d : c.documents) {
    if (!d.source.empty()) check_source(d.id, d.source);
    for (const auto& e : d.history) {
      check_source(d.id + " event", e.source);
      for (const auto& [field, source] : e.field_sources)
        check_source(d.id + " event ." + field, source);
    }
  }
  // The facts the seeds do not state are marked: the JCAs' parents, the made-up LS ids.
  CHECK(non_seed >= 20);
  const Group& jca = c.groups[c.find_group("JCA-QKDN")];
  CHECK(parse_source(jca.field_sources.at("parent"))->kind == SourceKind::general_knowledge);
  for (const Liaison& l : c.liaisons) {
    INFO(l.id);
    REQUIRE(l.field_sources.count("id") == 1);
    CHECK(parse_source(l.field_sources.at("id"))->kind != SourceKind::seed);
    CHECK(l.action.has_value());
  }
}

TEST_CASE("export --format json carries liaisons, meetings and field sources", "[facts][export]") {
  auto run = test::run_stdgraph({"export", "--format", "json"});
  REQUIRE(run.exit_code == 0);
  auto doc = nlohmann::json::parse(run.out);
  REQUIRE(doc.contains("liaisons"));
  REQUIRE(doc.contains("meetings"));
  bool action_seen = false;
  for (const auto& l : doc["liaisons"]) {
    CHECK(l.contains("source"));
    if (l.value("action", "") == "information") action_seen = true;
  }
  CHECK(action_seen);
  const nlohmann::json* wp4 = nullptr;
  for (const auto& m : doc["meetings"])
    if (m["id"] == "WP4/17-2025-09") wp4 = &m;
  REQUIRE(wp4 != nullptr);
  CHECK((*wp4)["deadlines"].size() == 2);
  CHECK((*wp4)["sessions"].size() == 2);
  bool conditional = false;
  for (const auto& a : (*wp4)["agenda"])
    if (a.value("condition", "") == "if needed") conditional = true;
  CHECK(conditional);
  bool group_sources = false;
  for (const auto& n : doc["nodes"])
    if (n["id"] == "group:JCA-ML") group_sources = n["field_sources"].contains("parent");
  CHECK(group_sources);

  // A selection keeps the liaisons and meetings about what it keeps: the meeting with
  // X.sr-dpts on its agenda, not the liaison about the digital twin items.
  auto narrow = test::run_stdgraph({"export", "--format", "json", "--select", "X.sr-dpts"});
  REQUIRE(narrow.exit_code == 0);
  auto part = nlohmann::json::parse(narrow.out);
  REQUIRE(part["meetings"].size() == 1);
  CHECK(part["meetings"][0]["id"] == "WP4/17-2025-09");
  for (const auto& l : part["liaisons"]) CHECK(l["id"] != "SG17-LS121");
}
