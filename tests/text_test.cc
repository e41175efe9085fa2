// The text pipeline: normalisation, stems, stop words, acronyms, CJK, hostile input.
#include <algorithm>

#include <catch2/catch.hpp>

#include "stdgraph/load/glossary.h"
#include "stdgraph/text/text.h"

using namespace stdgraph;

namespace {

std::vector<std::string> keys(const Analyzer& a, std::string_view text) {
  return a.phrase(text);
}

Glossary sample_glossary() {
  Diagnostics diags;
  Glossary g = parse_glossary(R"(
- short: DLT
  long: [distributed ledger technology]
- short: QKDN
  long: [quantum key distribution network]
- short: IMT-2020
  long: [5G]
- short: IT
  long: [information technology]
)",
                              "glossary.yaml", diags);
  REQUIRE(diags.items().empty());
  return g;
}

bool contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

TEST_CASE("words are folded, stemmed and stop words dropped") {
  Analyzer a;
  CHECK(keys(a, "Security Requirements for the Networks") ==
        std::vector<std::string>{"secur", "requir", "network"});
  CHECK(keys(a, "network") == keys(a, "NETWORKS"));
  // Field stock words say nothing about a subject.
  CHECK(keys(a, "Supplement to ITU-T X.1148 Recommendation series") ==
        std::vector<std::string>{"1148"});
}

TEST_CASE("Unicode is normalised: full-width letters, accents, ligatures") {
  Analyzer a;
  CHECK(keys(a, "ＤＬＴ ｇａｔｅｗａｙ") == keys(a, "dlt gateway"));
  CHECK(keys(a, "Sécurité") == keys(a, "securite"));
  CHECK(keys(a, "e\xef\xac\x81le") == keys(a, "efile"));  // the "fi" ligature
}

TEST_CASE("acronyms and their expansions share a concept and words") {
  Analyzer a(sample_glossary());
  auto short_form = keys(a, "Security requirements for DLT gateway");
  auto long_form = keys(a, "Security requirements for distributed ledger technologies gateway");
  CHECK(contains(short_form, "=dlt"));
  CHECK(contains(long_form, "=dlt"));
  CHECK(contains(short_form, "ledger"));
  CHECK_FALSE(contains(short_form, "dlt"));
  CHECK(short_form == long_form);
  // A multi-word short form, and an expansion that is itself short.
  CHECK(contains(keys(a, "IMT-2020 network slicing"), "=imt-2020"));
  CHECK(contains(keys(a, "5G network slicing"), "=imt-2020"));
  // The longest form wins: QKDN, not QKD + network.
  CHECK(keys(a, "QKDN")[0] == "=qkdn");
  CHECK(keys(a, "quantum key distribution networks")[0] == "=qkdn");
}

TEST_CASE("an acronym's plural is the acronym: QKDNs, DLTs") {
  Analyzer a(sample_glossary());
  CHECK(keys(a, "Interworking of QKDNs") == keys(a, "Interworking of QKDN"));
  CHECK(keys(a, "QKDNs")[0] == "=qkdn");
  CHECK(contains(keys(a, "Security of DLTs"), "=dlt"));
  // Not a plural of an acronym: one capital, a capital s, or an acronym that is a word.
  CHECK_FALSE(contains(keys(a, "Dlts"), "=dlt"));
  CHECK_FALSE(contains(keys(a, "DLTS"), "=dlt"));
  CHECK_FALSE(contains(keys(a, "ITs of the time"), "=it"));
}

TEST_CASE("an acronym that is also an English word matches only as written") {
  Analyzer a(sample_glossary());
  CHECK(contains(keys(a, "Security of IT systems"), "=it"));
  CHECK_FALSE(contains(keys(a, "how it works"), "=it"));
}

TEST_CASE("CJK runs become character pairs, mixed text splits at the script change") {
  Analyzer a;
  auto k = keys(a, "数字孪生安全");  // digital twin security
  CHECK(k == std::vector<std::string>{"数字", "字孪", "孪生", "生安", "安全"});
  CHECK(keys(a, "安") == std::vector<std::string>{"安"});
  auto mixed = keys(a, "DLT数字");
  CHECK(mixed == std::vector<std::string>{"dlt", "数字"});
}

TEST_CASE("empty and hostile text yields terms without throwing") {
  Analyzer a(sample_glossary());
  CHECK(keys(a, "").empty());
  CHECK(keys(a, "   ,;-- ").empty());
  CHECK(keys(a, "<script>alert(\"x\")</script>") ==
        std::vector<std::string>{"script", "alert", "script"});
  std::string invalid =
      "abc\xff\xfe"
      "def\xc3";
  CHECK(keys(a, invalid) == std::vector<std::string>{"abc", "def"});
  std::string with_nul("key\0word", 8);
  CHECK(keys(a, with_nul) == std::vector<std::string>{"key", "word"});
  std::string long_title(1 << 20, 'a');
  CHECK(keys(a, long_title).size() == 1);
}

TEST_CASE("a copied analyzer works on its own") {
  Analyzer a(sample_glossary());
  Analyzer b(a);
  CHECK(keys(a, "DLT ledgers") == keys(b, "DLT ledgers"));
}

TEST_CASE("a glossary is held to the bounds of every record file") {
  Diagnostics aliases;
  parse_glossary("- &a {short: DLT, long: [x]}\n- *a\n", "g.yaml", aliases);
  REQUIRE(aliases.items().size() == 1);
  CHECK(aliases.items()[0].pos.line == 2);
  CHECK(aliases.items()[0].pos.file == "g.yaml");
  Diagnostics deep;
  parse_glossary(std::string(1000, '[') + std::string(1000, ']'), "g.yaml", deep);
  REQUIRE(deep.items().size() == 1);
  CHECK(deep.items()[0].code == "too-deep");
  Diagnostics syntax;
  parse_glossary("- short: \"\\\xE8\xAE\xBE\"\n", "g.yaml", syntax);
  REQUIRE(syntax.items().size() == 1);
  CHECK(syntax.items()[0].message == "YAML syntax error: unknown escape character: \\xE8");
}

TEST_CASE("glossary errors name the place") {
  Diagnostics diags;
  parse_glossary("- short: DLT\n  lung: [x]\n- long: [y]\n", "g.yaml", diags);
  REQUIRE(diags.items().size() == 2);
  CHECK(format_diagnostic(diags.items()[0]).rfind("g.yaml:2:3: error: unknown key `lung`", 0) == 0);
  CHECK(format_diagnostic(diags.items()[1]).rfind("g.yaml:3:3: error: a glossary entry needs", 0) ==
        0);
}
