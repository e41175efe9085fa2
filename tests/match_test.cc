// check and overlaps: scores, explanations, ties, and real pairs from the seeds.
#include <algorithm>

#include <sstream>

#include <fmt/format.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "stdgraph/analysis/match.h"
#include "stdgraph/load/glossary.h"
#include "stdgraph/render/match.h"
#include "support.h"

using namespace stdgraph;

namespace {

struct Seeds {
  test::Loaded loaded = test::load_and_validate({test::data_dir()});
  Diagnostics glossary_diags;
  Analyzer analyzer{builtin_glossary(test::data_dir(), glossary_diags)};
  MatchIndex index{loaded.corpus, analyzer};
  std::size_t find(std::string_view name) const {
    std::size_t d = loaded.corpus.find_document(name);
    REQUIRE(d != npos);
    return d;
  }
  std::vector<std::string> top_ids(const Query& q, std::size_t top) const {
    std::vector<std::string> ids;
    for (const Match& m : index.check(q, CheckOptions{.top = top}))
      ids.push_back(loaded.corpus.documents[m.document].id);
    return ids;
  }
};

const Seeds& seeds() {
  static const Seeds s;
  return s;
}

bool has(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

Corpus fixture(const std::string& yaml) {
  Diagnostics diags;
  Corpus c = test::load_text(yaml, diags);
  REQUIRE(diags.error_count() == 0);
  return c;
}

}  // namespace

TEST_CASE("check finds the digital-twin security work SG17 told FG-MV about") {
  const Seeds& s = seeds();
  Query q;
  q.title = "Security guidelines for digital twin network";
  auto ids = s.top_ids(q, 5);
  CHECK(ids.front() == "X.sg-dtn");
  CHECK(has(ids, "X.smdtf"));
  CHECK(has(ids, "X.smdtsc"));
}

TEST_CASE("check explains a match by its shared terms, acronyms included") {
  const Seeds& s = seeds();
  Query q;
  q.title = "Security requirements for DLT gateways";
  auto matches = s.index.check(q, CheckOptions{.top = 3});
  REQUIRE_FALSE(matches.empty());
  const Match& best = matches.front();
  CHECK(s.loaded.corpus.documents[best.document].id == "X.DLT-dgi");
  std::vector<std::string> terms;
  for (const SharedTerm& t : best.why.terms) terms.push_back(t.surface);
  CHECK(has(terms, "DLT (distributed ledger technology)"));
  CHECK(has(terms, "gateways"));  // as the query wrote it
  // The parts add up to the score.
  MatchWeights w;
  double expect = 1 - (1 - best.why.text) * (1 - w.name * best.why.name) *
                          (1 - w.references * best.why.references) *
                          (1 - w.question * best.why.question);
  CHECK(best.score == Approx(expect));
}

TEST_CASE("real seed pairs are found across groups: QKDN interworking and its security") {
  const Seeds& s = seeds();
  auto like = [&](std::string_view name) { return s.top_ids(s.index.query_for(s.find(name)), 5); };
  CHECK(has(like("X.sec_QKDNi"), "Q.QKDNi-profr"));  // SG17 security of SG11's protocol work
  CHECK(has(like("X.sg-dcs"), "F.751.10"));          // DLT digital collection services
  CHECK(has(like("X.1150"), "X.saf-dsf"));           // one item under two names
}

TEST_CASE("a query never returns its own item, and --group keeps one group") {
  const Seeds& s = seeds();
  std::size_t self = s.find("X.sg-dtn");
  Query q = s.index.query_for(self);
  for (const Match& m : s.index.check(q, CheckOptions{.top = 50})) CHECK(m.document != self);
  for (const Match& m : s.index.check(q, CheckOptions{.top = 50, .group = "SG20"}))
    CHECK(s.loaded.corpus.documents[m.document].group() == "SG20");
}

TEST_CASE("overlaps flags the same item listed twice and security counterparts") {
  const Seeds& s = seeds();
  OverlapResult r = s.index.overlaps(OverlapOptions{});
  auto pair = [&](std::string_view a, std::string_view b) -> const OverlapPair* {
    std::size_t x = s.find(a), y = s.find(b);
    for (const OverlapPair& p : r.pairs)
      if ((p.a == x && p.b == y) || (p.a == y && p.b == x)) return &p;
    return nullptr;
  };
  const OverlapPair* dup = pair("X.1150", "X.saf-dsf");
  REQUIRE(dup);
  CHECK(dup->duplicate);
  CHECK_FALSE(dup->counterpart);
  const OverlapPair* qkdn = pair("Q.QKDNi-profr", "X.sec_QKDNi");
  REQUIRE(qkdn);
  CHECK(qkdn->counterpart);
  CHECK_FALSE(qkdn->same_group);
  CHECK_FALSE(qkdn->duplicate);
  // Most similar first among the new pairs; pairs are (a < b) and unique.
  for (std::size_t i = 1; i < r.pairs.size(); ++i)
    if (!r.pairs[i].tie && !r.pairs[i - 1].tie) CHECK(r.pairs[i - 1].score >= r.pairs[i].score);
  for (const OverlapPair& p : r.pairs) CHECK(p.a < p.b);
  // Clusters are complete: every two members form a listed pair.
  for (const auto& c : r.clusters)
    for (std::size_t i = 0; i < c.size(); ++i)
      for (std::size_t j = i + 1; j < c.size(); ++j) {
        bool found = false;
        for (const OverlapPair& p : r.pairs) found |= p.a == c[i] && p.b == c[j];
        CHECK(found);
      }
}

TEST_CASE("pairs already related are labelled, not news") {
  Corpus c = fixture(R"(
documents:
  - id: X.1
    title: Security framework for quantum key distribution networks
    kind: recommendation
    source: T/m/1
  - id: X.1 Amd. 1
    title: Corrections and clarifications
    kind: recommendation
    source: T/m/2
    relations: [{type: amends, target: X.1}]
  - id: X.2
    title: Security framework for quantum key distribution networks in the access
    kind: recommendation
    source: T/m/3
)");
  Analyzer a;
  MatchIndex index(c, a);
  // The amendment's title says nothing; it is matched through what it amends.
  Match m = index.compare(c.find_document("X.1 Amd. 1"), c.find_document("X.2"));
  CHECK(m.why.text > 0.2);
  REQUIRE(m.why.context.size() == 1);
  CHECK(c.documents[m.why.context[0]].id == "X.1");
  OverlapResult r = index.overlaps(OverlapOptions{0.2});
  std::size_t tied = 0;
  for (const OverlapPair& p : r.pairs)
    if (p.tie) {
      ++tied;
      CHECK(p.tie->type == RelationType::amends);
      CHECK_FALSE(p.duplicate);
    }
  CHECK(tied == 1);
  CHECK(r.tied == 1);
  // Tied pairs come after the new ones.
  CHECK_FALSE(r.pairs.front().tie);
}

TEST_CASE("name trigrams match provisional names that share a stem") {
  Corpus c = fixture(R"(
documents:
  - id: X.sec_QKDNi
    title: Alpha
    kind: recommendation
    source: T/m/4
  - id: Q.QKDNi-profr
    title: Beta
    kind: recommendation
    source: T/m/5
  - id: X.1051
    title: Gamma
    kind: recommendation
    source: T/m/6
)");
  Analyzer a;
  MatchIndex index(c, a);
  Match m = index.compare(0, 1);
  CHECK(m.why.text == 0);
  CHECK(m.why.name > 0.3);
  CHECK(m.why.name_a == "X.sec_QKDNi");
  CHECK(index.compare(0, 2).why.name == 0);  // a number is no provisional name
}

TEST_CASE("hostile titles come out as data in JSON and CSV") {
  Corpus c = fixture(R"(
documents:
  - id: X.evil
    title: "<script>alert('x')</script> \"quoted\", =cmd|' /C calc'!A0 digraph { a -> b }"
    kind: recommendation
    source: T/m/7
  - id: X.evil2
    title: "<script>alert('x')</script> \"quoted\", =cmd|' /C calc'!A0 digraph { a -> b }"
    kind: recommendation
    source: T/m/8
)");
  Analyzer a;
  MatchIndex index(c, a);
  OverlapReport report;
  report.options.min_score = 0.1;
  report.result = index.overlaps(report.options);
  REQUIRE(report.result.pairs.size() == 1);
  std::ostringstream json_out;
  write_json(json_out, c, report);
  auto j = nlohmann::json::parse(json_out.str());
  CHECK(j["pairs"][0]["a"]["title"] == c.documents[0].title());
  std::ostringstream csv;
  write_csv(csv, c, report);
  std::string text = csv.str();
  // The title field is quoted, its quotes doubled; nothing splits the record.
  CHECK(text.find("\"<script>alert('x')</script> \"\"quoted\"\", =cmd") != std::string::npos);
  CHECK(std::count(text.begin(), text.end(), '\n') == 2);
}

TEST_CASE("check on the command line: JSON shape and the --fail-above exit code") {
  auto r = test::run_stdgraph({"check", "--title", "Security guidelines for digital twin network",
                               "--format", "json", "--top", "3"});
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["compared"].get<int>() > 200);
  REQUIRE(j["matches"].size() == 3);
  CHECK(j["matches"][0]["id"] == "X.sg-dtn");
  CHECK(j["matches"][0]["why"]["terms"].size() > 0);
  CHECK(j["matches"][0]["score"].get<double>() > 0.5);

