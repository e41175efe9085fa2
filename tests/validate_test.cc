// Each validate check against a fixture of bad input in tests/fixtures/bad/. A fixture
// ends with the diagnostics it must produce, exactly: "# expect: LINE:COL: SEVERITY:
// MESSAGE", and optionally "# hint: HINT" for the one before it.
#include <fmt/format.h>
#include <catch2/catch.hpp>
#include <filesystem>
#include <set>
#include <sstream>

#include "stdgraph/analysis/validate.h"
#include "support.h"

using namespace stdgraph;

namespace {

struct Expected {
  std::string diagnostic;
  std::string hint;  // empty: not checked
};

std::vector<Expected> expectations(const std::string& text) {
  std::vector<Expected> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("# expect: ", 0) == 0) out.push_back({line.substr(10), ""});
    if (line.rfind("# hint: ", 0) == 0 && !out.empty()) out.back().hint = line.substr(8);
  }
  return out;
}

std::string short_form(const Diagnostic& d) {
  return fmt::format("{}:{}: {}: {}", d.pos.line, d.pos.column,
                     d.severity == Severity::error ? "error" : "warning", d.message);
}

}  // namespace

TEST_CASE("every validate check reports its fixture exactly", "[validate]") {
  std::set<std::string> codes;
  int fixtures = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(test::source_path("tests/fixtures/bad"))) {
    if (entry.path().extension() != ".yaml") continue;
    ++fixtures;
    std::string path = entry.path().string();
    auto expected = expectations(test::read_file(path));
    auto loaded = test::load_and_validate({path});
    const auto& actual = loaded.diagnostics.items();
    INFO(path);
    REQUIRE(!expected.empty());
    REQUIRE(actual.size() == expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
      CHECK(actual[i].pos.file == path);
      CHECK(short_form(actual[i]) == expected[i].diagnostic);
      if (!expected[i].hint.empty()) CHECK(actual[i].hint == expected[i].hint);
      CHECK_FALSE(actual[i].hint.empty());
      codes.insert(actual[i].code);
    }
  }
  CHECK(fixtures >= 19);
  // Every check the issue asks for has a fixture.
  for (const char* code : {"yaml-syntax",
                           "unknown-key",
                           "missing-field",
                           "bad-date",
                           "bad-value",
                           "duplicate-identity",
                           "unknown-target",
                           "cycle",
                           "status-backwards",
                           "same-title",
                           "two-tracks",
                           "unknown-group",
                           "unknown-item",
                           "question-outside-group",
                           "status-conflict",
                           "not-a-list",
                           "bad-source",
                           "deadline-after-start",
                           "session-outside-meeting",
                           "deadline-before-liaison",
                           "deadline-without-action"}) {
    INFO(code);
    CHECK(codes.count(code) == 1);
  }
}

TEST_CASE("a move between tracks is no inconsistency", "[validate]") {
  Diagnostics diags;
  auto loaded = test::load_and_validate({test::source_path("tests/fixtures/bad/two-tracks.yaml")});
  REQUIRE(loaded.diagnostics.items().size() == 1);
  Corpus c = test::load_text(R"(
documents:
  - id: Y.energy-data
    kind: recommendation
    title: Energy data
    history:
      - {date: 2023-03-01, status: planned, process: AAP, source: T/b/78}
      - {date: 2023-09-08, status: moved, process: TAP, source: T/b/78}
      - {date: 2023-09-22, status: determined, process: TAP, source: T/c/7}
)",
                             diags);
  Graph g(c);
  CHECK(validate(c, g).empty());
}

TEST_CASE("not approved, then back to work, is the process", "[validate]") {
  Diagnostics diags;
  Corpus c = test::load_text(R"(
documents:
  - id: X.1353
    kind: recommendation
    title: Risk things
    history:
      - {date: 2023-03-03, status: determined, source: T/d/1}
      - {date: 2023-09-08, status: not-approved, source: T/d/1}
      - {date: 2024-01-10, status: ongoing, source: T/x/1}
)",
                             diags);
  Graph g(c);
  CHECK(validate(c, g).empty());
}

TEST_CASE("titles differing by a short name are different items", "[validate]") {
  Diagnostics diags;
  Corpus c = test::load_text(R"(
documents:
  - {id: Q.4161, kind: recommendation, title: Protocols for Ak interface for quantum key distribution network, source: T/a/1}
  - {id: Q.4164, kind: recommendation, title: Protocols for Ck interface for quantum key distribution network, source: T/a/2}
  - {id: X.a, kind: recommendation, title: Security requirements for Internet of things devices and gateways, source: T/a/3}
  - {id: X.b, kind: supplement, title: Security requirements for Internet of things devices and gateway, source: T/a/4}
  - {id: X.c, kind: recommendation, title: Guidelines for secuirty of distributed ledgers, source: T/a/5}
  - {id: X.d, kind: recommendation, title: Guidelines for security of distributed ledgers, source: T/a/6}
)",
                             diags);
  Graph g(c);
  auto found = validate(c, g);
  REQUIRE(found.size() == 2);
  std::set<std::string> pairs;
  for (const auto& d : found) pairs.insert(d.message.substr(0, d.message.find(" (")));
  CHECK(pairs == std::set<std::string>{"X.b has almost the same title as X.a",
                                       "X.d has almost the same title as X.c"});
}

TEST_CASE("items tied by a relation may share a title", "[validate]") {
  Diagnostics diags;
  Corpus c = test::load_text(R"(
documents:
  - {id: X.1051, kind: recommendation, title: Information security management for telecommunications, source: T/a/1}
  - id: X.1051rev
    kind: recommendation
    title: Information security management for telecommunications
    source: T/a/2
    relations: [{type: revises, target: X.1051}]
)",
                             diags);
  Graph g(c);
  CHECK(validate(c, g).empty());
}
