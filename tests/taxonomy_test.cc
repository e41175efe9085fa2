// Taxonomies: loading (keys, nesting, aspects from the folder), every error at its file:line:col,
// and the phrase rule that puts items under topics and aspects.
#include <fmt/format.h>
#include <catch2/catch.hpp>
#include <filesystem>
#include <set>
#include <sstream>

#include "stdgraph/analysis/taxonomy.h"
#include "stdgraph/load/glossary.h"
#include "stdgraph/load/taxonomy.h"
#include "support.h"

using namespace stdgraph;

namespace {

const std::string kFixtures = "tests/fixtures/taxonomy/";

Analyzer fixture_analyzer() {
  Diagnostics diags;
  Glossary g = load_glossary(test::source_path("tests/fixtures/gaps/glossary.yaml"), diags);
  REQUIRE(diags.items().empty());
  return Analyzer(std::move(g));
}

// "# expect: LINE:COL: error: MESSAGE" and optional "# hint: HINT" lines of a fixture.
struct Expected {
  std::string diagnostic;
  std::string hint;
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

TaxonomyPhrase phrase(const Analyzer& a, std::string text) {
  return {text, a.phrase(text), {}};
}

Document doc(std::string title, std::string scope = {}, std::vector<std::string> keywords = {}) {
  Document d;
  d.id = "X.test";
  d.titles["en"] = std::move(title);
  d.scope = std::move(scope);
  d.keywords = std::move(keywords);
  return d;
}

}  // namespace

TEST_CASE("a taxonomy loads with nested topics, members and the folder's aspects", "[taxonomy]") {
  Analyzer a = fixture_analyzer();
  Diagnostics diags;
  Taxonomy t =
      test::prepared(load_taxonomy(test::source_path(kFixtures + "good.yaml"), diags), a, diags);
  for (const auto& d : diags.items()) INFO(format_diagnostic(d));
  REQUIRE(diags.items().empty());
  CHECK(t.name == "Digital twins");
  CHECK(t.source == "tests/fixtures/taxonomy");
  CHECK(t.aspects_file == test::source_path(kFixtures + "aspects.yaml"));
  REQUIRE(t.aspects.size() == 2);
  CHECK(t.aspects[1].name == "security");
  CHECK(t.aspects[1].cues[1].text == "threat");
  CHECK(t.aspects[1].cues[1].pos.line == 6);

  REQUIRE(t.topics.size() == 2);
  const Topic& dt = t.topics[0];
  CHECK(dt.terms.size() == 2);
  REQUIRE(dt.topics.size() == 2);
  CHECK(dt.topics[0].members == std::vector<std::string>{"X.dtn-old"});
  CHECK(dt.topics[0].member_pos[0].line == 11);
  CHECK(dt.topics[1].terms.empty());  // only groups its sub-topic
  REQUIRE(dt.topics[1].topics.size() == 1);
  CHECK(dt.topics[1].topics[0].terms[0].text == "digital twin federation");  // a scalar

  auto flat = flatten(t);
  REQUIRE(flat.size() == 5);
  CHECK(flat[2].path == "Digital twin > Grouping only");
  CHECK(flat[3].path == "Digital twin > Grouping only > Federation");
  CHECK(flat[3].depth == 2);
  CHECK(flat[3].parent == &dt.topics[1]);
  CHECK(flat[4].parent == nullptr);
}

TEST_CASE("a taxonomy's own aspects replace aspects.yaml", "[taxonomy]") {
  Analyzer a = fixture_analyzer();
  Diagnostics diags;
  Taxonomy t = test::prepared(
      load_taxonomy(test::source_path(kFixtures + "own-aspects.yaml"), diags), a, diags);
  REQUIRE(diags.items().empty());
  REQUIRE(t.aspects.size() == 1);
  CHECK(t.aspects[0].name == "avatars");
  CHECK(t.aspects_file == t.file);
}

TEST_CASE("a taxonomy without aspects and no aspects.yaml beside it is an error", "[taxonomy]") {
  Analyzer a = fixture_analyzer();
  Diagnostics diags;
  std::string path = test::source_path(kFixtures + "no-aspects/lonely.yaml");
  Taxonomy t = test::prepared(load_taxonomy(path, diags), a, diags);
  REQUIRE(diags.error_count() == 1);
  const Diagnostic& d = diags.items()[0];
  CHECK(d.pos.file == path);
  CHECK(d.pos.line == 1);
  CHECK(d.message.find("has no `aspects:` and there is no") != std::string::npos);
  CHECK(d.hint.find("aspects.yaml") != std::string::npos);
}

TEST_CASE("errors in an aspects file name that file", "[taxonomy]") {
  Analyzer a = fixture_analyzer();
  Diagnostics diags;
  auto aspects = parse_aspects("aspects:\n  - name: security\n    cues: [security]\n    cue: x\n",
                               "my-aspects.yaml", diags);
  REQUIRE(diags.error_count() == 1);
  CHECK(format_diagnostic(diags.items()[0]) ==
        "my-aspects.yaml:4:5: error: unknown key `cue` in aspect\n  hint: did you mean `cues`?");
  CHECK(aspects.size() == 1);
  Diagnostics none;
  parse_aspects("- security\n", "list.yaml", none);
  REQUIRE(none.error_count() == 1);
  CHECK(none.items()[0].message == "an aspects file must be a mapping with `aspects:`");
}

TEST_CASE("every taxonomy error is reported at its file:line:col", "[taxonomy]") {
  Analyzer a = fixture_analyzer();
  auto loaded = test::load_and_validate({test::source_path("tests/fixtures/gaps/records.yaml")});
  REQUIRE(loaded.diagnostics.error_count() == 0);
  std::set<std::string> codes;
  int fixtures = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(test::source_path(kFixtures + "bad"))) {
    if (entry.path().filename() == "aspects.yaml") continue;
    ++fixtures;
    std::string path = entry.path().string();
    auto expected = expectations(test::read_file(path));
    Diagnostics diags;
    Taxonomy t = test::prepared(load_taxonomy(path, diags), a, diags);
    resolve_members(t, loaded.corpus, diags);
    diags.sort();
    const auto& actual = diags.items();
    std::string all;
    for (const auto& d : actual) all += format_diagnostic(d) + "\n";
    INFO(path);
    INFO(all);
    REQUIRE(!expected.empty());
    REQUIRE(actual.size() == expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
      CHECK(actual[i].pos.file == path);
      CHECK(fmt::format("{}:{}: error: {}", actual[i].pos.line, actual[i].pos.column,
                        actual[i].message) == expected[i].diagnostic);
      CHECK(actual[i].severity == Severity::error);
      if (!expected[i].hint.empty()) CHECK(actual[i].hint == expected[i].hint);
      codes.insert(actual[i].code);
    }
  }
  CHECK(fixtures >= 8);
  for (const char* code : {"yaml-syntax", "unknown-key", "missing-field", "not-a-list",
                           "not-a-mapping", "empty-phrase", "duplicate-name", "unknown-item"}) {
    INFO(code);
    CHECK(codes.count(code) == 1);
  }
}