  auto gate = test::run_stdgraph(
      {"check", "--title", "Security guidelines for digital twin network", "--fail-above", "0.6"});
  CHECK(gate.exit_code == 4);
  CHECK(gate.err.find("X.sg-dtn scores") != std::string::npos);
  auto pass = test::run_stdgraph(
      {"check", "--title", "Carrier pigeon timetable harmonisation", "--fail-above", "0.6"});
  CHECK(pass.exit_code == 0);
  auto usage = test::run_stdgraph({"check"});
  CHECK(usage.exit_code == 2);
  auto like = test::run_stdgraph({"check", "--like", "X.sg-dtm"});
  CHECK(like.exit_code == 2);
  CHECK(like.err.find("did you mean") != std::string::npos);
}

TEST_CASE("check --file takes a proposal in the native schema") {
  std::string path = test::source_path("tests/fixtures/match/proposal.yaml");
  auto r = test::run_stdgraph({"check", "--file", path, "--format", "json", "--top", "5"});
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["query"]["title"] ==
        "Security requirements for quantum key distribution network interworking");
  CHECK(j["matches"][0]["id"] == "X.sec_QKDNi");
  // Its relation to Y.3818 counts as a shared reference with items resting on it too.
}

TEST_CASE("overlaps on the command line: text, JSON and CSV agree on the count") {
  auto text = test::run_stdgraph({"overlaps", "--min-score", "0.6"});
  auto json = test::run_stdgraph({"overlaps", "--min-score", "0.6", "--format", "json"});
  auto csv = test::run_stdgraph({"overlaps", "--min-score", "0.6", "--format", "csv"});
  REQUIRE(text.exit_code == 0);
  REQUIRE(json.exit_code == 0);
  REQUIRE(csv.exit_code == 0);
  auto j = nlohmann::json::parse(json.out);
  std::size_t pairs = j["pairs"].size();
  CHECK(pairs > 5);
  CHECK(static_cast<std::size_t>(std::count(csv.out.begin(), csv.out.end(), '\n')) == pairs + 1);
  CHECK(text.out.find(fmt::format("{} new pair", j["pairs_new"].get<std::size_t>())) !=
        std::string::npos);
}

