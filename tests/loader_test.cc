// The record schema: what loads, into which fields, and what the corpus makes of it.
#include <catch2/catch.hpp>
#include <regex>

#include "stdgraph/load/load.h"
#include "support.h"

using namespace stdgraph;
using stdgraph::test::load_text;

TEST_CASE("every example in data/README.md is valid record syntax", "[schema]") {
  std::string readme = test::read_file(test::data_dir() + "/README.md");
  std::regex block("```yaml\n([\\s\\S]*?)```");
  int blocks = 0;
  for (std::sregex_iterator it(readme.begin(), readme.end(), block), end; it != end; ++it) {
    ++blocks;
    Diagnostics diags;
    RecordSet set = load_native_text((*it)[1].str(), "README.md", diags);
    INFO((*it)[1].str());
    for (const auto& d : diags.items()) INFO(format_diagnostic(d));
    CHECK(diags.items().empty());
    CHECK(set.documents.size() + set.groups.size() + set.liaisons.size() + set.meetings.size() +
              set.events.size() + set.links.size() >
          0);
  }
  CHECK(blocks >= 5);
}

TEST_CASE("a document's fields load as written", "[schema]") {
  Diagnostics diags;
  Corpus c = load_text(R"(
documents:
  - id: X.1817
    aliases: [X.5Gsec-message]
    kind: recommendation
    title: {en: Security requirements for 5G message service, zh: 5G消息服务安全要求}
    scope: Specifies things.
    keywords: [5G, messaging]
    group: SG17
    question: Q2/17
    process: TAP
    history:
      - {date: 2023-09-08, status: approved, source: 001/annex1.a.tap/2, note: Approved}
      - {date: 2022, status: planned, source: 001/annex2.a/1, target: "2023"}
    relations:
      - {type: normative-reference, target: X.1148, source: 001/annex1.a.tap/2}
  - id: X.1148
    kind: recommendation
    referenced: true
    source: 001/annex1.a.tap/2
)",
                       diags);
  REQUIRE(diags.items().empty());
  REQUIRE(c.documents.size() == 2);
  const Document& d = c.documents[0];
  CHECK(d.id == "X.1817");
  CHECK(d.aliases == std::vector<std::string>{"X.5Gsec-message"});
  CHECK(d.title() == "Security requirements for 5G message service");
  CHECK(d.titles.at("zh") == "5G消息服务安全要求");
  CHECK(d.keywords.size() == 2);
  CHECK(d.group() == "SG17");
  CHECK(d.question() == "Q2/17");
  CHECK(d.process == Process::tap);
  REQUIRE(d.history.size() == 2);
  CHECK(d.history[0].date.to_string() == "2022");  // sorted, oldest first
  CHECK(d.history[0].target == "2023");
  CHECK(d.latest()->status == Status::approved);
  CHECK(d.pos.line == 3);
  CHECK(d.pos.column == 5);
  CHECK(c.relation_targets[0][0] == 1);
  CHECK(c.documents[1].referenced);
  CHECK(c.find_document("x.5gsec-message") == 0);
  CHECK(c.find_document("ITU-T X.1817") == 0);
  CHECK(c.find_document("X.1818") == npos);
}

TEST_CASE("events given apart and meeting agendas join the item's history", "[schema]") {
  Diagnostics diags;
  Corpus c = load_text(R"(
documents:
  - id: X.soar-cc
    kind: recommendation
    title: Security orchestration
    history: [{date: 2023-09-08, status: planned, source: 001/annex2.b/1}]
events:
  - {item: x.SOAR-CC, date: 2024, status: ongoing, source: 000/table1/1}
meetings:
  - id: WP4/17-2025-09
    group: WP4/17
    start: 2025-09-04
    source: 003/text
    agenda:
      - {item: X.soar-cc, action: determination, source: 003/agenda.determination/1}
)",
                       diags);
  REQUIRE(diags.items().empty());
  const auto& h = c.documents[0].history;
  REQUIRE(h.size() == 3);
  CHECK(h[1].status == Status::ongoing);
  CHECK(h[2].status == Status::on_agenda);
  CHECK(h[2].date.to_string() == "2025-09-04");
  CHECK(h[2].source == "003/agenda.determination/1");
  CHECK(h[2].note == "on the agenda of WP4/17-2025-09 for determination");
}

TEST_CASE("of two events on one day the more advanced is the status", "[schema]") {
  Diagnostics diags;
  Corpus c = load_text(R"(
documents:
  - id: X.1236
    kind: recommendation
    title: Targeted email attacks
    history:
      - {date: 2023-09-08, status: consented, source: 001/annex1.e/2}
      - {date: 2023-09-08, status: planned, source: 001/annex2.b/46}
)",
                       diags);
  REQUIRE(c.documents.size() == 1);
  CHECK(c.documents[0].latest()->status == Status::consented);
}

TEST_CASE("records with errors are left out, the rest are kept", "[schema]") {
  Diagnostics diags;
  Corpus c = load_text(R"(
documents:
  - {id: X.1, kind: recommendation, title: One, source: T/t/1}
  - {id: X.2, kind: recommendaton, title: Two, source: T/t/2}
  - {id: X.3, kind: recommendation, title: Three, source: T/t/3}
)",
                       diags);
  CHECK(diags.error_count() == 1);
  CHECK(c.documents.size() == 2);
  CHECK(c.find_document("X.2") == npos);
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].hint.find("did you mean `recommendation`?") == 0);
}

TEST_CASE("sources must be SEED/TABLE[/ROW]", "[schema]") {
  for (const char* bad : {"001", "001/", "/annex1", "001/annex1/x", "001//3"}) {
    Diagnostics diags;
    load_text(std::string("documents:\n  - {id: X.1, kind: recommendation, title: T, source: \"") +
                  bad + "\"}\n",
              diags);
    INFO(bad);
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].code == "bad-source");
  }
  for (const char* good : {"001/annex1.a.tap/2", "000/text", "SG17-R12/annex2.b/14"}) {
    Diagnostics diags;
    load_text(std::string("documents:\n  - {id: X.1, kind: recommendation, title: T, source: \"") +
                  good + "\"}\n",
              diags);
    INFO(good);
    CHECK(diags.items().empty());
  }
}