TEST_CASE("an acronym and its expansion give the same keys, the concept first", "[taxonomy]") {
  Analyzer a = fixture_analyzer();
  auto short_form = a.phrase("DTN");
  CHECK(short_form == a.phrase("digital twin network"));
  CHECK(short_form == a.phrase("digital twin networks"));
  REQUIRE(short_form.size() == 4);
  CHECK(short_form[0] == "=dtn");
  // The longer expansion wins: "digital twin network" is DTN, not DT + "network".
  CHECK(a.phrase("digital twin")[0] == "=dt");
}

TEST_CASE("a phrase matches as a run of words, across acronyms and stop words", "[taxonomy]") {
  Analyzer a = fixture_analyzer();
  ItemText item = analyse_item(doc("Security guidelines for digital twin network"), a);
  CHECK(find_phrase(item, phrase(a, "DTN")) == TextField::title);
  CHECK(find_phrase(item, phrase(a, "digital twin network")) == TextField::title);
  // "digital twin" (concept DT) is found inside "digital twin network" (concept DTN).
  CHECK(find_phrase(item, phrase(a, "digital twin")) == TextField::title);
  CHECK(find_phrase(item, phrase(a, "DT")) == TextField::title);
  CHECK(find_phrase(item, phrase(a, "digital twin of network")) == TextField::title);
  CHECK(find_phrase(item, phrase(a, "security guideline")) == TextField::title);
  // Words must be consecutive and in order.
  CHECK_FALSE(find_phrase(item, phrase(a, "network twin")));
  CHECK_FALSE(find_phrase(item, phrase(a, "security network")));
  CHECK_FALSE(find_phrase(item, phrase(a, "digital twin federation")));

  ItemText acronym = analyse_item(doc("Security of DTN platforms"), a);
  CHECK(find_phrase(acronym, phrase(a, "digital twin network")) == TextField::title);
  CHECK(find_phrase(acronym, phrase(a, "digital twin")) == TextField::title);
  // The acronym reads as its expansion: "DTN platforms" is "digital twin network platforms".
  CHECK(find_phrase(acronym, phrase(a, "network platform")) == TextField::title);
}