TEST_CASE("a catalogue's series-wide complementOf lends no words, a supplement's own base does") {
  // As in the ITU-T catalogue: every Recommendation of a series names each series
  // Supplement in complementOf. Five of them name X Suppl. 9; only X.20 names X Suppl. 8.
  std::string yaml = "documents:\n";
  for (int i = 1; i <= 5; ++i)
    yaml += fmt::format(
        "  - {{id: X.{}, title: Framework {} of ledger network, kind: recommendation, "
        "source: T/m/{}, relations: [{{type: complements, target: X Suppl. 9}}]}}\n",
        i, i, i);
  yaml += R"(  - {id: X Suppl. 9, title: Guide to numbering, kind: supplement, source: T/m/9}
  - {id: X.20, title: Quantum key distribution networks, kind: recommendation, source: T/m/20,
     relations: [{type: complements, target: X Suppl. 8}]}
  - {id: X Suppl. 8, title: Use cases, kind: supplement, source: T/m/8}
  - {id: X.30, title: Quantum key distribution use cases, kind: recommendation, source: T/m/30}
)";
  Corpus c = fixture(yaml);
  Analyzer a;
  MatchIndex index(c, a);
  // X Suppl. 9 would borrow from five texts: from none. X.1 borrows nothing either (it is
  // not the supplement end).
  Match series = index.compare(c.find_document("X Suppl. 9"), c.find_document("X.1"));
  CHECK(series.why.context.empty());
  CHECK(series.why.text == 0);
  Match own = index.compare(c.find_document("X Suppl. 8"), c.find_document("X.30"));
  REQUIRE(own.why.context.size() == 1);
  CHECK(c.documents[own.why.context[0]].id == "X.20");
  CHECK(own.why.text > 0.3);
}

TEST_CASE("overlaps compares each work's newest edition unless asked for all") {
  Corpus c = fixture(R"(
documents:
  - {id: X.5 (2016), title: Guidelines for ledger audit trails, kind: recommendation, source: T/m/1}
  - {id: X.5 (2023), title: Guidelines for ledger audit trails, kind: recommendation, source: T/m/2}
  - {id: Y.7, title: Guidelines for ledger audit trails in networks, kind: recommendation,
     source: T/m/3}
)");
  Analyzer a;
  MatchIndex index(c, a);
  OverlapResult newest = index.overlaps(OverlapOptions{});
  CHECK(newest.documents == 2);
  REQUIRE(newest.pairs.size() == 1);
  CHECK(c.documents[newest.pairs[0].a].id == "X.5 (2023)");
  OverlapOptions all;
  all.all_editions = true;
  OverlapResult every = index.overlaps(all);
  CHECK(every.documents == 3);
  CHECK(every.pairs.size() == 3);
  CHECK(every.tied == 1);  // the two editions
}

TEST_CASE("no duplicate and no 'across groups' without the facts for them") {
  Corpus c = fixture(R"(
documents:
  - {id: A.11 Err. 1, title: "-", kind: corrigendum, source: T/m/1,
     relations: [{type: corrects, target: A.11}]}
  - {id: A.13 Err. 1, title: "-", kind: corrigendum, source: T/m/2,
     relations: [{type: corrects, target: A.13}]}
  - {id: A.11, title: Publication of Recommendations, kind: recommendation, source: T/m/3}
  - {id: A.13, title: Publication of Recommendations, kind: recommendation, source: T/m/4}
  - {id: X.402 Amd. 1, title: Enhancements, kind: amendment, source: T/m/5}
  - {id: X.411 Amd. 1, title: Enhancements, kind: amendment, source: T/m/6}
)");
  Analyzer a;
  MatchIndex index(c, a);
  OverlapOptions options;
  options.per_item = 0;
  OverlapResult r = index.overlaps(options);
  auto find = [&](std::string_view x, std::string_view y) -> const OverlapPair* {
    std::size_t i = c.find_document(x), j = c.find_document(y);
    for (const OverlapPair& p : r.pairs)
      if (p.a == std::min(i, j) && p.b == std::max(i, j)) return &p;
    return nullptr;
  };
  // Same words, but only borrowed from what they correct: not one item listed twice.
  const OverlapPair* errata = find("A.11 Err. 1", "A.13 Err. 1");
  REQUIRE(errata);
  CHECK(errata->score > 0.9);
  CHECK_FALSE(errata->duplicate);
  CHECK(errata->why.name == 0);  // "Err." is a stock part of a name, like "Amd."
  // Two amendments of one title change two texts.
  const OverlapPair* amendments = find("X.402 Amd. 1", "X.411 Amd. 1");
  REQUIRE(amendments);
  CHECK_FALSE(amendments->duplicate);
  // Two Recommendations of one title are.
  const OverlapPair* recs = find("A.11", "A.13");
  REQUIRE(recs);
  CHECK(recs->duplicate);
  // None of them has a group: none is across groups.
  for (const OverlapPair& p : r.pairs) CHECK_FALSE(p.across_groups);
}

TEST_CASE("overlaps JSON, written pair by pair, is the document dumping it whole prints") {
  auto r = test::run_stdgraph({"overlaps", "--min-score", "0.5", "--format", "json"});
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::ordered_json::parse(r.out);
  CHECK(j["pairs"].size() > 5);
  CHECK(r.out == j.dump(2) + "\n");
  auto none = test::run_stdgraph({"overlaps", "--min-score", "1", "--format", "json"});
  REQUIRE(none.exit_code == 0);
  auto k = nlohmann::ordered_json::parse(none.out);
  CHECK(none.out == k.dump(2) + "\n");
}

TEST_CASE("overlaps gives the same pairs, scores and clusters on one thread or many") {
  const Seeds& s = seeds();
  auto run = [&](std::size_t threads, std::size_t per_item) {
    OverlapOptions options;
    options.threads = threads;
    options.per_item = per_item;
    return s.index.overlaps(options);
  };
  for (std::size_t per_item : {std::size_t{10}, std::size_t{0}}) {
    INFO("per item " << per_item);
    OverlapResult one = run(1, per_item), many = run(4, per_item);
    REQUIRE(one.pairs.size() == many.pairs.size());
    CHECK(one.pairs.size() > 100);
    for (std::size_t i = 0; i < one.pairs.size(); ++i) {
      CHECK(one.pairs[i].a == many.pairs[i].a);
      CHECK(one.pairs[i].b == many.pairs[i].b);
      CHECK(one.pairs[i].score == many.pairs[i].score);
      CHECK(one.pairs[i].why.terms.size() == many.pairs[i].why.terms.size());
    }
    CHECK(one.clusters == many.clusters);
    CHECK(one.found == many.found);
    CHECK(one.tied == many.tied);
  }
}