TEST_CASE("a phrase is looked for in title, scope and each keyword apart", "[taxonomy]") {
  Analyzer a = fixture_analyzer();
  ItemText item =
      analyse_item(doc("Guidelines for cities", "Describes threats to digital twin federation.",
                       {"metaverse", "avatar"}),
                   a);
  CHECK(find_phrase(item, phrase(a, "threat")) == TextField::scope);
  CHECK(find_phrase(item, phrase(a, "digital twin federation")) == TextField::scope);
  CHECK(find_phrase(item, phrase(a, "metaverse")) == TextField::keywords);
  CHECK_FALSE(find_phrase(item, phrase(a, "metaverse avatar")));  // two keywords, not one run
  CHECK_FALSE(find_phrase(item, phrase(a, "cities describes")));  // title and scope apart
}

TEST_CASE("taxonomy names find shipped files, members resolve by any name", "[taxonomy]") {
  auto folder = test::source_path("tests/fixtures/gaps/taxonomies");
  CHECK(find_taxonomy("twins", folder) == std::filesystem::path(folder) / "twins.yaml");
  CHECK(find_taxonomy("twins.yaml", folder) == std::filesystem::path(folder) / "twins.yaml");
  CHECK(find_taxonomy("nothing", folder).empty());
  auto files = taxonomy_files(folder);
  REQUIRE(files.size() == 1);  // aspects.yaml is not a taxonomy
  CHECK(files[0].filename() == "twins.yaml");

  Analyzer a = fixture_analyzer();
  auto loaded = test::load_and_validate({test::source_path("tests/fixtures/gaps/records.yaml")});
  Diagnostics diags;
  Taxonomy t = test::prepared(
      parse_taxonomy(
          "taxonomy: T\nsource: s\ntopics:\n  - name: A\n    members: [x.sup-avatar, Y.avatar]\n",
          "t.yaml", diags),
      a, diags);
  resolve_members(t, loaded.corpus, diags);
  REQUIRE(diags.items().empty());
  REQUIRE(t.topics[0].member_items.size() == 2);
  CHECK(loaded.corpus.documents[t.topics[0].member_items[0]].id == "X.Suppl.99");
}

TEST_CASE("every shipped taxonomy loads without errors and its members resolve", "[taxonomy]") {
  auto folder = test::data_dir() + "/taxonomies";
  auto files = taxonomy_files(folder);
  REQUIRE(files.size() >= 6);
  Diagnostics gd;
  Analyzer a(builtin_glossary(test::data_dir(), gd));
  auto loaded = test::load_and_validate({test::data_dir()});
  for (const auto& f : files) {
    INFO(f.string());
    Diagnostics diags;
    Taxonomy t = test::prepared(load_taxonomy(f, diags), a, diags);
    resolve_members(t, loaded.corpus, diags);
    for (const auto& d : diags.items()) INFO(format_diagnostic(d));
    CHECK(diags.items().empty());
    CHECK(!t.topics.empty());
    CHECK(t.aspects.size() >= 8);
  }
}
